package nl.eentegeneenzaamheid.coalition.signing;

/** Where one signer stands. */
public enum SignerStatus {
    /** Not yet asked: waits for an earlier round, or for a new link. */
    WAITING,
    /** Has a valid link. */
    SENT,
    SIGNED,
    DECLINED
}
