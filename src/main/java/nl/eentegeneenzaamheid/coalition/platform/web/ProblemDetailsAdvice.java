package nl.eentegeneenzaamheid.coalition.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import nl.eentegeneenzaamheid.coalition.platform.web.Problems.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the project's API into a problem detail: malformed and invalid input here, each module's
 * own refusals in that module's web package (ordered before this one). Bad input is a 4xx that names the field and
 * changes nothing (the transaction rolls back); only a bug is a 500, and it shows no internals.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "nl.eentegeneenzaamheid.coalition")
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors body) {
                body.getFieldErrors().forEach(error ->
                        errors.add(new FieldError(error.getField(), error.getDefaultMessage())));
            } else {
                result.getResolvableErrors().forEach(error -> errors.add(
                        new FieldError(parameterName(result.getMethodParameter()), error.getDefaultMessage())));
            }
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof StrictJson.ForbiddenCharacterException forbidden && !forbidden.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(JsonPaths.of(forbidden),
                    forbidden.getOriginalMessage()))));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : "; the fields are "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(JsonPaths.of(unknown),
                    "is not a field of this request" + known))));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = JsonPaths.of(mismatch);
            String expected = mismatch.getTargetType() == null ? "another type"
                    : readableType(mismatch.getTargetType());
            String message = mismatch instanceof InvalidFormatException invalid
                    ? "has the wrong type: '" + invalid.getValue() + "' is not " + expected
                    : "has the wrong type: expected " + expected;
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(field, message))));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String detail = mismatch.getOriginalMessage() != null && mismatch.getOriginalMessage().startsWith("Trailing")
                    ? "The body has content after its JSON object: send exactly one JSON object"
                    : "The body must be a JSON object with the fields the API describes";
            return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                    "Malformed request body", detail));
        }
        String detail = cause instanceof JsonProcessingException json
                ? "The body is not valid JSON: " + json.getOriginalMessage()
                : "The request body is missing or is not JSON";
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request",
                "Malformed request body", detail));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : e.getPropertyName();
        String expected = e.getRequiredType() == null ? "of another type" : readableType(e.getRequiredType());
        return ResponseEntity.badRequest().body(invalid(List.of(
                new FieldError(name, "'" + e.getValue() + "' is not " + expected))));
    }

    /** A service's own check of its input (what a page or a form passed on): the caller's mistake. */
    @ExceptionHandler(nl.eentegeneenzaamheid.coalition.platform.InvalidInputException.class)
    ProblemDetail invalidInput(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields",
                e.getMessage());
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformedMultipart(MultipartException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed upload",
                "The body is not a valid multipart/form-data request with a part named 'file'; send the file as a "
                        + "form upload (for example curl -F file=@plan.pdf)");
    }

    /**
     * Spring's own refusals (415, 405, 406, 413, a missing part or parameter) get the project's problem types, so that
     * every refusal reads the same.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null
                || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(java.net.URI.create(Problems.TYPE_PREFIX + Problems.slugOf(status)));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    @ExceptionHandler(nl.eentegeneenzaamheid.coalition.platform.security.ForeignMunicipalityException.class)
    ProblemDetail foreignMunicipality(RuntimeException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for this municipality", e.getMessage());
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(org.springframework.security.access.AccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Not allowed for this account",
                "Your account may not do this. Ask a programme administrator for the right group.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseOutage.isCause(e)) {
            log.warn("A request failed because the database cannot be reached: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseOutage.RETRY_AFTER.toSeconds()))
                    .body(DatabaseOutage.problem());
        }
        log.error("Unexpected failure while handling a request", e);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Something went wrong on our side",
                "The request was not completed and nothing was changed. Try again later; if it keeps failing, "
                        + "tell the programme team the time of the request."));
    }

    private static ProblemDetail invalid(List<FieldError> errors) {
        String detail = errors.stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
        return Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                "The request has invalid fields", detail), errors);
    }

    private static String readableType(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean (true or false)";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        return "an object of the form " + type.getSimpleName();
    }

    private static String parameterName(org.springframework.core.MethodParameter parameter) {
        var header = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return parameter.getParameterName();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
