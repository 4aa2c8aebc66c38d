package nl.eentegeneenzaamheid.coalition.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.events.Outbox;
import nl.eentegeneenzaamheid.coalition.journey.Journeys;
import nl.eentegeneenzaamheid.coalition.journey.Onboarding;
import nl.eentegeneenzaamheid.coalition.journey.Stage;
import nl.eentegeneenzaamheid.coalition.platform.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static nl.eentegeneenzaamheid.coalition.intake.IntakeTexts.TEXTS;

/**
 * The programme staff's review of an intent, and the exchange of questions and answers it may need. Each step moves
 * the journey's stage, adds to its timeline and appends its event, in one transaction.
 */
@Service
public class IntentReview {

    static final int MAXIMUM_TEXT = 4000;

    private final Journeys journeys;
    private final Outbox outbox;
    private final IntakeWorkflow workflow;
    private final Clock clock;

    public IntentReview(Journeys journeys, Outbox outbox, IntakeWorkflow workflow, Clock clock) {
        this.journeys = journeys;
        this.outbox = outbox;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * Records the staff's decision.
     *
     * @param note the reason of a rejection or the question to the municipality; required for those two
     * @throws IllegalArgumentException when a rejection has no reason or a request no question
     * @throws nl.eentegeneenzaamheid.coalition.journey.OnboardingInWrongStageException when not in review
     */
    @Transactional
    public void decide(UUID onboardingId, ReviewDecision decision, String note, String reviewer) {
        Instant now = Instant.now(clock);
        switch (decision) {
            case APPROVE -> {
                Onboarding onboarding = journeys.advance(onboardingId, Stage.INTENT_REVIEW, Stage.RECRUITMENT);
                journeys.record(onboardingId, "intent-approved", TEXTS.text("journey.intent-approved"), reviewer);
                outbox.append(new IntentApproved(onboardingId, code(onboarding), name(onboarding), reviewer, now));
            }
            case REJECT -> {
                String reason = required(note, "A rejection needs a reason the municipality can read");
                Onboarding onboarding = journeys.advance(onboardingId, Stage.INTENT_REVIEW, Stage.REJECTED);
                journeys.record(onboardingId, "intent-rejected", TEXTS.text("journey.intent-rejected",
                        Map.of("reason", reason)), reviewer);
                outbox.append(new IntentRejected(onboardingId, code(onboarding), name(onboarding), reason, reviewer,
                        now));
            }
            case REQUEST_INFORMATION -> {
                String question = required(note, "A request for information needs the question to ask");
                Onboarding onboarding = journeys.advance(onboardingId, Stage.INTENT_REVIEW,
                        Stage.INFORMATION_REQUESTED);
                journeys.record(onboardingId, "information-requested", TEXTS.text("journey.information-requested",
                        Map.of("question", question)), reviewer);
                outbox.append(new InformationRequested(onboardingId, code(onboarding), name(onboarding), question,
                        reviewer, now));
            }
        }
    }

    /**
     * The municipality answers the staff's question; the intent goes back to review.
     *
     * @throws nl.eentegeneenzaamheid.coalition.journey.OnboardingInWrongStageException when nothing was asked
     */
    @Transactional
    public void provideInformation(UUID onboardingId, String answer, String author) {
        String text = required(answer, "The answer is empty");
        Onboarding onboarding = journeys.advance(onboardingId, Stage.INFORMATION_REQUESTED, Stage.INTENT_REVIEW);
        journeys.record(onboardingId, "information-provided", TEXTS.text("journey.information-provided",
                Map.of("answer", text)), author);
        outbox.append(new InformationProvided(onboardingId, code(onboarding), name(onboarding), text, author,
                Instant.now(clock)));
        workflow.informationProvided(onboardingId);
    }

    /** A week without an answer: records that the municipality's contact is to be reminded. */
    @Transactional
    public void remindAboutInformation(UUID onboardingId) {
        Onboarding onboarding = journeys.get(onboardingId);
        if (onboarding.stage() != Stage.INFORMATION_REQUESTED) {
            return; // answered in the meantime
        }
        journeys.record(onboardingId, "information-reminded", TEXTS.text("journey.information-reminded"),
                "system");
        outbox.append(new InformationReminded(onboardingId, code(onboarding), name(onboarding), Instant.now(clock)));
    }

    private static String required(String text, String message) {
        String required = Texts.required(text, message);
        if (required.length() > MAXIMUM_TEXT) {
            throw new IllegalArgumentException("The text is longer than " + MAXIMUM_TEXT + " characters");
        }
        return required;
    }

    private static String code(Onboarding onboarding) {
        return onboarding.municipality().code();
    }

    private static String name(Onboarding onboarding) {
        return onboarding.municipality().name();
    }
}
