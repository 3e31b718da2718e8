package cn.communityworkers.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call that the system makes on a user's behalf after the project's own rules have
 * allowed the request (e.g. evaluating the grading decision when a county HR officer registers a
 * worker). The engine still records the user as the author; only its authorization check is skipped.
 */
@Component
public class SystemActions {

    private final ProcessEngineConfigurationImpl configuration;

    SystemActions(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    public <T> T run(Supplier<T> action) {
        return configuration.getCommandExecutorTxRequired()
                .execute(commandContext -> commandContext.runWithoutAuthorization(action::get));
    }
}
