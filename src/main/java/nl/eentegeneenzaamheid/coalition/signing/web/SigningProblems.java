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

/** The signing API's refusals as problem details (RFC 9457), in Dutch and English. */
@Order(0)
@RestControllerAdvice(assignableTypes = {EnvelopeController.class, SignerController.class, SigningController.class,
        SealController.class})
class SigningProblems {

    @ExceptionHandler(SigningLinkException.class)
    ProblemDetail link(SigningLinkException e) {
        return switch (e.reason()) {
            case UNKNOWN -> Problems.of(HttpStatus.NOT_FOUND, "signing-link-unknown", "Ongeldige link (unknown link)",
                    e.getMessage());
            case EXPIRED -> Problems.of(HttpStatus.GONE, "signing-link-expired", "Link verlopen (link expired)",
                    e.getMessage());
            case ANSWERED -> Problems.of(HttpStatus.CONFLICT, "signing-link-used",
                    "Al beantwoord (already answered)", e.getMessage());
            case CLOSED -> Problems.of(HttpStatus.GONE, "signing-envelope-closed",
                    "Ondertekening gesloten (signing closed)", e.getMessage());
        };
    }

    @ExceptionHandler(CodeRejectedException.class)
    ResponseEntity<ProblemDetail> code(CodeRejectedException e) {
        ProblemDetail problem = switch (e.reason()) {
            case MISSING -> Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "signing-code-missing",
                    "Geen code (no code)", e.getMessage()), List.of(new Problems.FieldError("code", e.getMessage())));
            case WRONG -> Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "signing-code-wrong",
                    "Onjuiste code (wrong code)", e.getMessage()),
                    List.of(new Problems.FieldError("code", e.getMessage())));
            case EXPIRED -> Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "signing-code-expired",
                    "Code verlopen (code expired)", e.getMessage()),
                    List.of(new Problems.FieldError("code", e.getMessage())));
            case LOCKED -> Problems.of(HttpStatus.LOCKED, "signing-code-locked", "Code geblokkeerd (code locked)",
                    e.getMessage());
            case TOO_MANY_REQUESTS -> Problems.of(HttpStatus.TOO_MANY_REQUESTS, "signing-code-rate-limited",
                    "Te veel codes (too many codes)", e.getMessage());
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
