package nl.eentegeneenzaamheid.coalition.recruitment;

import java.util.UUID;

/**
 * The engine, seen from the recruitment: implemented by the Camunda adapter in {@code recruitment.workflow}.
 */
public interface RecruitmentWorkflow {

    /** Starts the invitation's own process, in the caller's transaction. */
    void invitationSent(UUID onboardingId, UUID invitationId, String organisationName);

    /** Tells the municipality's journey that its recruitment is complete. */
    void recruitmentCompleted(UUID onboardingId);

    /** Tells the invitation's process how it was answered (one of InvitationProcess.MESSAGE_*). */
    void invitationEnded(UUID invitationId, String message);
}
