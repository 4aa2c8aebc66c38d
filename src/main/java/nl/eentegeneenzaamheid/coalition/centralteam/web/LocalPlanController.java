package nl.eentegeneenzaamheid.coalition.centralteam.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboarding;
import nl.eentegeneenzaamheid.coalition.centralteam.InvalidLocalPlanException;
import nl.eentegeneenzaamheid.coalition.centralteam.LocalPlanAlreadyReceivedException;
import nl.eentegeneenzaamheid.coalition.platform.security.Groups;
import nl.eentegeneenzaamheid.coalition.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/onboardings/{id}/local-plan")
@Tag(name = "Onboardings", description = "A municipality's journey from intent to joined")
@SecurityRequirement(name = "basic")
class LocalPlanController {

    private final CentralOnboarding onboarding;

    LocalPlanController(CentralOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "The municipality uploads its local plan (PDF or Word, at most 20 MB)")
    @ApiResponse(responseCode = "204", description = "Received")
    @ApiResponse(responseCode = "409", description = "Not in onboarding, or the plan was received before")
    ResponseEntity<Void> upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file, Principal principal)
            throws IOException {
        onboarding.receiveLocalPlan(id, file.getOriginalFilename(), file.getBytes(), principal.getName());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/received")
    @PreAuthorize(Groups.PROGRAMME_MEMBER)
    @Operation(summary = "Staff mark the local plan received (it arrived another way)")
    @ApiResponse(responseCode = "204", description = "Marked received")
    ResponseEntity<Void> markReceived(@PathVariable UUID id, Principal principal) {
        onboarding.receiveLocalPlan(id, null, null, principal.getName());
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(LocalPlanAlreadyReceivedException.class)
    ProblemDetail alreadyReceived(LocalPlanAlreadyReceivedException e) {
        return Problems.of(HttpStatus.CONFLICT, "local-plan-already-received", "The local plan is already in",
                e.getMessage());
    }

    @ExceptionHandler(InvalidLocalPlanException.class)
    ProblemDetail invalidPlan(InvalidLocalPlanException e) {
        return Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-local-plan",
                "This file cannot be the local plan", e.getMessage()),
                List.of(new Problems.FieldError("file", e.getMessage())));
    }
}
