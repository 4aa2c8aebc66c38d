package nl.eentegeneenzaamheid.coalition.platform.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import nl.eentegeneenzaamheid.coalition.platform.Causes;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure that means "the database cannot be reached right now" (refused or dropped connections, the
 * pool's wait running out, a server shutting down), however deeply Spring or Camunda wrapped it, and answers it as
 * what it is for the caller: 503, try again shortly, rather than a 500 that reads as a bug.
 */
public final class DatabaseOutage {

    /** How long a caller should wait before trying again: PostgreSQL is usually back within seconds. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof DataAccessResourceFailureException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException
                || cause instanceof SQLException sql && isConnectionState(sql.getSQLState()));
    }

    /** SQLSTATE class 08 (connection exception) and 57P01..57P03 (the server shuts down or cannot take a connection). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    public static ProblemDetail problem() {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Temporarily unavailable, try again shortly",
                "The system cannot reach its database at the moment, so your request was not carried out. Try "
                        + "again in a few seconds (with the same Idempotency-Key, where you sent one).");
        problem.setProperty("retryAfterSeconds", RETRY_AFTER.toSeconds());
        return problem;
    }
}
