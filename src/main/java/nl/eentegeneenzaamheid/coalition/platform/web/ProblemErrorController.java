package nl.eentegeneenzaamheid.coalition.platform.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.eentegeneenzaamheid.coalition.platform.Causes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * {@code /error}, where the servlet container sends what failed outside a controller (a filter, a malformed request,
 * an upload too large): a problem detail, or a Dutch page for a person's browser. Never Spring's JSON with a
 * timestamp, never Tomcat's HTML.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        HttpStatusCode status = HttpStatusCode.valueOf(code instanceof Integer value && value >= 400 ? value : 500);
        ProblemDetail problem;
        if (failure != null && DatabaseOutage.isCause(failure)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()));
            problem = DatabaseOutage.problem();
        } else if (Causes.any(failure, MaxUploadSizeExceededException.class)) {
            problem = ErrorResponses.forStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        } else if (Causes.any(failure, MultipartException.class)) {
            // a form upload Spring could not even read, before any controller (no boundary, cut off)
            problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed upload", "The body is not "
                    + "a valid multipart/form-data request: send the file as a form upload (curl -F file=@plan.pdf)");
        } else {
            if (status.is5xxServerError() && failure != null) {
                log.error("Unexpected failure outside a controller: {}", request.getAttribute(
                        RequestDispatcher.ERROR_REQUEST_URI), failure);
            }
            problem = ErrorResponses.forStatus(status);
        }
        ErrorResponses.write(request, response, problem);
    }
}
