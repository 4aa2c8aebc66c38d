package nl.eentegeneenzaamheid.coalition.recruitment.web;

import java.security.Principal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.eentegeneenzaamheid.coalition.recruitment.Recruitment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Partners", description = "The local organisations a municipality recruits for its coalition")
@SecurityRequirement(name = "basic")
class RecruitmentController {

    private final Recruitment recruitment;

    RecruitmentController(Recruitment recruitment) {
        this.recruitment = recruitment;
    }

    @PostMapping("/api/v1/onboardings/{id}/recruitment/complete")
    @Operation(summary = "The municipality declares its recruitment complete",
            description = "The coalition is then assessed (coalition-readiness): ready means signing follows; "
                    + "otherwise programme staff decide.")
    @ApiResponse(responseCode = "204", description = "Recruitment closed; the coalition is being assessed")
    @ApiResponse(responseCode = "409", description = "The municipality is not recruiting")
    ResponseEntity<Void> complete(@PathVariable UUID id, Principal principal) {
        recruitment.complete(id, principal.getName());
        return ResponseEntity.noContent().build();
    }
}
