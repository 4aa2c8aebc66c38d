package nl.eentegeneenzaamheid.coalition.journey;

/**
 * Where a municipality is in its journey.
 */
public enum Stage {
    /** The intent is registered and waits for the programme staff's review. */
    INTENT_REVIEW(true),
    /** Staff asked the municipality for more information; the journey waits for its answer. */
    INFORMATION_REQUESTED(true),
    /** The intent is approved: the municipality recruits its local partners. */
    RECRUITMENT(true),
    /** Recruitment is over but the coalition is not ready: staff decide to continue, extend or stop. */
    READINESS_REVIEW(true),
    /** The coalition is formed: the municipality and its partners sign the agreement. */
    SIGNING(true),
    /** The agreement is signed: the programme's central team onboards the municipality. */
    ONBOARDING(true),
    /** Staff stopped the onboarding after recruitment; the journey has ended. */
    STOPPED(false),
    /** The municipality has joined the programme: the journey is complete. */
    JOINED(false),
    /** Staff rejected the intent; the journey has ended. */
    REJECTED(false);

    private final boolean open;

    Stage(boolean open) {
        this.open = open;
    }

    /** Whether a journey in this stage is still going on. */
    public boolean isOpen() {
        return open;
    }
}
