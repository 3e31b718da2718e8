package cn.communityworkers.audit;

import java.sql.Timestamp;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.EnginePlugins;

/**
 * Engine plugin: when a process instance ends (completed, deleted or cancelled, by a user, a job or a message), records
 * it as not sealed yet ({@code audit_unsealed}) in the transaction that ends it, and asks for sealing once that
 * transaction has committed, when the instance's history is final.
 * <p>
 * Its history event handler is not a bean: the Camunda starter adds a bean of that type to the engine's handlers
 * itself, which with this plugin's own registration had every history event handled twice.
 */
@Component
class SealOnEnd extends AbstractProcessEnginePlugin {

    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Handler handler = new Handler();

    SealOnEnd(ApplicationEventPublisher events, JdbcTemplate jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EnginePlugins.addHistoryEventHandler(configuration, handler);
    }

    private final class Handler implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            CommandContext context = Context.getCommandContext();
            // The engine compares only the event's name: an activity's end is an "end" too.
            if (context != null && event instanceof HistoricProcessInstanceEventEntity ended
                    && event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
                jdbc.update("insert into audit_unsealed (process_instance_id, ended_at) select ?, ? where not exists"
                        + " (select 1 from audit_unsealed where process_instance_id = ?)", ended.getProcessInstanceId(),
                        new Timestamp(ended.getEndTime().getTime()), ended.getProcessInstanceId());
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
