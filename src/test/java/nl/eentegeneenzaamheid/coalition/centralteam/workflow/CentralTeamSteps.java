package nl.eentegeneenzaamheid.coalition.centralteam.workflow;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import nl.eentegeneenzaamheid.coalition.centralteam.CentralOnboardingProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The central team's steps as its process tests take them. Shared by {@code CentralTeamOnboardingProcessTest} and the
 * journey's version-6 test, whose inline onboarding has the same elements.
 */
public final class CentralTeamSteps {

    private CentralTeamSteps() {
    }

    /** The mocked {@code inviteAldermanDelegate} answers whether the alderman could be invited to a meeting. */
    public static void aldermanInvitedWillBe(JavaDelegate inviteAlderman, boolean invited) throws Exception {
        doAnswer(invocation -> {
            ((DelegateExecution) invocation.getArgument(0))
                    .setVariable(CentralOnboardingProcess.VAR_ALDERMAN_INVITED, invited);
            return null;
        }).when(inviteAlderman).execute(any());
    }
}
