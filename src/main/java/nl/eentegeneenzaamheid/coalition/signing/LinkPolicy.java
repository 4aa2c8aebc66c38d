package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Whether a signer's link can still be used, and what the signer reads when it cannot: to see where they stand the
 * envelope must be open or completed (or expired after they signed) and a link not answered must not have expired; to
 * sign or decline they must not have answered yet. Plain rules, no state: {@code LinkPolicyTest}.
 */
final class LinkPolicy {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private LinkPolicy() {
    }

    /** The link shows where its signer stands: refused for a closed envelope or an expired, unanswered link. */
    static void requireViewable(Envelope envelope, Envelope.Signer signer, Instant now) {
        EnvelopeStatus status = envelope.status();
        if (status != EnvelopeStatus.OPEN && status != EnvelopeStatus.COMPLETED
                && !(status == EnvelopeStatus.EXPIRED && signer.status() == SignerStatus.SIGNED)) {
            throw new SigningLinkException(status == EnvelopeStatus.EXPIRED
                    ? SigningLinkException.Reason.EXPIRED : SigningLinkException.Reason.CLOSED, switch (status) {
                case VOIDED -> "Deze ondertekening is ingetrokken door het programmateam: " + envelope.closedReason()
                        + " (This signing was voided.)";
                case SUPERSEDED -> "Er is een nieuwe versie van de verklaring; u ontvangt daarvoor een nieuwe link. "
                        + "(A new version replaced this document; a new link follows.)";
                case STOPPED -> "De ondertekening is gestopt. (The signing was stopped.)";
                default -> "De termijn om te ondertekenen is verlopen. Het programmateam neemt contact met u op. "
                        + "(The signing term has passed.)";
            });
        }
        if (signer.status() == SignerStatus.SENT && !now.isBefore(signer.linkExpiresAt())) {
            throw new SigningLinkException(SigningLinkException.Reason.EXPIRED, "Deze link is verlopen op "
                    + signer.linkExpiresAt().atZone(NETHERLANDS).toLocalDate() + ". Het programmateam kan u een "
                    + "nieuwe link sturen. (This link has expired.)");
        }
    }

    /** The link can still be used to sign or decline: its signer has not answered. */
    static void requireUnanswered(Envelope.Signer signer) {
        if (signer.status() == SignerStatus.SIGNED || signer.status() == SignerStatus.DECLINED) {
            throw new SigningLinkException(SigningLinkException.Reason.ANSWERED, signer.status() == SignerStatus.SIGNED
                    ? "U heeft deze verklaring al ondertekend op " + signer.signedAt().atZone(NETHERLANDS)
                    .toLocalDate() + ". U ontvangt het ondertekende document per e-mail zodra iedereen heeft getekend."
                    + " (You have already signed.)"
                    : "U heeft aangegeven niet te ondertekenen. Het programmateam neemt contact met u op. "
                    + "(You have declined.)");
        }
    }

    /** No such link: mistyped, forged, or replaced by a newer one. */
    static SigningLinkException unknown() {
        return new SigningLinkException(SigningLinkException.Reason.UNKNOWN, "Deze link is ongeldig, of vervangen "
                + "door een nieuwere link. Gebruik de link uit de meest recente e-mail. (This link is not valid, or a "
                + "newer link replaced it: use the link in the most recent e-mail.)");
    }
}
