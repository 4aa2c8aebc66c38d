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

    /** The problem type of a status for which the application has no more specific one. */
    public static String slugOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "malformed-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 503 -> "service-unavailable";
            default -> status.is4xxClientError() ? "client-error" : "internal-error";
        };
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }
}
