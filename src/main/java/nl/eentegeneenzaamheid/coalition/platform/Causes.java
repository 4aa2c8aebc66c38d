package nl.eentegeneenzaamheid.coalition.platform;

import java.util.function.Predicate;

/** Looks through an exception's chain of causes (however deeply Spring, Camunda or a driver wrapped it). */
public final class Causes {

    private Causes() {
    }

    /** Whether the failure or one of its causes matches. */
    public static boolean any(Throwable failure, Predicate<Throwable> match) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (match.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the failure or one of its causes is of the type. */
    public static boolean any(Throwable failure, Class<? extends Throwable> type) {
        return any(failure, type::isInstance);
    }
}
