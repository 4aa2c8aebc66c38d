package nl.eentegeneenzaamheid.coalition.meetings.internal;

import java.util.List;
import java.util.UUID;

import nl.eentegeneenzaamheid.coalition.meetings.MeetingScheduled;
import nl.eentegeneenzaamheid.coalition.meetings.MeetingWorkflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A meeting was scheduled, so the journeys that wait for one go on: each journey's process gets the message
 * {@code aldermen-meeting-available}, and its own step invites the alderman ({@code Meetings.inviteForJourney}).
 *
 * <p>This happens after the meeting's transaction committed, each journey in a transaction of its own, so scheduling
 * a meeting never runs another module's process steps, and one journey that fails holds up neither the meeting nor the
 * other journeys. The in-memory event is not what makes this durable: the wait is a row of
 * {@code meeting_waiting_onboarding}, deleted only in the transaction that moves the journey on. If the node dies
 * after the meeting's commit, or a journey's step fails, the row stays, and {@link #sweep()} (every few minutes, on
 * every node) lets every journey go on that still waits although a meeting that includes it is scheduled. It also
 * catches a journey that began to wait while the meeting's transaction was committing.
 */
@Component
public class WaitingJourneys {

    private static final Logger LOG = LoggerFactory.getLogger(WaitingJourneys.class);

    private final JourneyInvitations journeyInvitations;
    private final MeetingRepository meetings;
    private final MeetingWorkflow workflow;
    private final TransactionTemplate newTransaction;

    public WaitingJourneys(JourneyInvitations journeyInvitations, MeetingRepository meetings,
                           MeetingWorkflow workflow, PlatformTransactionManager transactions) {
        this.journeyInvitations = journeyInvitations;
        this.meetings = meetings;
        this.workflow = workflow;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    public void meetingScheduled(MeetingScheduled scheduled) {
        release(newTransaction.execute(status -> journeyInvitations.waitingFor(scheduled.meetingId())));
    }

    @Scheduled(fixedDelayString = "${coalition.meetings.waiting-journeys-sweep:PT5M}",
            initialDelayString = "${coalition.meetings.waiting-journeys-sweep-first:PT1M}")
    public void sweep() {
        release(newTransaction.execute(status -> journeyInvitations.waitingForAnUpcomingMeeting()));
    }

    private void release(List<UUID> onboardingIds) {
        for (UUID onboardingId : onboardingIds) {
            try {
                newTransaction.executeWithoutResult(status -> {
                    // the wait ends with this transaction; a node that deleted it first has moved the journey on
                    if (meetings.stopWaiting(onboardingId)) {
                        workflow.meetingAvailable(onboardingId);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("The journey {} waits on for a meeting; the next sweep tries again", onboardingId, e);
            }
        }
    }
}
