package nl.eentegeneenzaamheid.coalition.signing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.eentegeneenzaamheid.coalition.signing.seal.Seal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The seal's certificate, public, so that anyone can pin it when verifying a sealed document. */
@RestController
@RequestMapping("/api/v1/seal")
@Tag(name = "Seal", description = "The programme's seal certificate")
class SealController {

    private final Seal seal;

    SealController(Seal seal) {
        this.seal = seal;
    }

    @GetMapping(path = "/certificate", produces = "application/x-pem-file")
    @Operation(summary = "The seal certificate (PEM); its SHA-256 fingerprint is in the X-Certificate-SHA256 header")
    ResponseEntity<String> certificate() {
        return ResponseEntity.ok().header("X-Certificate-SHA256", seal.certificateSha256())
                .contentType(MediaType.parseMediaType("application/x-pem-file")).body(seal.certificatePem());
    }
}
