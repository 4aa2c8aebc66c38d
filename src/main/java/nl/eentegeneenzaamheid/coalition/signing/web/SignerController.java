package nl.eentegeneenzaamheid.coalition.signing.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.SignerLinks;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signer's side as an API: the same as the page the e-mailed link opens. The token is the credential. */
@RestController
@RequestMapping("/api/v1/signing/{token}")
@Tag(name = "Signing link", description = "A signer reads, verifies and signs or declines through their own link")
class SignerController {

    private final SignerLinks links;

    SignerController(SignerLinks links) {
        this.links = links;
    }

    /**
     * @param fullName the signer's full name, typed
     * @param consent  explicit consent to sign electronically (must be true)
     * @param code     the six-digit code e-mailed by {@code POST .../code}
     */
    record SignRequest(@NotBlank @Size(max = 200) String fullName, @NotNull Boolean consent,
                       @NotBlank @Pattern(regexp = "\\s*\\d{6}\\s*", message = "must be the six digits from the e-mail")
                       String code) {
    }

    record DeclineRequest(@NotBlank @Size(max = 4000) String reason) {
    }

    record CodeSent(Instant expiresAt) {
    }

    @GetMapping
    @Operation(summary = "What the signer signs: the document's title and SHA-256, the consent text, who signs")
    @ApiResponse(responseCode = "404", description = "Not a valid link (or replaced by a newer one)")
    @ApiResponse(responseCode = "409", description = "Already signed or declined")
    @ApiResponse(responseCode = "410", description = "Expired, or the envelope was voided or replaced")
    SignerLinks.SignerView view(@PathVariable String token, HttpServletRequest request) {
        return links.open(token, RequestActors.link(request));
    }

    @GetMapping("/document")
    @Operation(summary = "The agreement as PDF")
    ResponseEntity<byte[]> document(@PathVariable String token, HttpServletRequest request) {
        Envelopes.Document document = links.downloadDocument(token, RequestActors.link(request));
        return pdf(document, false);
    }

    @GetMapping("/certificate")
    @Operation(summary = "The sealed final document, for a signer who signed, once everyone has signed")
    @ApiResponse(responseCode = "409", description = "Not signed by this signer, or not everyone has signed yet")
    ResponseEntity<byte[]> certificate(@PathVariable String token, HttpServletRequest request) {
        return pdf(links.downloadSealedDocument(token, RequestActors.link(request)), false);
    }

    @PostMapping("/code")
    @Operation(summary = "E-mail a six-digit code to the signer (valid 10 minutes; at most one a minute)")
    @ApiResponse(responseCode = "429", description = "A code was sent too recently (see Retry-After), or too many")
    ResponseEntity<CodeSent> code(@PathVariable String token, HttpServletRequest request) {
        return ResponseEntity.accepted().body(new CodeSent(links.sendCode(token, RequestActors.link(request))));
    }

    @PostMapping("/sign")
    @Operation(summary = "Sign: typed full name, explicit consent and the code")
    @ApiResponse(responseCode = "400", description = "Name, consent or code missing, or the code is wrong or expired")
    @ApiResponse(responseCode = "423", description = "Too many wrong codes: ask for a new one")
    SignerLinks.SignerView sign(@PathVariable String token, @Valid @RequestBody SignRequest body,
                                HttpServletRequest request) {
        return links.sign(token, body.fullName(), Boolean.TRUE.equals(body.consent()), body.code(),
                RequestActors.link(request));
    }

    @PostMapping("/decline")
    @Operation(summary = "Decline, with a reason; the municipality and the programme team are told at once")
    SignerLinks.SignerView decline(@PathVariable String token, @Valid @RequestBody DeclineRequest body,
                                   HttpServletRequest request) {
        return links.decline(token, body.reason(), RequestActors.link(request));
    }

    static ResponseEntity<byte[]> pdf(Envelopes.Document document, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(document.filename(), java.nio.charset.StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-SHA256", document.sha256())
                .contentType(MediaType.APPLICATION_PDF).body(document.content());
    }
}
