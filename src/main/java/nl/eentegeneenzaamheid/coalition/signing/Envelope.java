package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An envelope as staff and auditors see it: one version of the agreement, its signers and where each stands.
 *
 * @param closedReason  why it was voided, replaced or stopped
 * @param finalDocument where the sealed final document stands (being sealed between the last signature and the seal)
 */
public record Envelope(
        UUID id,
        UUID onboardingId,
        String municipalityCode,
        String municipalityName,
        int version,
        EnvelopeStatus status,
        SigningOrder order,
        String documentSha256,
        Instant createdAt,
        Instant expiresAt,
        Instant closedAt,
        String closedReason,
        String sealedDocumentSha256,
        Instant sealedAt,
        FinalDocument finalDocument,
        List<Signer> signers) {

    /** One signer. */
    public record Signer(
            UUID id,
            SignerRole role,
            String name,
            String title,
            String organisation,
            String email,
            int round,
            SignerStatus status,
            Instant sentAt,
            Instant linkExpiresAt,
            Instant signedAt,
            String signedName,
            Instant declinedAt,
            String declineReason) {
    }

    public long signed() {
        return signers.stream().filter(s -> s.status() == SignerStatus.SIGNED).count();
    }
}
