package nl.eentegeneenzaamheid.coalition.signing.internal;

import java.nio.file.Path;
import java.time.Duration;

import nl.eentegeneenzaamheid.coalition.signing.SigningOrder;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code coalition.signing.*}.
 *
 * @param linkValidity       how long a signing link (and its envelope) stays valid before the envelope expires
 * @param reminderCycle      an ISO 8601 repeating interval: when signers who have not answered are reminded
 * @param defaultOrder       the signing order a new envelope gets (staff can change it while nobody has signed)
 * @param code               the one-time code a signer confirms with
 * @param seal               the programme's seal certificate
 */
@ConfigurationProperties("coalition.signing")
public record SigningProperties(
        @DefaultValue("P14D") Duration linkValidity,
        @DefaultValue("R/P5D") String reminderCycle,
        @DefaultValue("PARALLEL") SigningOrder defaultOrder,
        @DefaultValue Code code,
        @DefaultValue Seal seal) {

    /**
     * @param validity        how long a code can be used
     * @param maxAttempts     wrong entries after which the code is locked (a new one must be asked)
     * @param resendInterval  the least time between two codes for one signer
     * @param maxSends        codes one link can ask for in all
     */
    public record Code(
            @DefaultValue("10m") Duration validity,
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("60s") Duration resendInterval,
            @DefaultValue("10") int maxSends) {
    }

    /**
     * @param keystore                      a PKCS#12 file with the seal's private key and certificate chain
     * @param password                      its password (also the key's)
     * @param alias                         the key's alias; empty: the first key in the file
     * @param createDevelopmentCertificate  create a self-signed certificate in {@code keystore} when the file is
     *                                      missing (the embedded default; never in production)
     */
    public record Seal(
            Path keystore,
            String password,
            String alias,
            @DefaultValue("false") boolean createDevelopmentCertificate) {
    }
}
