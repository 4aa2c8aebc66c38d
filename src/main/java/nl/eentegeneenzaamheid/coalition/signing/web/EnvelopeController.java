package nl.eentegeneenzaamheid.coalition.signing.web;

import java.security.Principal;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.eentegeneenzaamheid.coalition.signing.internal.AuditTrail;
import nl.eentegeneenzaamheid.coalition.signing.Envelope;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.SigningOrder;
import nl.eentegeneenzaamheid.coalition.signing.audit.AuditChain;
import nl.eentegeneenzaamheid.coalition.signing.audit.TrailExport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Envelopes for programme staff and auditors (and, for status and documents, the API clients). */
@RestController
@RequestMapping("/api/v1/envelopes/{id}")
@Tag(name = "Envelopes", description = "Digital signing: status, documents, audit trail, voiding")
@SecurityRequirement(name = "basic")
class EnvelopeController {

    static final String READERS = "hasAnyAuthority('GROUP_programme-staff', 'GROUP_programme-advisors', "
            + "'GROUP_programme-admins', 'GROUP_auditors', 'GROUP_api-clients')";
    static final String AUDITORS = "hasAnyAuthority('GROUP_programme-staff', 'GROUP_programme-advisors', "
            + "'GROUP_programme-admins', 'GROUP_auditors')";
    static final String STAFF = "hasAnyAuthority('GROUP_programme-staff', 'GROUP_programme-admins')";

    private final Envelopes envelopes;
    private final AuditTrail audit;

    EnvelopeController(Envelopes envelopes, AuditTrail audit) {
        this.envelopes = envelopes;
        this.audit = audit;
    }

    record VoidRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record OrderRequest(@NotNull SigningOrder order) {
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "The envelope: its version, status, term and where every signer stands")
    Envelope get(@PathVariable UUID id) {
        return envelopes.get(id);
    }

    @GetMapping("/document")
    @PreAuthorize(READERS)
    @Operation(summary = "The agreement the signers sign (PDF); its SHA-256 is in the X-Content-SHA256 header")
    ResponseEntity<byte[]> document(@PathVariable UUID id, Principal principal, HttpServletRequest request) {
        return SignerController.pdf(envelopes.downloadDocument(id, RequestActors.staff(principal, request)), false);
    }

    @GetMapping("/certificate")
    @PreAuthorize(READERS)
    @Operation(summary = "The sealed final document: the agreement, signature page and certificate of completion")
    @ApiResponse(responseCode = "409", description = "Not everyone has signed yet")
    ResponseEntity<byte[]> certificate(@PathVariable UUID id, Principal principal, HttpServletRequest request) {
        return SignerController.pdf(envelopes.downloadCertificate(id, RequestActors.staff(principal, request)), false);
    }

    @GetMapping("/audit")
    @PreAuthorize(AUDITORS)
    @Operation(summary = "The audit trail (staff and auditors): every step with its hash chain, for the offline "
            + "verifier")
    TrailExport audit(@PathVariable UUID id) {
        envelopes.get(id);
        return audit.export(id);
    }

    @GetMapping("/audit/verify")
    @PreAuthorize(AUDITORS)
    @Operation(summary = "Recompute the hash chain: valid, or the first broken entry")
    AuditChain.Verification verify(@PathVariable UUID id) {
        envelopes.get(id);
        return audit.verify(id);
    }

    @PostMapping("/void")
    @PreAuthorize(STAFF)
    @Operation(summary = "Void the envelope with a reason (programme staff): every link dies, staff then decide")
    @ApiResponse(responseCode = "409", description = "Already completed, voided or replaced")
    Envelope voidEnvelope(@PathVariable UUID id, @Valid @RequestBody VoidRequest body, Principal principal,
                          HttpServletRequest request) {
        return envelopes.voidEnvelope(id, body.reason(), RequestActors.staff(principal, request));
    }

    @PutMapping("/order")
    @PreAuthorize(STAFF)
    @Operation(summary = "Change the signing order while nobody has signed (PARALLEL, ALDERMAN_LAST, ALDERMAN_FIRST)")
    Envelope order(@PathVariable UUID id, @Valid @RequestBody OrderRequest body, Principal principal,
                   HttpServletRequest request) {
        return envelopes.changeOrder(id, body.order(), RequestActors.staff(principal, request));
    }
}
