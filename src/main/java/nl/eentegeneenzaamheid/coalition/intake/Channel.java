package nl.eentegeneenzaamheid.coalition.intake;

/** How an intent reached us. */
public enum Channel {
    API, KAFKA
}
