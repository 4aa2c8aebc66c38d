package nl.eentegeneenzaamheid.coalition.signing;

/**
 * In which order the signers of an envelope are asked. Signers in one round are asked together; the next round is
 * asked when everyone in the round before has signed.
 */
public enum SigningOrder {
    /** Everyone at once. */
    PARALLEL,
    /** The partners first, then the alderman. */
    ALDERMAN_LAST,
    /** The alderman first, then the partners. */
    ALDERMAN_FIRST;

    int roundOf(SignerRole role) {
        return switch (this) {
            case PARALLEL -> 1;
            case ALDERMAN_LAST -> role == SignerRole.ALDERMAN ? 2 : 1;
            case ALDERMAN_FIRST -> role == SignerRole.ALDERMAN ? 1 : 2;
        };
    }
}
