package nl.eentegeneenzaamheid.coalition.intake.web;

import java.util.List;

import nl.eentegeneenzaamheid.coalition.intake.IdempotencyKeyReusedException;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingAlreadyOpenException;
import nl.eentegeneenzaamheid.coalition.municipality.UnknownMunicipalityException;
import nl.eentegeneenzaamheid.coalition.platform.web.Problems;
import nl.eentegeneenzaamheid.coalition.platform.web.Problems.FieldError;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The intake's refusals as problem details. */
@Order(0)
@RestControllerAdvice(assignableTypes = {IntentController.class, InformationController.class})
class IntakeProblems {

    @ExceptionHandler(UnknownMunicipalityException.class)
    ProblemDetail unknownMunicipality(UnknownMunicipalityException e) {
        return Problems.withErrors(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "unknown-municipality",
                        "Unknown municipality code", e.getMessage()),
                List.of(new FieldError("municipalityCode", "is not a current CBS municipality code")));
    }

    @ExceptionHandler(OnboardingAlreadyOpenException.class)
    ProblemDetail alreadyOpen(OnboardingAlreadyOpenException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "onboarding-in-progress",
                "This municipality already has an onboarding in progress", e.getMessage());
        if (e.existingOnboardingId() != null) {
            problem.setProperty("existingOnboarding", "/api/v1/onboardings/" + e.existingOnboardingId());
        }
        return problem;
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeyReusedException e) {
        return Problems.withErrors(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                        "Idempotency-Key already used for another request",
                        "This Idempotency-Key was used before with a different body; send a new key for a new request"),
                List.of(new FieldError("Idempotency-Key", "was used for a different request")));
    }
}
