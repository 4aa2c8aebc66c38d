package nl.eentegeneenzaamheid.coalition.journey.web;

import nl.eentegeneenzaamheid.coalition.journey.OnboardingInWrongStageException;
import nl.eentegeneenzaamheid.coalition.journey.OnboardingNotFoundException;
import nl.eentegeneenzaamheid.coalition.platform.web.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The journey's refusals as problem details, wherever in the API they arise. */
@Order(0)
@RestControllerAdvice(basePackages = "nl.eentegeneenzaamheid.coalition")
class JourneyProblems {

    @ExceptionHandler(UnknownProvinceException.class)
    ProblemDetail unknownProvince(UnknownProvinceException e) {
        return Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request",
                        "The request has invalid fields", e.getMessage()),
                java.util.List.of(new Problems.FieldError("province", "is not a Dutch province")));
    }

    @ExceptionHandler(OnboardingNotFoundException.class)
    ProblemDetail notFound(OnboardingNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "No such onboarding", e.getMessage());
    }

    @ExceptionHandler(OnboardingInWrongStageException.class)
    ProblemDetail wrongStage(OnboardingInWrongStageException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "wrong-stage",
                "This step is not possible in the onboarding's current stage", e.getMessage());
        problem.setProperty("stage", e.actual().name());
        return problem;
    }
}
