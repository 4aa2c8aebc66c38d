/**
 * The programme's seal: a PAdES (ETSI.CAdES.detached) signature over the whole final document, made with PDFBox and
 * BouncyCastle from a PKCS#12 keystore, and its verification (used by the server and by the offline verifier).
 */
package nl.eentegeneenzaamheid.coalition.signing.seal;
