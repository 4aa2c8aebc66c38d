package nl.eentegeneenzaamheid.coalition.signing;

import static nl.eentegeneenzaamheid.coalition.signing.EnvelopeTest.EXPIRES;
import static nl.eentegeneenzaamheid.coalition.signing.EnvelopeTest.NOW;
import static nl.eentegeneenzaamheid.coalition.signing.EnvelopeTest.restored;
import static nl.eentegeneenzaamheid.coalition.signing.EnvelopeTest.signer;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** When a signer's link still works, and what its signer reads when it does not. Plain Java. */
class LinkPolicyTest {

    @Test
    void an_open_envelope_and_a_live_link_can_be_seen_and_used() {
        Envelope envelope = restored(EnvelopeStatus.OPEN, SignerStatus.SENT);
        Envelope.Signer signer = envelope.signers().get(0);

        assertThatCode(() -> LinkPolicy.requireViewable(envelope, signer, NOW)).doesNotThrowAnyException();
        assertThatCode(() -> LinkPolicy.requireUnanswered(signer)).doesNotThrowAnyException();
    }

    @Test
    void a_link_past_its_term_is_refused_with_its_date() {
        Envelope envelope = restored(EnvelopeStatus.OPEN, SignerStatus.SENT);

        assertThatThrownBy(() -> LinkPolicy.requireViewable(envelope, envelope.signers().get(0), EXPIRES))
                .isInstanceOfSatisfying(SigningLinkException.class, e -> assertReason(e,
                        SigningLinkException.Reason.EXPIRED))
                .hasMessageStartingWith("Deze link is verlopen op 2026-11-16.");
    }

    @Test
    void a_closed_envelope_says_why_and_an_expired_one_still_shows_who_signed_where_they_stand() {
        Envelope voided = new Envelope(UUID.randomUUID(), UUID.randomUUID(), "GM0096", "Vlieland", 1,
                EnvelopeStatus.VOIDED, SigningOrder.PARALLEL, "sha", NOW, EXPIRES, NOW, "Fout in de \"naam\"",
                null, null, List.of(signer(SignerRole.ALDERMAN, SignerStatus.SENT)));
        assertThatThrownBy(() -> LinkPolicy.requireViewable(voided, voided.signers().get(0), NOW))
                .isInstanceOfSatisfying(SigningLinkException.class, e -> assertReason(e,
                        SigningLinkException.Reason.CLOSED))
                .hasMessageContaining("ingetrokken door het programmateam: Fout in de \"naam\"");

        Envelope expired = restored(EnvelopeStatus.EXPIRED, SignerStatus.SIGNED, SignerStatus.SENT);
        assertThatCode(() -> LinkPolicy.requireViewable(expired, expired.signers().get(0), NOW))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> LinkPolicy.requireViewable(expired, expired.signers().get(1), NOW))
                .isInstanceOfSatisfying(SigningLinkException.class, e -> assertReason(e,
                        SigningLinkException.Reason.EXPIRED));
    }

    @Test
    void a_signer_who_answered_cannot_answer_again() {
        assertThatThrownBy(() -> LinkPolicy.requireUnanswered(signer(SignerRole.PARTNER, SignerStatus.SIGNED)))
                .hasMessageStartingWith("U heeft deze verklaring al ondertekend op 2026-11-02.");
        assertThatThrownBy(() -> LinkPolicy.requireUnanswered(signer(SignerRole.PARTNER, SignerStatus.DECLINED)))
                .isInstanceOfSatisfying(SigningLinkException.class, e -> assertReason(e,
                        SigningLinkException.Reason.ANSWERED));
    }

    private static void assertReason(SigningLinkException e, SigningLinkException.Reason reason) {
        org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(reason);
    }
}
