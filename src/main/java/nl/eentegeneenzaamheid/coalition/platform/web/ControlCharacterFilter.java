package nl.eentegeneenzaamheid.coalition.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query and form parameters (the public pages' forms) with a character text may not contain are refused before any
 * controller or login sees them: 400, a problem detail or, for a person's browser, a Dutch page. JSON bodies are
 * checked where they are read ({@link StrictJson}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ControlCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean form = contentType != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(
                MediaType.parseMediaType(contentType));
        if (request.getQueryString() != null || form) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                for (String value : prepend(parameter.getKey(), parameter.getValue())) {
                    int forbidden = value == null ? -1 : ControlCharacters.firstForbidden(value);
                    if (forbidden >= 0) {
                        ProblemDetail problem = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST,
                                "invalid-request", "The request has invalid fields", parameter.getKey() + " "
                                        + ControlCharacters.describe(value, forbidden)), List.of(
                                new Problems.FieldError(parameter.getKey(),
                                        ControlCharacters.describe(value, forbidden))));
                        ErrorResponses.write(request, response, problem);
                        return;
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static String[] prepend(String name, String[] values) {
        String[] all = new String[values.length + 1];
        all[0] = name;
        System.arraycopy(values, 0, all, 1, values.length);
        return all;
    }
}
