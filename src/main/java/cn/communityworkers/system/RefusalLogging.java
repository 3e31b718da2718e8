package cn.communityworkers.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * The engine logs an exception that ends a command at ERROR with its stack trace (ENGINE-16004), except those it
 * knows to be the user's doing (a bad request, a missing authorization, an optimistic lock), which it logs at
 * DEBUG. Our delegates refuse bad input with {@link FormFieldValidationException}, the exception Tasklist shows
 * as a readable message; every such refusal was an ERROR in the log, for an approver's typing mistake. Here it
 * is logged as the engine logs a bad request, as is a password the password policy refuses
 * ({@link PasswordPolicyRefusals}); every other exception stays an ERROR.
 */
@Component
class RefusalLogging extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandContextFactory factory = new CommandContextFactory() {
            @Override
            public CommandContext createCommandContext() {
                return new CommandContext(getProcessEngineConfiguration()) {
                    @Override
                    protected boolean shouldLogFine(Throwable exception) {
                        return exception instanceof FormFieldValidationException
                                || PasswordPolicyRefusals.isPolicyRefusal(exception) || super.shouldLogFine(exception);
                    }
                };
            }
        };
        // The engine gives its configuration only to the factory it creates itself.
        factory.setProcessEngineConfiguration(configuration);
        configuration.setCommandContextFactory(factory);
    }
}
