package nl.eentegeneenzaamheid.coalition.intake.web;

import java.security.Principal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.eentegeneenzaamheid.coalition.intake.IntentReview;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Onboardings", description = "A municipality's journey from intent to joined")
@SecurityRequirement(name = "basic")
class InformationController {

    private final IntentReview review;

    InformationController(IntentReview review) {
        this.review = review;
    }

    /** @param answer the municipality's answer to the staff's question */
    record InformationRequest(@NotBlank @Size(max = 4000) String answer) {
    }

    record InformationResponse(UUID onboardingId, String stage) {
    }

    @PostMapping("/api/v1/onboardings/{id}/information")
    @Operation(summary = "Answer the programme staff's question about the intent",
            description = "Only while the onboarding is in stage INFORMATION_REQUESTED; the intent then goes back "
                    + "to the staff's review.")
    @ApiResponse(responseCode = "200", description = "Answer recorded; the intent is back in review")
    @ApiResponse(responseCode = "404", description = "No such onboarding")
    @ApiResponse(responseCode = "409", description = "No question is waiting for an answer")
    InformationResponse provide(@PathVariable UUID id, @Valid @RequestBody InformationRequest request,
                                Principal principal) {
        review.provideInformation(id, request.answer(), principal.getName());
        return new InformationResponse(id, "INTENT_REVIEW");
    }
}
