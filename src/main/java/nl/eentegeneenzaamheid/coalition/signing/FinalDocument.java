package nl.eentegeneenzaamheid.coalition.signing;

/**
 * Where the sealed final document of an envelope stands, as the API and the signer's page tell it: sealing is a job
 * that runs after the last signature (seconds; after a crash of the node that held it, up to about a minute).
 */
public enum FinalDocument {
    /** Not everyone has signed yet. */
    WAITING_FOR_SIGNATURES,
    /** Everyone signed; the final document is being built and sealed. */
    BEING_SEALED,
    /** Everyone signed, but sealing failed and waits for staff to resolve it (an incident in Cockpit). */
    SEALING_DELAYED,
    /** Sealed: it can be downloaded, and everyone has been mailed it. */
    SEALED,
    /** The envelope was closed before everyone signed (expired, voided, replaced or stopped): there will be none. */
    NONE;

    public static FinalDocument of(EnvelopeStatus status, String sealedSha256) {
        if (sealedSha256 != null) {
            return SEALED;
        }
        return switch (status) {
            case OPEN -> WAITING_FOR_SIGNATURES;
            case COMPLETED -> BEING_SEALED;
            case EXPIRED, VOIDED, SUPERSEDED, STOPPED -> NONE;
        };
    }
}
