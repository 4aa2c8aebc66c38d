package nl.eentegeneenzaamheid.coalition.signing.seal;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import nl.eentegeneenzaamheid.coalition.platform.Digests;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a sealed PDF with BouncyCastle: there is a PAdES signature, it covers the whole file but its own contents,
 * the CMS signature is mathematically valid over those bytes, and it names the certificate it was made with.
 * Whether that certificate is the programme's is a separate question: compare {@link Report#certificateSha256()} with
 * the published fingerprint ({@code GET /api/v1/seal/certificate}).
 */
public final class SealVerifier {

    private SealVerifier() {
    }

    public static Report verify(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Report.invalid("The PDF carries no seal (no signature)");
            }
            PDSignature seal = signatures.get(signatures.size() - 1);
            if (!PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(seal.getSubFilter())) {
                return Report.invalid("The seal is not a PAdES signature (sub-filter " + seal.getSubFilter() + ")");
            }
            int[] range = seal.getByteRange();
            boolean whole = range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
                    && (long) range[2] + range[3] == pdf.length && pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
            if (!whole) {
                return Report.invalid("The seal does not cover the whole file (byte range "
                        + Arrays.toString(range) + ", file " + pdf.length + " bytes): something was added after it");
            }
            byte[] signedContent = seal.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), seal.getContents(pdf));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Report.invalid("The seal has " + signers.size() + " signers instead of one");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return Report.invalid("The seal does not carry its certificate");
            }
            X509CertificateHolder holder = matches.iterator().next();
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                return Report.invalid("The seal's signature does not match the file: it was changed after sealing");
            }
            String fingerprint = Digests.sha256(certificate.getEncoded());
            if (!namesCertificate(signer, certificate)) {
                return Report.invalid("The seal's signing-certificate attribute does not name its certificate");
            }
            Instant signedAt = seal.getSignDate() == null ? null : seal.getSignDate().toInstant();
            return new Report(true, "The seal is valid and covers the whole file",
                    certificate.getSubjectX500Principal().getName(), fingerprint, signedAt,
                    SealKeyStore.isDevelopment(certificate));
        } catch (CMSException e) {
            return Report.invalid("The seal's signature does not match the file: " + e.getMessage());
        } catch (IOException e) {
            return Report.invalid("The file is not a readable PDF: " + e.getMessage());
        } catch (CertificateException | OperatorCreationException | RuntimeException e) {
            return Report.invalid("The seal cannot be checked: " + e);
        }
    }

    private static boolean namesCertificate(SignerInformation signer, X509Certificate certificate)
            throws CertificateException {
        if (signer.getSignedAttributes() == null) {
            return false;
        }
        Attribute attribute = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(value).getCerts();
        byte[] expected = HexFormat.of().parseHex(Digests.sha256(certificate.getEncoded()));
        return ids.length > 0 && Arrays.equals(ids[0].getCertHash(), expected);
    }

    /**
     * What the check found.
     *
     * @param certificateSha256 the seal certificate's SHA-256 fingerprint
     * @param developmentSeal   sealed with a self-signed development certificate (not the programme's)
     */
    public record Report(boolean valid, String message, String signer, String certificateSha256, Instant signedAt,
                         boolean developmentSeal) {

        static Report invalid(String message) {
            return new Report(false, message, null, null, null, false);
        }
    }
}
