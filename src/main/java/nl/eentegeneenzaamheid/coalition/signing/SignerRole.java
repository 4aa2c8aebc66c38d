package nl.eentegeneenzaamheid.coalition.signing;

/** For whom a signer signs: the municipality (its alderman) or an accepted partner. */
public enum SignerRole {
    ALDERMAN,
    PARTNER
}
