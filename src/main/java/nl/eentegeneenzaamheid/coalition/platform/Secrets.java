package nl.eentegeneenzaamheid.coalition.platform;

import java.security.SecureRandom;
import java.util.Base64;

/** Secrets handed to people: link tokens and one-time codes, from a secure random source. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** A 256-bit token, URL-safe (43 characters). Store only its {@link Digests#sha256(String) hash}. */
    public static String token() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** A six-digit one-time code, leading zeros kept. */
    public static String sixDigitCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
