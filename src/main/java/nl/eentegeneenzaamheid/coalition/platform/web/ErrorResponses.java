package nl.eentegeneenzaamheid.coalition.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.eentegeneenzaamheid.coalition.platform.TextBundle;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes an error where no controller does (a servlet filter, Tomcat's error report, the {@code /error} page): a
 * problem detail for the API and every other caller, a short Dutch page for a person's browser on the public pages
 * and the webapps.
 */
public final class ErrorResponses {

    /** The Dutch pages' texts: {@code messages/errors.properties}. */
    private static final TextBundle PAGES = new TextBundle("messages/errors");
    private static final ObjectMapper JSON = new ObjectMapper().addMixIn(ProblemDetail.class,
            ProblemDetailJacksonMixin.class);

    private ErrorResponses() {
    }

    /** A person's browser, on a page: not the API, not the engine's REST API, and asking for HTML. */
    public static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI() == null ? "" : request.getRequestURI();
        if (path.startsWith("/api/") || path.startsWith("/engine-rest") || path.startsWith("/camunda/api")
                || path.startsWith("/actuator") || path.startsWith("/v3/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        if (wantsPage(request)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(page(HttpStatusCode.valueOf(problem.getStatus())));
        } else {
            // JSON is UTF-8 by definition: no charset parameter, as Spring's own problem details
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(JSON.writeValueAsBytes(problem));
        }
        response.flushBuffer();
    }

    /** The problem detail of a status the container or a filter produced, when nothing more specific is known. */
    public static ProblemDetail forStatus(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = switch (status.value()) {
            case 400 -> "Malformed request";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "The request is too large";
            case 415 -> "Unsupported media type";
            default -> known == null ? "Error " + status.value() : known.getReasonPhrase();
        };
        String detail = switch (status.value()) {
            case 400 -> "The request could not be read (its address, headers or body are malformed). Check it "
                    + "against the API documentation at /swagger-ui.html.";
            case 404 -> "There is nothing at this address.";
            case 413 -> "The request is larger than the server accepts (uploads: at most 20 MB).";
            default -> status.is5xxServerError() ? "The request was not completed and nothing was changed. Try "
                    + "again later; if it keeps failing, tell the programme team the time of the request."
                    : "The request cannot be handled as sent.";
        };
        return Problems.of(status, Problems.slugOf(status), title, detail);
    }

    /** A short Dutch page in the public pages' plain style. */
    static String page(HttpStatusCode status) {
        String[] text = switch (status.value()) {
            case 404 -> new String[] {PAGES.text("not-found.title"), PAGES.text("not-found.text")};
            case 413 -> new String[] {PAGES.text("too-large.title"), PAGES.text("too-large.text")};
            case 429 -> new String[] {PAGES.text("too-many.title"), PAGES.text("too-many.text")};
            case 503 -> new String[] {PAGES.text("unavailable.title"), PAGES.text("unavailable.text")};
            default -> status.is5xxServerError()
                    ? new String[] {PAGES.text("server.title"), PAGES.text("server.text")}
                    : new String[] {PAGES.text("refused.title"), PAGES.text("refused.text")};
        };
        return "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>" + PAGES.text("page.title", Map.of("title", HtmlUtils.htmlEscape(text[0])))
                + "</title><style>body{font-family:"
                + "system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}"
                + "h1{color:#004b87;font-size:1.5rem}</style></head><body><main><h1>" + HtmlUtils.htmlEscape(text[0])
                + "</h1><p role=\"alert\">" + HtmlUtils.htmlEscape(text[1]) + "</p><p>"
                + PAGES.text("page.code", Map.of("status", status.value()))
                + "</p></main></body></html>\n";
    }
}
