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
    STOPPED
}
