package nl.eentegeneenzaamheid.coalition.journey;

/** A step tried to move a journey along a path its state machine ({@link Stage#next()}) does not have. */
public class IllegalStageTransitionException extends IllegalStateException {

    public IllegalStageTransitionException(Stage from, Stage to) {
        super("A journey cannot move from " + from + " to " + to + "; from " + from + " it may move to "
                + (from.next().isEmpty() ? "nothing (it has ended)" : from.next()));
    }
}
