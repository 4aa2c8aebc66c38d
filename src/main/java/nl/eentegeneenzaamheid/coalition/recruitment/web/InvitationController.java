package nl.eentegeneenzaamheid.coalition.recruitment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.eentegeneenzaamheid.coalition.platform.web.Problems;
import nl.eentegeneenzaamheid.coalition.recruitment.InvitationClosedException;
import nl.eentegeneenzaamheid.coalition.recruitment.InvitationNotFoundException;
import nl.eentegeneenzaamheid.coalition.recruitment.InvitationStatus;
import nl.eentegeneenzaamheid.coalition.recruitment.InvitationView;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner's own link. It needs no account: the token in the path is the credential, so it is never logged.
 */
@RestController
@RequestMapping("/api/v1/invitations/{token}")
@Tag(name = "Invitations", description = "A partner answers its invitation through its own link")
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    /**
     * @param signerName the person who will sign the coalition agreement for the organisation
     * @param signerRole that person's role, for example "directeur-bestuurder"
     * @param signerEmail where that person receives the signing request; empty: the partner's contact address
     */
    record AcceptRequest(@NotBlank @Size(max = 200) String signerName, @NotBlank @Size(max = 200) String signerRole,
                         @Email @Size(max = 254) String signerEmail) {
    }

    record DeclineRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    record Answer(String status) {
    }

    @GetMapping
    @Operation(summary = "The invitation: who invites whom, its status and until when it can be answered")
    @ApiResponse(responseCode = "404", description = "Not a valid link")
    InvitationView view(@PathVariable String token) {
        return invitations.view(token);
    }

    @PostMapping("/accept")
    @Operation(summary = "Accept: the organisation joins the coalition and names its signer")
    @ApiResponse(responseCode = "409", description = "Already answered")
    @ApiResponse(responseCode = "410", description = "Expired or withdrawn")
    Answer accept(@PathVariable String token, @Valid @RequestBody AcceptRequest request) {
        invitations.accept(token, request.signerName(), request.signerRole(), request.signerEmail());
        return new Answer(InvitationStatus.ACCEPTED.name());
    }

    @PostMapping("/decline")
    @Operation(summary = "Decline, with a reason the municipality reads")
    @ApiResponse(responseCode = "409", description = "Already answered")
    @ApiResponse(responseCode = "410", description = "Expired or withdrawn")
    Answer decline(@PathVariable String token, @Valid @RequestBody DeclineRequest request) {
        invitations.decline(token, request.reason());
        return new Answer(InvitationStatus.DECLINED.name());
    }

    @ExceptionHandler(InvitationNotFoundException.class)
    ProblemDetail notFound(InvitationNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "invitation-not-found", "Unknown invitation link", e.getMessage());
    }

    @ExceptionHandler(InvitationClosedException.class)
    ProblemDetail closed(InvitationClosedException e) {
        HttpStatus status = e.status() == InvitationStatus.EXPIRED || e.status() == InvitationStatus.WITHDRAWN
                ? HttpStatus.GONE : HttpStatus.CONFLICT;
        ProblemDetail problem = Problems.of(status, "invitation-closed", "This invitation can no longer be answered",
                e.getMessage());
        problem.setProperty("status", e.status().name());
        return problem;
    }
}
