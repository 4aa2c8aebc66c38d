/**
 * The agreement as a PDF (Apache PDFBox, with an embedded DejaVu Sans so every Dutch name renders): the document the
 * signers sign, and the final document with its signature page and certificate of completion.
 */
package nl.eentegeneenzaamheid.coalition.signing.document;
