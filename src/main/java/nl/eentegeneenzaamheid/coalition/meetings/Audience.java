package nl.eentegeneenzaamheid.coalition.meetings;

/** Whom a meeting invites. */
public enum Audience {
    /** Every municipality. */
    ALL,
    /** The municipalities of the chosen provinces. */
    PROVINCES,
    /** Only the municipalities that have not joined the programme (yet). */
    NOT_JOINED
}
