package nl.eentegeneenzaamheid.coalition.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

/**
 * The envelope aggregate's transitions, each guarded by where the envelope and its signers stand, and the events each
 * registers. Plain Java: no Spring, no database, no engine.
 */
class EnvelopeTest {

    static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    static final Instant EXPIRES = NOW.plus(Duration.ofDays(14));

    static Envelope.Signer signer(SignerRole role, SignerStatus status) {
        return new Envelope.Signer(UUID.randomUUID(), role, role == SignerRole.ALDERMAN ? "Anne" : "Piet", "wethouder",
                role == SignerRole.ALDERMAN ? "Gemeente Vlieland" : "Welzijn", "x@example.org", 1, status,
                status == SignerStatus.WAITING ? null : NOW, status == SignerStatus.WAITING ? null : EXPIRES,
                status == SignerStatus.SIGNED ? NOW : null, status == SignerStatus.SIGNED ? "Naam" : null,
                status == SignerStatus.DECLINED ? NOW : null, status == SignerStatus.DECLINED ? "Nee" : null);
    }

    /** A new envelope for the alderman and two partners, its first round sent. */
    static Envelope opened(SigningOrder order) {
        Envelope envelope = Envelope.open(UUID.randomUUID(), UUID.randomUUID(), "GM0096", "Vlieland", 1, order,
                "sha", NOW, EXPIRES, List.of(signer(SignerRole.ALDERMAN, SignerStatus.WAITING),
                        signer(SignerRole.PARTNER, SignerStatus.WAITING), signer(SignerRole.PARTNER,
                                SignerStatus.WAITING)));
        envelope.dueForLink().forEach(s -> envelope.linkSent(s.id(), UUID.randomUUID(), NOW, false));
        envelope.takeDomainEvents();
        return envelope;
    }

    static Envelope restored(EnvelopeStatus status, SignerStatus... signers) {
        List<Envelope.Signer> list = new ArrayList<>();
        for (int i = 0; i < signers.length; i++) {
            list.add(signer(i == 0 ? SignerRole.ALDERMAN : SignerRole.PARTNER, signers[i]));
        }
        return new Envelope(UUID.randomUUID(), UUID.randomUUID(), "GM0096", "Vlieland", 1, status,
                SigningOrder.PARALLEL, "sha", NOW, EXPIRES, null, null, null, null, list);
    }

    private static Envelope.Signer partner(Envelope envelope, int index) {
        return envelope.signers().stream().filter(s -> s.role() == SignerRole.PARTNER).toList().get(index);
    }

    private static Envelope.Signer alderman(Envelope envelope) {
        return envelope.signers().stream().filter(s -> s.role() == SignerRole.ALDERMAN).findFirst().orElseThrow();
    }

    @Test
    void a_new_envelope_is_open_and_asks_its_first_round_each_with_a_request_event() {
        Envelope envelope = Envelope.open(UUID.randomUUID(), UUID.randomUUID(), "GM0096", "Vlieland", 1,
                SigningOrder.ALDERMAN_LAST, "sha", NOW, EXPIRES, List.of(signer(SignerRole.ALDERMAN,
                        SignerStatus.WAITING), signer(SignerRole.PARTNER, SignerStatus.WAITING)));

        assertThat(envelope.status()).isEqualTo(EnvelopeStatus.OPEN);
        assertThat(envelope.finalDocument()).isEqualTo(FinalDocument.WAITING_FOR_SIGNATURES);
        assertThat(envelope.dueForLink()).singleElement().extracting(Envelope.Signer::role)
                .isEqualTo(SignerRole.PARTNER);
        Envelope.Signer partner = envelope.dueForLink().get(0);
        envelope.linkSent(partner.id(), UUID.randomUUID(), NOW, false);

        assertThat(envelope.signer(partner.id()).status()).isEqualTo(SignerStatus.SENT);
        assertThat(envelope.signer(partner.id()).linkExpiresAt()).isEqualTo(EXPIRES);
        assertThat(envelope.dueForLink()).isEmpty();
        assertThat(envelope.changedSigners()).extracting(Envelope.Signer::id).containsExactly(partner.id());
        assertThat(envelope.takeDomainEvents()).singleElement().isInstanceOfSatisfying(SigningRequestSent.class,
                e -> assertThat(e.round()).isEqualTo(1));
        assertThat(envelope.takeDomainEvents()).as("taken once").isEmpty();
    }

    @Test
    void the_last_signature_of_a_round_asks_the_next_and_the_last_of_all_completes_the_envelope() {
        Envelope envelope = opened(SigningOrder.ALDERMAN_LAST);
        envelope.sign(partner(envelope, 0).id(), "Piet Partner", "link", NOW);
        assertThat(envelope.completeIfAllSigned(NOW)).isFalse();
        assertThat(envelope.dueForLink()).isEmpty();
        envelope.sign(partner(envelope, 1).id(), "Piet Partner", "link", NOW);
        assertThat(envelope.dueForLink()).containsExactly(alderman(envelope));
        assertThat(envelope.takeDomainEvents()).hasSize(2).allMatch(e -> e instanceof SignatureRecorded)
                .extracting(e -> ((SignatureRecorded) e).signed()).containsExactly(1, 2);

        envelope.linkSent(alderman(envelope).id(), UUID.randomUUID(), NOW, false);
        envelope.sign(alderman(envelope).id(), "Anne Wethouder", "link", NOW);
        assertThat(envelope.completeIfAllSigned(NOW)).isTrue();
        assertThat(envelope.status()).isEqualTo(EnvelopeStatus.COMPLETED);
        assertThat(envelope.closedAt()).isEqualTo(NOW);
        assertThat(envelope.finalDocument()).isEqualTo(FinalDocument.BEING_SEALED);
    }

    @Test
    void only_a_signer_with_a_link_can_answer_and_only_while_the_envelope_is_open() {
        Envelope envelope = opened(SigningOrder.ALDERMAN_FIRST);
        UUID waiting = partner(envelope, 0).id();
        assertThatThrownBy(() -> envelope.sign(waiting, "Piet", "link", NOW))
                .isInstanceOf(EnvelopeStateException.class).hasMessageContaining("WAITING");
        envelope.decline(alderman(envelope).id(), "De raad wil niet", NOW);
        assertThatThrownBy(() -> envelope.sign(alderman(envelope).id(), "Anne", "link", NOW))
                .isInstanceOf(EnvelopeStateException.class).hasMessageContaining("DECLINED");
        assertThatThrownBy(() -> envelope.linkSent(alderman(envelope).id(), UUID.randomUUID(), NOW, true))
                .isInstanceOf(EnvelopeStateException.class);

        Envelope expired = opened(SigningOrder.PARALLEL);
        expired.expire(NOW);
        assertThatThrownBy(() -> expired.sign(partner(expired, 0).id(), "Piet", "link", NOW))
                .isInstanceOf(EnvelopeStateException.class).hasMessageContaining("EXPIRED");
    }

    @Test
    void a_decline_leaves_the_envelope_open_for_staff_to_decide() {
        Envelope envelope = opened(SigningOrder.PARALLEL);
        envelope.decline(partner(envelope, 1).id(), "Ons bestuur moet eerst instemmen", NOW);

        assertThat(envelope.status()).isEqualTo(EnvelopeStatus.OPEN);
        assertThat(partner(envelope, 1).declineReason()).isEqualTo("Ons bestuur moet eerst instemmen");
        assertThat(envelope.takeDomainEvents()).singleElement().isInstanceOf(SignatureDeclined.class);
        envelope.requireAllowed(SigningDecision.EXTEND);
    }

    @Test
    void an_open_envelope_expires_once_and_tells_how_many_signed() {
        Envelope envelope = opened(SigningOrder.PARALLEL);
        envelope.sign(alderman(envelope).id(), "Anne", "link", NOW);
        envelope.takeDomainEvents();

        assertThat(envelope.expire(NOW)).isTrue();
        assertThat(envelope.status()).isEqualTo(EnvelopeStatus.EXPIRED);
        assertThat(envelope.finalDocument()).isEqualTo(FinalDocument.NONE);
        assertThat(envelope.takeDomainEvents()).singleElement().isInstanceOfSatisfying(SigningExpired.class, e -> {
            assertThat(e.signed()).isEqualTo(1);
            assertThat(e.signers()).isEqualTo(3);
        });
        assertThat(envelope.expire(NOW)).as("an expired envelope does not expire again").isFalse();
        assertThat(envelope.takeDomainEvents()).isEmpty();
    }

    @Test
    void staff_void_an_open_or_expired_envelope_and_nothing_else() {
        for (EnvelopeStatus status : EnvelopeStatus.values()) {
            Envelope envelope = restored(status, SignerStatus.SENT, SignerStatus.SENT);
            if (status == EnvelopeStatus.OPEN || status == EnvelopeStatus.EXPIRED) {
                envelope.voidFor("Verkeerde partnerlijst", "staff:anna", NOW);
                assertThat(envelope.status()).isEqualTo(EnvelopeStatus.VOIDED);
                assertThat(envelope.closedReason()).isEqualTo("Verkeerde partnerlijst");
                assertThat(envelope.takeDomainEvents()).singleElement().isInstanceOf(SigningVoided.class);
            } else {
                assertThatThrownBy(() -> envelope.voidFor("Te laat", "staff:anna", NOW))
                        .isInstanceOf(EnvelopeStateException.class)
                        .hasMessage("The envelope is " + status + ": only an open or expired envelope can be voided");
                assertThat(envelope.status()).isEqualTo(status);
                assertThat(envelope.changed()).isFalse();
            }
        }
    }

    @Test
    void a_new_order_moves_the_turns_and_takes_the_link_from_whoever_must_now_wait() {
        Envelope envelope = opened(SigningOrder.PARALLEL);
        envelope.changeOrder(SigningOrder.ALDERMAN_LAST);

        assertThat(alderman(envelope).status()).isEqualTo(SignerStatus.WAITING);
        assertThat(alderman(envelope).round()).isEqualTo(2);
        assertThat(alderman(envelope).linkExpiresAt()).isNull();
        assertThat(partner(envelope, 0).status()).isEqualTo(SignerStatus.SENT);
        assertThat(envelope.order()).isEqualTo(SigningOrder.ALDERMAN_LAST);

        envelope.sign(partner(envelope, 0).id(), "Piet", "link", NOW);
        assertThatThrownBy(() -> envelope.changeOrder(SigningOrder.PARALLEL))
                .isInstanceOf(EnvelopeStateException.class).hasMessageContaining("already signed");
        Envelope expired = restored(EnvelopeStatus.EXPIRED, SignerStatus.SENT, SignerStatus.SENT);
        assertThatThrownBy(() -> expired.changeOrder(SigningOrder.PARALLEL))
                .isInstanceOf(EnvelopeStateException.class).hasMessageContaining("only an open envelope");
    }

    @Test
    void extending_opens_the_envelope_again_and_everyone_who_did_not_sign_waits_for_a_new_link() {
        Envelope envelope = restored(EnvelopeStatus.EXPIRED, SignerStatus.SIGNED, SignerStatus.DECLINED,
                SignerStatus.SENT);
        Instant later = EXPIRES.plus(Duration.ofDays(14));
        envelope.extend(later);

        assertThat(envelope.status()).isEqualTo(EnvelopeStatus.OPEN);
        assertThat(envelope.expiresAt()).isEqualTo(later);
        assertThat(envelope.closedAt()).isNull();
        assertThat(envelope.signers()).extracting(Envelope.Signer::status).containsExactly(SignerStatus.SIGNED,
                SignerStatus.WAITING, SignerStatus.WAITING);
        assertThat(partner(envelope, 0).declineReason()).isNull();
        assertThat(envelope.dueForLink()).hasSize(2);

        Envelope voided = restored(EnvelopeStatus.VOIDED, SignerStatus.SENT, SignerStatus.SENT);
        assertThatThrownBy(() -> voided.extend(later)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'extend' is not possible");
    }

    @Test
    void replacing_or_stopping_closes_the_envelope_but_a_voided_one_stays_voided() {
        Envelope declined = restored(EnvelopeStatus.OPEN, SignerStatus.SIGNED, SignerStatus.DECLINED);
        declined.supersede(SigningDecision.RESTART, "Opnieuw gestart", NOW);
        assertThat(declined.status()).isEqualTo(EnvelopeStatus.SUPERSEDED);
        assertThat(declined.closedReason()).isEqualTo("Opnieuw gestart");

        Envelope voided = new Envelope(UUID.randomUUID(), UUID.randomUUID(), "GM0096", "Vlieland", 1,
                EnvelopeStatus.VOIDED, SigningOrder.PARALLEL, "sha", NOW, EXPIRES, NOW, "Fout", null, null,
                List.of(signer(SignerRole.ALDERMAN, SignerStatus.SENT)));
        voided.supersede(SigningDecision.PAPER, "Verder op papier", NOW);
        voided.stop("De raad wil niet", NOW);
        assertThat(voided.status()).isEqualTo(EnvelopeStatus.VOIDED);
        assertThat(voided.closedReason()).isEqualTo("Fout");

        Envelope expired = restored(EnvelopeStatus.EXPIRED, SignerStatus.SIGNED, SignerStatus.SENT);
        expired.stop("De raad wil niet", NOW);
        assertThat(expired.status()).isEqualTo(EnvelopeStatus.STOPPED);
        assertThat(expired.closedReason()).isEqualTo("De raad wil niet");
        assertThat(expired.takeDomainEvents()).as("the journey's OnboardingStopped comes from Journeys.stop").isEmpty();

        Envelope open = restored(EnvelopeStatus.OPEN, SignerStatus.SENT, SignerStatus.SENT);
        assertThatThrownBy(() -> open.stop("Waarom", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(open.status()).isEqualTo(EnvelopeStatus.OPEN);
    }

    @Test
    void only_a_completed_envelope_is_sealed_and_a_failed_seal_shows_as_delayed() {
        Envelope open = restored(EnvelopeStatus.OPEN, SignerStatus.SENT);
        assertThatThrownBy(() -> open.sealed("sealed", NOW)).isInstanceOf(EnvelopeStateException.class);

        Envelope completed = restored(EnvelopeStatus.COMPLETED, SignerStatus.SIGNED);
        completed.sealingFailed();
        assertThat(completed.finalDocument()).isEqualTo(FinalDocument.SEALING_DELAYED);
        completed.sealed("sealed-sha", NOW);
        assertThat(completed.finalDocument()).isEqualTo(FinalDocument.SEALED);
        assertThat(completed.sealedDocumentSha256()).isEqualTo("sealed-sha");
    }

    @Test
    void staff_and_auditors_see_the_same_json_as_when_it_was_a_record() throws Exception {
        Envelope envelope = opened(SigningOrder.PARALLEL);
        JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule()).valueToTree(envelope);

        assertThat(json.fieldNames()).toIterable().containsExactly("id", "onboardingId", "municipalityCode",
                "municipalityName", "version", "status", "order", "documentSha256", "createdAt", "expiresAt",
                "closedAt", "closedReason", "sealedDocumentSha256", "sealedAt", "finalDocument", "signers");
        assertThat(json.path("signers").get(0).fieldNames()).toIterable().containsExactly("id", "role", "name",
                "title", "organisation", "email", "round", "status", "sentAt", "linkExpiresAt", "signedAt",
                "signedName", "declinedAt", "declineReason");
        assertThat(json.path("finalDocument").asText()).isEqualTo("WAITING_FOR_SIGNATURES");
    }
}
