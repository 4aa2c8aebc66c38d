package nl.eentegeneenzaamheid.coalition.journey;

/**
 * Where a municipality is in its journey.
 */
public enum Stage {
    /** The intent is registered and waits for the programme staff's review. */
    INTENT_REVIEW
}
