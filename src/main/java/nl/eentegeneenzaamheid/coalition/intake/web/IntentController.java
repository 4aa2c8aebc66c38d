package nl.eentegeneenzaamheid.coalition.intake.web;

import java.net.URI;
import java.security.Principal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import nl.eentegeneenzaamheid.coalition.intake.Channel;
import nl.eentegeneenzaamheid.coalition.intake.IntakeService;
import nl.eentegeneenzaamheid.coalition.intake.IntentReceipt;
import nl.eentegeneenzaamheid.coalition.intake.RegisterIntent;
import nl.eentegeneenzaamheid.coalition.platform.security.ForeignMunicipalityException;
import nl.eentegeneenzaamheid.coalition.platform.security.MunicipalityScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/intents")
@Tag(name = "Intents", description = "A municipality declares its intent to build a local coalition")
@SecurityRequirement(name = "basic")
class IntentController {

    private final IntakeService intake;

    IntentController(IntakeService intake) {
        this.intake = intake;
    }

    record IntentResponse(UUID onboardingId, String municipalityCode, URI onboarding) {
    }

    @PostMapping
    @Operation(summary = "Register a municipality's intent to join",
            description = "Opens the municipality's onboarding and starts its journey. Retrying with the same "
                    + "Idempotency-Key returns the first answer and changes nothing.")
    @ApiResponse(responseCode = "201", description = "Intent registered; Location is the onboarding")
    @ApiResponse(responseCode = "200", description = "A retry of a request already handled (same Idempotency-Key)")
    @ApiResponse(responseCode = "400", description = "Malformed JSON or invalid fields")
    @ApiResponse(responseCode = "403", description = "An API client not bound to this municipality")
    @ApiResponse(responseCode = "409", description = "The municipality already has an onboarding in progress")
    @ApiResponse(responseCode = "422", description = "Unknown municipality code, or an Idempotency-Key reused")
    ResponseEntity<IntentResponse> register(
            @Valid @RequestBody RegisterIntent intent,
            @Parameter(description = "Makes a retried request safe: up to 200 characters, new for each new request")
            @RequestHeader(name = "Idempotency-Key", required = false)
            @Pattern(regexp = "[\\x21-\\x7E]{1,200}", message = "must be 1 to 200 visible ASCII characters")
            String idempotencyKey,
            Principal principal) {
        MunicipalityScope scope = MunicipalityScope.current();
        if (intent.municipalityCode() != null && !scope.includes(intent.municipalityCode())) {
            throw new ForeignMunicipalityException(intent.municipalityCode(), scope.codes());
        }
        String requestKey = idempotencyKey == null ? null : "api:" + principal.getName() + ":" + idempotencyKey;
        IntentReceipt receipt = intake.registerIntent(intent, requestKey, Channel.API, principal.getName());
        URI location = URI.create("/api/v1/onboardings/" + receipt.onboardingId());
        IntentResponse body = new IntentResponse(receipt.onboardingId(), receipt.municipalityCode(), location);
        return receipt.replayed()
                ? ResponseEntity.status(HttpStatus.OK).location(location).body(body)
                : ResponseEntity.created(location).body(body);
    }
}
