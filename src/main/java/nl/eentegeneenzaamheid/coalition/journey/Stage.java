package nl.eentegeneenzaamheid.coalition.journey;

import java.util.EnumSet;
import java.util.Set;

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

    /** The stages a journey in this stage may move to: the journey's state machine, declared in this one place. */
    public Set<Stage> next() {
        return switch (this) {
            case INTENT_REVIEW -> EnumSet.of(RECRUITMENT, INFORMATION_REQUESTED, REJECTED);
            case INFORMATION_REQUESTED -> EnumSet.of(INTENT_REVIEW);
            case RECRUITMENT -> EnumSet.of(READINESS_REVIEW);
            case READINESS_REVIEW -> EnumSet.of(SIGNING, RECRUITMENT, STOPPED);
            case SIGNING -> EnumSet.of(ONBOARDING, STOPPED);
            case ONBOARDING -> EnumSet.of(JOINED);
            case STOPPED, JOINED, REJECTED -> EnumSet.noneOf(Stage.class);
        };
    }

    /** Whether a journey in this stage may move to the other. */
    public boolean mayMoveTo(Stage other) {
        return next().contains(other);
    }

    /**
     * Checks a move before it is made.
     *
     * @throws IllegalStageTransitionException when the state machine does not allow it (a programming error: each
     *                                         step names the stage it starts from and the one it leads to)
     */
    public Stage moveTo(Stage other) {
        if (!mayMoveTo(other)) {
            throw new IllegalStageTransitionException(this, other);
        }
        return other;
    }
}
