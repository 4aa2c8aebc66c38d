package nl.eentegeneenzaamheid.coalition.platform.camunda;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.eentegeneenzaamheid.coalition.platform.web.ControlCharacters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * What staff submit in Tasklist (a task's form, or a start form) is checked like API input: a refusal is a 400 with
 * the reason, which Tasklist shows, never a 500 with an exception's class name.
 * <ul>
 *   <li>Text fields: at most 4,000 characters (what the engine can store in a variable) and no control characters,
 *   checked when a user task's activity ends, before anything is stored.</li>
 *   <li>A rule a service applies to the form's values ({@link IllegalArgumentException}) or a value of the wrong
 *   type ({@link ClassCastException}) while the submission runs becomes Camunda's form validation error, which the
 *   engine's REST API answers with 400.</li>
 * </ul>
 * Outside form submissions (jobs, the API's own calls) exceptions pass unchanged.
 */
@Component
class FormSubmissionChecks extends AbstractCamundaConfiguration {

    static final int MAXIMUM_TEXT = 4000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                // when the completed task's activity ends, before anything leaves it (a task listener's failure
                // would reach the REST API wrapped, as a 500)
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_END,
                        (ExecutionListener) FormSubmissionChecks::checkText);
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        DelegateInterceptor engine = configuration.getDelegateInterceptor();
        configuration.setDelegateInterceptor(invocation -> invoke(engine, invocation));
    }

    private static void checkText(DelegateExecution execution) {
        if (!isFormSubmission()) {
            return; // a timer ending the task, a deletion: nothing was submitted
        }
        for (Map.Entry<String, Object> variable : execution.getVariables().entrySet()) {
            if (variable.getValue() instanceof String text) {
                if (text.length() > MAXIMUM_TEXT) {
                    throw new FormFieldValidationException(variable.getKey(), "'" + variable.getKey() + "' has "
                            + text.length() + " characters; at most " + MAXIMUM_TEXT + " fit");
                }
                int forbidden = ControlCharacters.firstForbidden(text);
                if (forbidden >= 0) {
                    throw new FormFieldValidationException(variable.getKey(), "'" + variable.getKey() + "' "
                            + ControlCharacters.describe(text, forbidden));
                }
            }
        }
    }

    private static void invoke(DelegateInterceptor engine, DelegateInvocation invocation) throws Exception {
        try {
            engine.handleInvocation(invocation);
        } catch (IllegalArgumentException | ClassCastException e) {
            if (!isFormSubmission()) {
                throw e;
            }
            String message = e instanceof ClassCastException ? "A field of the form has a value of the wrong type"
                    : e.getMessage();
            throw new FormFieldValidationException("form", message, e);
        }
    }

    private static boolean isFormSubmission() {
        CommandInvocationContext context = Context.getCommandInvocationContext();
        Command<?> command = context == null ? null : context.getCommand();
        return command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd
                || command instanceof SubmitStartFormCmd;
    }
}
