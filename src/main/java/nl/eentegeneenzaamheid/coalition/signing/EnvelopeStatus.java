package nl.eentegeneenzaamheid.coalition.signing;

/** Where an envelope (one version of the agreement and its signers) stands. */
public enum EnvelopeStatus {
    /** Signers are being asked; a decline leaves it open while staff decide. */
    OPEN,
    /** Everyone signed. */
    COMPLETED,
    /** Its term passed before everyone signed. */
    EXPIRED,
    /** Staff voided it. */
    VOIDED,
    /** Replaced by a new version, or by the paper path. */
    SUPERSEDED,
    /** Staff stopped the signing. */
    STOPPED;

    /** Staff can void an envelope while it is open or after it expired; a closed one stays as it was closed. */
    public boolean canBeVoided() {
        return this == OPEN || this == EXPIRED;
    }

    /**
     * Guards a step that needs the envelope in one state.
     *
     * @throws EnvelopeStateException when it is in another
     */
    void require(EnvelopeStatus required, String what) {
        if (this != required) {
            throw new EnvelopeStateException("The envelope is " + this + ": only while it is " + required + " " + what);
        }
    }
}
