package nl.eentegeneenzaamheid.coalition.signing.seal;

import java.nio.file.Files;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import nl.eentegeneenzaamheid.coalition.platform.Digests;
import nl.eentegeneenzaamheid.coalition.platform.StartupNotes;
import nl.eentegeneenzaamheid.coalition.signing.internal.SigningProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The programme's seal, loaded once at start-up: the application does not start without a usable keystore, so a
 * wrong path or password is found at deployment, not at the first completed signing. The embedded default creates a
 * self-signed development seal on first start and says so.
 */
@Component
public class Seal implements StartupNotes {

    private static final Logger log = LoggerFactory.getLogger(Seal.class);

    private final SealKey key;
    private final PadesSealer sealer;
    private final String source;

    Seal(SigningProperties properties) {
        SigningProperties.Seal settings = properties.seal();
        char[] password = settings.password() == null ? new char[0] : settings.password().toCharArray();
        if (settings.createDevelopmentCertificate() && settings.keystore() != null
                && !Files.exists(settings.keystore())) {
            SealKeyStore.createDevelopmentSeal(settings.keystore(), password);
            log.warn("Created a self-signed DEVELOPMENT seal certificate in {}: sealed documents are not the "
                    + "programme's. Configure coalition.signing.seal.keystore for production.", settings.keystore());
        }
        this.key = SealKeyStore.load(settings.keystore(), password, settings.alias());
        this.sealer = new PadesSealer(key);
        this.source = String.valueOf(settings.keystore());
    }

    @Override
    public List<String> lines() {
        return List.of(
                "Seal            " + (SealKeyStore.isDevelopment(certificate())
                        ? "self-signed DEVELOPMENT certificate, not the programme's" : "the programme's certificate"),
                "  keystore      " + source,
                "  SHA-256       " + certificateSha256());
    }

    public byte[] seal(byte[] pdf, String reason, Instant at) {
        return sealer.seal(pdf, reason, at);
    }

    /**
     * A secret for a purpose (the one-time codes' keyed hash), derived from the seal's private key: as secret as the
     * seal, the same on every node and after every restart, and nowhere in the database.
     */
    public byte[] derivedSecret(String purpose) {
        byte[] encoded = key.privateKey().getEncoded();
        if (encoded == null) {
            throw new IllegalStateException("The seal's private key cannot be read out (a hardware key?): "
                    + "configure a PKCS#12 seal");
        }
        return java.util.HexFormat.of().parseHex(Digests.hmacSha256(encoded, "coalition:" + purpose));
    }

    public X509Certificate certificate() {
        return key.certificate();
    }

    /** The certificate in PEM, for verifiers to pin. */
    public String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
                    .encodeToString(certificate().getEncoded()) + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String certificateSha256() {
        try {
            return Digests.sha256(certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
