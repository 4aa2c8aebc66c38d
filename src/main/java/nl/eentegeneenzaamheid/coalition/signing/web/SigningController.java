package nl.eentegeneenzaamheid.coalition.signing.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.eentegeneenzaamheid.coalition.platform.security.Groups;
import nl.eentegeneenzaamheid.coalition.platform.web.Problems;
import nl.eentegeneenzaamheid.coalition.signing.Envelope;
import nl.eentegeneenzaamheid.coalition.signing.EnvelopeNotFoundException;
import nl.eentegeneenzaamheid.coalition.signing.Envelopes;
import nl.eentegeneenzaamheid.coalition.signing.InvalidScanException;
import nl.eentegeneenzaamheid.coalition.signing.ScanNotExpectedException;
import nl.eentegeneenzaamheid.coalition.signing.ScanNotFoundException;
import nl.eentegeneenzaamheid.coalition.signing.Signing;
import nl.eentegeneenzaamheid.coalition.signing.SigningStarted;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/onboardings/{id}/signing")
@Tag(name = "Signing", description = "Signing the coalition agreement")
@SecurityRequirement(name = "basic")
class SigningController {

    private final Signing signing;
    private final Envelopes envelopes;

    SigningController(Signing signing, Envelopes envelopes) {
        this.signing = signing;
        this.envelopes = envelopes;
    }

    @GetMapping("/envelope")
    @PreAuthorize(EnvelopeController.READERS)
    @Operation(summary = "The onboarding's current envelope (digital signing)")
    @ApiResponse(responseCode = "404", description = "No envelope yet (not signing, or signing on paper)")
    Envelope envelope(@PathVariable UUID id) {
        return envelopes.current(id).orElseThrow(() -> new EnvelopeNotFoundException("The onboarding " + id
                + " has no envelope: it is not being signed digitally (yet)"));
    }

    record ScanStored(String sha256) {
    }

    @GetMapping("/signatories")
    @Operation(summary = "Who signs: the alderman and each accepted partner's signer")
    List<SigningStarted.Signatory> signatories(@PathVariable UUID id) {
        return signing.signatories(id);
    }

    @PostMapping(path = "/scan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Groups.PROGRAMME_MEMBER)
    @Operation(summary = "Upload the scan of the agreement signed on paper (programme staff; PDF, JPEG or PNG, 20 MB)")
    @ApiResponse(responseCode = "201", description = "Stored; its SHA-256 is returned and recorded")
    @ApiResponse(responseCode = "409", description = "The onboarding is not being signed")
    ResponseEntity<ScanStored> upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
                                      Principal principal) throws IOException {
        String sha256 = signing.storeScan(id, file.getOriginalFilename(), file.getBytes(), principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(new ScanStored(sha256));
    }

    @GetMapping("/scan")
    @PreAuthorize(Groups.PROGRAMME_MEMBER)
    @Operation(summary = "Download the scan of the signed agreement (programme staff)")
    ResponseEntity<byte[]> download(@PathVariable UUID id) {
        Signing.Scan scan = signing.scan(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(scan.filename())
                        .build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(scan.content());
    }

    @ExceptionHandler(ScanNotExpectedException.class)
    ProblemDetail scanNotExpected(ScanNotExpectedException e) {
        return Problems.of(HttpStatus.CONFLICT, "scan-not-expected", "This municipality signs digitally",
                e.getMessage());
    }

    @ExceptionHandler(ScanNotFoundException.class)
    ProblemDetail noScan(ScanNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "scan-not-found", "No scan yet", e.getMessage());
    }

    @ExceptionHandler(InvalidScanException.class)
    ProblemDetail invalidScan(InvalidScanException e) {
        return Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "invalid-scan", "This scan cannot be used",
                e.getMessage()), List.of(new Problems.FieldError("file", e.getMessage())));
    }
}
