package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static nl.eentegeneenzaamheid.coalition.signing.internal.SigningTexts.TEXTS;

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
                case VOIDED -> TEXTS.text("link.voided", Map.of("reason", envelope.closedReason()));
                case SUPERSEDED -> TEXTS.text("link.superseded");
                case STOPPED -> TEXTS.text("link.stopped");
                default -> TEXTS.text("link.term-passed");
            });
        }
        if (signer.status() == SignerStatus.SENT && !now.isBefore(signer.linkExpiresAt())) {
            throw new SigningLinkException(SigningLinkException.Reason.EXPIRED, TEXTS.text("link.expired",
                    Map.of("date", signer.linkExpiresAt().atZone(NETHERLANDS).toLocalDate())));
        }
    }

    /** The link can still be used to sign or decline: its signer has not answered. */
    static void requireUnanswered(Envelope.Signer signer) {
        if (signer.status() == SignerStatus.SIGNED || signer.status() == SignerStatus.DECLINED) {
            throw new SigningLinkException(SigningLinkException.Reason.ANSWERED, signer.status() == SignerStatus.SIGNED
                    ? TEXTS.text("link.signed-already", Map.of("date", signer.signedAt().atZone(NETHERLANDS)
                    .toLocalDate()))
                    : TEXTS.text("link.declined-already"));
        }
    }

    /** No such link: mistyped, forged, or replaced by a newer one. */
    static SigningLinkException unknown() {
        return new SigningLinkException(SigningLinkException.Reason.UNKNOWN, TEXTS.text("link.unknown"));
    }
}
