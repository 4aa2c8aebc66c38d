package nl.eentegeneenzaamheid.coalition.recruitment.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.eentegeneenzaamheid.coalition.platform.security.Groups;
import nl.eentegeneenzaamheid.coalition.platform.web.Problems;
import nl.eentegeneenzaamheid.coalition.recruitment.InvitationClosedException;
import nl.eentegeneenzaamheid.coalition.recruitment.InvitationNotFoundException;
import nl.eentegeneenzaamheid.coalition.recruitment.Invitations;
import nl.eentegeneenzaamheid.coalition.recruitment.Partner;
import nl.eentegeneenzaamheid.coalition.recruitment.PartnerAlreadyProposedException;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.ProposePartner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/onboardings/{id}/partners")
@Tag(name = "Partners", description = "The local organisations a municipality recruits for its coalition")
@SecurityRequirement(name = "basic")
class PartnerController {

    private final Partners partners;
    private final Invitations invitations;
    private final String publicUrl;

    PartnerController(Partners partners, Invitations invitations,
                      @Value("${coalition.public-url}") String publicUrl) {
        this.partners = partners;
        this.invitations = invitations;
        this.publicUrl = publicUrl;
    }

    /**
     * @param invitationLink the partner's own link to accept or decline; forward it to the partner's contact (until
     *                       the programme e-mails it itself). It is shown this once and stored nowhere.
     */
    record ProposedPartner(Partner partner, URI invitationLink, Instant invitationExpiresAt) {
    }

    /** @param reason why the invitation is withdrawn, for the municipality and the timeline */
    record WithdrawRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    @PostMapping
    @Operation(summary = "Propose a local partner for the coalition",
            description = "While the municipality recruits (stage RECRUITMENT). Types: WELFARE, HOUSING, CARE, "
                    + "EDUCATION, FAITH, COMMUNITY_CENTRE, SPORT_AND_CULTURE, BUSINESS, OTHER.")
    @ApiResponse(responseCode = "201", description = "Partner proposed")
    @ApiResponse(responseCode = "404", description = "No such onboarding")
    @ApiResponse(responseCode = "409", description = "Not recruiting, or the organisation is already proposed")
    ResponseEntity<ProposedPartner> propose(@PathVariable UUID id, @Valid @RequestBody ProposePartner proposal,
                                            Principal principal) {
        Partners.Proposal proposed = partners.propose(id, proposal, principal.getName());
        Partner partner = proposed.partner();
        URI link = URI.create(publicUrl + "/api/v1/invitations/" + proposed.invitation().token());
        return ResponseEntity.created(URI.create("/api/v1/onboardings/" + id + "/partners/" + partner.id()))
                .body(new ProposedPartner(partner, link, proposed.invitation().expiresAt()));
    }

    @PostMapping("/{partnerId}/withdraw")
    @PreAuthorize(Groups.PROGRAMME_MEMBER)
    @Operation(summary = "Withdraw a partner's open invitation (programme staff)")
    @ApiResponse(responseCode = "204", description = "Withdrawn: the link no longer acts")
    @ApiResponse(responseCode = "409", description = "The invitation was already answered, withdrawn or expired")
    ResponseEntity<Void> withdraw(@PathVariable UUID id, @PathVariable UUID partnerId,
                                  @Valid @RequestBody WithdrawRequest request, Principal principal) {
        invitations.withdraw(id, partnerId, request.reason(), principal.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    @Operation(summary = "The partners proposed for the coalition, with their status")
    List<Partner> list(@PathVariable UUID id) {
        return partners.of(id);
    }

    @ExceptionHandler(InvitationClosedException.class)
    ProblemDetail closed(InvitationClosedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "invitation-closed",
                "This invitation is no longer open", e.getMessage());
        problem.setProperty("status", e.status().name());
        return problem;
    }

    @ExceptionHandler(InvitationNotFoundException.class)
    ProblemDetail noInvitation(InvitationNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "This partner has no invitation",
                "There is no invitation for this partner in this onboarding.");
    }

    @ExceptionHandler(PartnerAlreadyProposedException.class)
    ProblemDetail alreadyProposed(PartnerAlreadyProposedException e) {
        return Problems.withErrors(Problems.of(HttpStatus.CONFLICT, "partner-already-proposed",
                        "This organisation is already proposed", e.getMessage()),
                List.of(new Problems.FieldError("organisationName", "is already proposed for this coalition")));
    }
}
