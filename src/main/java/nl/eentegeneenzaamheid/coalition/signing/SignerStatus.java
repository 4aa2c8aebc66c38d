package nl.eentegeneenzaamheid.coalition.signing;

/** Where one signer stands. */
public enum SignerStatus {
    /** Not yet asked: waits for an earlier round, or for a new link. */
    WAITING,
    /** Has a valid link. */
    SENT,
    SIGNED,
    DECLINED;

    /** Signed or declined: their link is used up. */
    public boolean answered() {
        return this == SIGNED || this == DECLINED;
    }

    /** Holds a link they can answer with. */
    public boolean hasLink() {
        return this == SENT;
    }
}
