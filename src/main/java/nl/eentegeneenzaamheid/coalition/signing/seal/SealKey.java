package nl.eentegeneenzaamheid.coalition.signing.seal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/** The seal's private key and its certificate chain (the seal's own certificate first). */
public record SealKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
