package nl.eentegeneenzaamheid.coalition.platform.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the application's problem details. Each problem type is a URN, {@code urn:problem:coalition:<slug>}.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:problem:coalition:";

    /** One field (JSON pointer-like path, or a header or parameter name) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + slug));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }
}
