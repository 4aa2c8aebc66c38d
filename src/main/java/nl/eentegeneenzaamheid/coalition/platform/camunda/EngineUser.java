package nl.eentegeneenzaamheid.coalition.platform.camunda;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting in a delegate: the staff member whose Tasklist (or engine REST) request completed the task, or
 * {@code system} for timers and jobs.
 */
public final class EngineUser {

    public static final String SYSTEM = "system";

    private EngineUser() {
    }

    public static String of(DelegateExecution execution) {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return user == null || user.getUserId() == null ? SYSTEM : user.getUserId();
    }
}
