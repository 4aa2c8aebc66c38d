package nl.eentegeneenzaamheid.coalition.signing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.platform.Texts;
import nl.eentegeneenzaamheid.coalition.signing.internal.AgreementDrafts;
import nl.eentegeneenzaamheid.coalition.signing.internal.AuditTrail;
import nl.eentegeneenzaamheid.coalition.signing.internal.EnvelopeRepository;
import nl.eentegeneenzaamheid.coalition.signing.internal.Party;
import nl.eentegeneenzaamheid.coalition.signing.internal.SigningProperties;
import nl.eentegeneenzaamheid.coalition.signing.internal.SigningRecords;
import org.springframework.stereotype.Component;

import static nl.eentegeneenzaamheid.coalition.signing.internal.SigningTexts.TEXTS;

/**
 * Carries out staff's decision on a stuck envelope, once {@link StaffDecisionPolicy} allowed it: each decision is the
 * envelope's transition, then what follows outside it (a new version, the paper path, the journey stopped).
 */
@Component
class StaffDecisions {

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final EnvelopeRepository repository;
    private final SigningRecords records;
    private final AgreementDrafts drafts;
    private final EnvelopeDispatch dispatch;
    private final Journeys journeys;
    private final AuditTrail audit;
    private final SigningProperties properties;
    private final Clock clock;

    StaffDecisions(EnvelopeRepository repository, SigningRecords records, AgreementDrafts drafts,
                   EnvelopeDispatch dispatch, Journeys journeys, AuditTrail audit, SigningProperties properties,
                   Clock clock) {
        this.repository = repository;
        this.records = records;
        this.drafts = drafts;
        this.dispatch = dispatch;
        this.journeys = journeys;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Applies the decision; returns the envelope the signing now stands on (a new one after continue or restart). */
    UUID apply(Envelope envelope, SigningDecision decision, String note, String staffMember) {
        envelope.requireAllowed(decision);
        Actor actor = Actor.staff(staffMember);
        Instant now = Instant.now(clock);
        String noted = note == null || note.isBlank() ? "" : ": " + note.strip();
        return switch (decision) {
            case EXTEND -> extend(envelope, noted, actor, now);
            case CONTINUE_WITHOUT -> continueWithout(envelope, actor, now);
            case RESTART -> {
                supersede(envelope, decision, actor, TEXTS.text("audit.restarted", Map.of("note", noted)), now);
                Onboarding onboarding = journeys.get(envelope.onboardingId());
                yield dispatch.create(onboarding, drafts.everyone(onboarding), envelope.order(), actor);
            }
            case PAPER -> {
                supersede(envelope, decision, actor, TEXTS.text("audit.on-paper", Map.of("note", noted)), now);
                records.changeMethod(envelope.onboardingId(), SigningMethod.PAPER);
                journeys.record(envelope.onboardingId(), "signing-on-paper", TEXTS.text("journey.signing-on-paper"),
                        actor.id());
                yield envelope.id();
            }
            case STOP -> stop(envelope, note, staffMember, actor, now);
        };
    }

    private UUID extend(Envelope envelope, String noted, Actor actor, Instant now) {
        Instant expiresAt = now.plus(properties.linkValidity());
        envelope.extend(expiresAt);
        repository.save(envelope);
        audit.append(envelope.id(), "extended", actor, envelope.documentSha256(), TEXTS.text("audit.extended",
                Map.of("until", expiresAt, "note", noted)));
        journeys.record(envelope.onboardingId(), "signing-extended", TEXTS.text("journey.signing-extended",
                Map.of("date", expiresAt.atZone(NETHERLANDS).toLocalDate())), actor.id());
        dispatch.dispatch(envelope);
        dispatch.saveAndPublish(envelope);
        return envelope.id();
    }

    private UUID continueWithout(Envelope envelope, Actor actor, Instant now) {
        List<Envelope.Signer> leftOut = envelope.leftOutOfNextVersion();
        List<UUID> leftOutIds = leftOut.stream().map(Envelope.Signer::id).toList();
        List<Envelope.Signer> signers = envelope.signers();
        List<Party> parties = repository.parties(envelope.id());
        List<Party> remaining = java.util.stream.IntStream.range(0, signers.size())
                .filter(i -> !leftOutIds.contains(signers.get(i).id())).mapToObj(parties::get).toList();
        supersede(envelope, SigningDecision.CONTINUE_WITHOUT, actor, TEXTS.text("audit.superseded-without",
                Map.of("organisations", leftOut.stream().map(Envelope.Signer::organisation)
                        .collect(Collectors.joining(", ")))), now);
        return dispatch.create(journeys.get(envelope.onboardingId()), remaining, envelope.order(), actor);
    }

    private void supersede(Envelope envelope, SigningDecision decision, Actor actor, String reason, Instant now) {
        envelope.supersede(decision, reason, now);
        repository.save(envelope);
        audit.append(envelope.id(), "superseded", actor, envelope.documentSha256(), reason);
    }

    private UUID stop(Envelope envelope, String note, String staffMember, Actor actor, Instant now) {
        String reason = Texts.required(note, "Stopping needs a reason: the municipality is told");
        envelope.stop(reason, now);
        repository.save(envelope);
        audit.append(envelope.id(), "stopped", actor, envelope.documentSha256(), reason);
        records.stop(envelope.onboardingId());
        journeys.stop(envelope.onboardingId(), Stage.SIGNING, reason, staffMember,
                TEXTS.text("journey.signing-stopped", Map.of("reason", reason)));
        dispatch.publish(envelope);
        return envelope.id();
    }
}
