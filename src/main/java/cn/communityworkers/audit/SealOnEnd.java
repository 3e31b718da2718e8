package cn.communityworkers.audit;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: when a process instance ends (completed, deleted or cancelled, by a user, a job or a message), asks
 * for sealing once the transaction has committed, when the instance's history is final.
 * <p>
 * Its history event handler is not a bean: the Camunda starter adds a bean of that type to the engine's handlers
 * itself, which with this plugin's own registration had every history event handled twice.
 */
@Component
class SealOnEnd extends AbstractProcessEnginePlugin {

    private final ApplicationEventPublisher events;
    private final Handler handler = new Handler();

    SealOnEnd(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(handler);
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private final class Handler implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            CommandContext context = Context.getCommandContext();
            // The engine compares only the event's name: an activity's end is an "end" too.
            if (context != null && event instanceof HistoricProcessInstanceEventEntity
                    && event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
                context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                        committed -> events.publishEvent(new InstancesEnded()));
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> historyEvents) {
            historyEvents.forEach(this::handleEvent);
        }
    }

    /** Some process instances have ended and their transaction has committed. */
    record InstancesEnded() {
    }
}
