package cn.communityworkers.audit;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: when a process instance ends (completed, deleted or cancelled, by a user, a job or a message), asks
 * for sealing once the transaction has committed, when the instance's history is final.
 */
@Component
class SealOnEnd extends AbstractProcessEnginePlugin implements HistoryEventHandler {

    private final ApplicationEventPublisher events;

    SealOnEnd(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(this);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        CommandContext context = Context.getCommandContext();
        if (context != null && event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
            context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                    committed -> events.publishEvent(new InstancesEnded()));
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    /** Some process instances have ended and their transaction has committed. */
    record InstancesEnded() {
    }
}
