package nl.eentegeneenzaamheid.coalition.signing.seal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Reads the seal from a PKCS#12 file, and makes a self-signed development seal where one is allowed. */
public final class SealKeyStore {

    static final String DEVELOPMENT_SUBJECT = "CN=Eén tegen eenzaamheid (ONTWIKKELZEGEL - niet voor productie), "
            + "O=Eén tegen eenzaamheid, C=NL";

    private SealKeyStore() {
    }

    /**
     * Loads the key under {@code alias} (or the first key when empty).
     *
     * @throws IllegalStateException when the file is missing, the password is wrong, or it holds no key
     */
    public static SealKey load(Path keystore, char[] password, String alias) {
        if (keystore == null || !Files.isRegularFile(keystore)) {
            throw new IllegalStateException("The seal keystore " + keystore + " does not exist: set "
                    + "coalition.signing.seal.keystore to the programme's PKCS#12 file");
        }
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String name = alias == null || alias.isBlank() ? Collections.list(store.aliases()).stream()
                    .filter(a -> isKey(store, a)).findFirst().orElse(null) : alias;
            if (name == null || !store.isKeyEntry(name)) {
                throw new IllegalStateException("The seal keystore " + keystore + " holds no private key"
                        + (alias == null || alias.isBlank() ? "" : " under the alias " + alias));
            }
            PrivateKey key = (PrivateKey) store.getKey(name, password);
            Certificate[] chain = store.getCertificateChain(name);
            return new SealKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The seal keystore " + keystore + " cannot be read (wrong password?): "
                    + e.getMessage(), e);
        }
    }

    /** Creates a self-signed RSA-3072 seal valid for five years, for development only. */
    public static void createDevelopmentSeal(Path keystore, char[] password) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name(DEVELOPMENT_SUBJECT);
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(128, new SecureRandom()), Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(Duration.ofDays(5 * 365))), subject, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("seal", pair.getPrivate(), password, new Certificate[] {certificate});
            Files.createDirectories(keystore.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(keystore)) {
                store.store(out, password);
            }
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot create a development seal", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isDevelopment(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName().contains("ONTWIKKELZEGEL");
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
