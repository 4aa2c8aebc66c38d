package nl.eentegeneenzaamheid.coalition.recruitment.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.eentegeneenzaamheid.coalition.recruitment.Partner;
import nl.eentegeneenzaamheid.coalition.recruitment.PartnerAlreadyProposedException;
import nl.eentegeneenzaamheid.coalition.recruitment.Partners;
import nl.eentegeneenzaamheid.coalition.recruitment.ProposePartner;
import nl.eentegeneenzaamheid.coalition.platform.web.Problems;
import org.springframework.http.HttpStatus;
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

    PartnerController(Partners partners) {
        this.partners = partners;
    }

    @PostMapping
    @Operation(summary = "Propose a local partner for the coalition",
            description = "While the municipality recruits (stage RECRUITMENT). Types: WELFARE, HOUSING, CARE, "
                    + "EDUCATION, FAITH, COMMUNITY_CENTRE, SPORT_AND_CULTURE, BUSINESS, OTHER.")
    @ApiResponse(responseCode = "201", description = "Partner proposed")
    @ApiResponse(responseCode = "404", description = "No such onboarding")
    @ApiResponse(responseCode = "409", description = "Not recruiting, or the organisation is already proposed")
    ResponseEntity<Partner> propose(@PathVariable UUID id, @Valid @RequestBody ProposePartner proposal,
                                    Principal principal) {
        Partner partner = partners.propose(id, proposal, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/onboardings/" + id + "/partners/" + partner.id()))
                .body(partner);
    }

    @GetMapping
    @Operation(summary = "The partners proposed for the coalition, with their status")
    List<Partner> list(@PathVariable UUID id) {
        return partners.of(id);
    }

    @ExceptionHandler(PartnerAlreadyProposedException.class)
    ProblemDetail alreadyProposed(PartnerAlreadyProposedException e) {
        return Problems.withErrors(Problems.of(HttpStatus.CONFLICT, "partner-already-proposed",
                        "This organisation is already proposed", e.getMessage()),
                List.of(new Problems.FieldError("organisationName", "is already proposed for this coalition")));
    }
}
