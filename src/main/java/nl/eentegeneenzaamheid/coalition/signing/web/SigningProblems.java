package nl.eentegeneenzaamheid.coalition.signing.web;

import java.util.List;

import nl.eentegeneenzaamheid.coalition.platform.web.Problems;
import nl.eentegeneenzaamheid.coalition.signing.CodeRejectedException;
import nl.eentegeneenzaamheid.coalition.signing.DocumentBeingSealedException;
import nl.eentegeneenzaamheid.coalition.signing.EnvelopeNotFoundException;
import nl.eentegeneenzaamheid.coalition.signing.EnvelopeStateException;
import nl.eentegeneenzaamheid.coalition.signing.SigningLinkException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static nl.eentegeneenzaamheid.coalition.signing.internal.SigningTexts.TEXTS;

/**
 * The signing API's refusals as problem details (RFC 9457), in Dutch and English; the signer link's titles are in
 * {@code messages/signing.properties}.
 */
@Order(0)
@RestControllerAdvice(assignableTypes = {EnvelopeController.class, SignerController.class, SigningController.class,
        SealController.class})
class SigningProblems {

    @ExceptionHandler(SigningLinkException.class)
    ProblemDetail link(SigningLinkException e) {
        return switch (e.reason()) {
            case UNKNOWN -> Problems.of(HttpStatus.NOT_FOUND, "signing-link-unknown",
                    TEXTS.text("problem.link-unknown"), e.getMessage());
            case EXPIRED -> Problems.of(HttpStatus.GONE, "signing-link-expired", TEXTS.text("problem.link-expired"),
                    e.getMessage());
            case ANSWERED -> Problems.of(HttpStatus.CONFLICT, "signing-link-used",
                    TEXTS.text("problem.link-answered"), e.getMessage());
            case CLOSED -> Problems.of(HttpStatus.GONE, "signing-envelope-closed",
                    TEXTS.text("problem.envelope-closed"), e.getMessage());
        };
    }

    @ExceptionHandler(CodeRejectedException.class)
    ResponseEntity<ProblemDetail> code(CodeRejectedException e) {
        ProblemDetail problem = switch (e.reason()) {
            case MISSING -> Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "signing-code-missing",
                    TEXTS.text("problem.code-missing"), e.getMessage()),
                    List.of(new Problems.FieldError("code", e.getMessage())));
            case WRONG -> Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "signing-code-wrong",
                    TEXTS.text("problem.code-wrong"), e.getMessage()),
                    List.of(new Problems.FieldError("code", e.getMessage())));
            case EXPIRED -> Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "signing-code-expired",
                    TEXTS.text("problem.code-expired"), e.getMessage()),
                    List.of(new Problems.FieldError("code", e.getMessage())));
            case LOCKED -> Problems.of(HttpStatus.LOCKED, "signing-code-locked", TEXTS.text("problem.code-locked"),
                    e.getMessage());
            case TOO_MANY_REQUESTS -> Problems.of(HttpStatus.TOO_MANY_REQUESTS, "signing-code-rate-limited",
                    TEXTS.text("problem.code-rate-limited"), e.getMessage());
        };
        if (e.attemptsLeft() != null) {
            problem.setProperty("attemptsLeft", e.attemptsLeft());
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus());
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
        }
        return response.body(problem);
    }

    @ExceptionHandler(EnvelopeNotFoundException.class)
    ProblemDetail notFound(EnvelopeNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "envelope-not-found", "No such envelope", e.getMessage());
    }

    @ExceptionHandler(DocumentBeingSealedException.class)
    ResponseEntity<ProblemDetail> beingSealed(DocumentBeingSealedException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .body(Problems.of(HttpStatus.CONFLICT, "document-being-sealed", "The document is being sealed",
                        e.getMessage()));
    }

    @ExceptionHandler(EnvelopeStateException.class)
    ProblemDetail state(EnvelopeStateException e) {
        return Problems.of(HttpStatus.CONFLICT, "envelope-state", "Not possible in the envelope's state",
                e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage());
    }
}
