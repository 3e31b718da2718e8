package cn.communityworkers.audit;

import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.impl.HistoricDetailQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.springframework.stereotype.Component;

import cn.communityworkers.system.CaseVariables;
import cn.communityworkers.system.EnginePlugins;

/**
 * Engine plugin: the history keeps no detail row for a variable that names the case or the year it is about
 * ({@link CaseVariables}) when the system gives it to an instance's start, as a campaign starts a whole county's
 * assessments. Its historic variable instance holds the same value, time, execution and activity instance, and the
 * trail reads the creation from there ({@link TrailBuilder}); a detail row would only repeat it, in the engine's table
 * with the most indexes (15). A person's start (a campaign's, over REST) is an operation of theirs: its details stay.
 * <p>
 * Only a creation that the historic variable instance tells exactly: given to the start, by no person's operation, on
 * no task, written where it lives, a value without bytes. Before anything changes such a variable afterwards (only an
 * administrator may; a migration moves it), its creation's detail is written from the historic variable instance as
 * it still stands, so the history of every change is complete, as with the engine's own handler.
 * <p>
 * The engine's history handler is replaced by this one, which does all it does besides.
 */
@Component
class StartNamesHistory extends AbstractProcessEnginePlugin {

    static final Set<String> NAMES = Set.of(CaseVariables.WORKER_ID.name(), CaseVariables.WORKER_NAME.name(),
            CaseVariables.COMMUNITY_NAME.name(), CaseVariables.STREET_NAME.name(), CaseVariables.COUNTY_NAME.name(),
            CaseVariables.YEAR.name());

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EnginePlugins.addHistoryEventHandler(configuration, new Handler());
        configuration.setEnableDefaultDbHistoryEventHandler(false);
    }

    /** Whether a variable's creation is one whose detail the history leaves out. */
    static boolean toldByItsInstance(HistoricVariableUpdateEventEntity event) {
        return event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
                && NAMES.contains(event.getVariableName())
                && Boolean.TRUE.equals(event.isInitial()) && event.getUserOperationId() == null
                && event.getTaskId() == null && event.getByteValue() == null
                && Objects.equals(event.getActivityInstanceId(), event.getScopeActivityInstanceId());
    }

    private static final class Handler extends DbHistoryEventHandler {

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            if (toldByItsInstance(event)) {
                return false;
            }
            if (NAMES.contains(event.getVariableName())
                    && !event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)) {
                writeCreationIfLeftOut(event.getVariableInstanceId());
            }
            return super.shouldWriteHistoricDetail(event);
        }

        /**
         * The creation's detail, from the historic variable instance before the change, if it was left out. The
         * transaction's details are looked up under the cache's key of all details: asked for one of its subclasses,
         * the engine's cache answers nothing (it compares the subclass with its own holder's class).
         */
        private void writeCreationIfLeftOut(String variableInstanceId) {
            CommandContext context = Context.getCommandContext();
            DbEntityManager entities = context.getDbEntityManager();
            HistoricVariableInstanceEntity variable = entities.selectById(HistoricVariableInstanceEntity.class,
                    variableInstanceId);
            HistoricDetailQueryImpl itsDetails = (HistoricDetailQueryImpl) new HistoricDetailQueryImpl()
                    .variableInstanceId(variableInstanceId);
            boolean written = variable == null
                    || entities.getCachedEntitiesByType(HistoricDetailEventEntity.class).stream()
                            .anyMatch(detail -> detail instanceof HistoricVariableUpdateEventEntity update
                                    && variableInstanceId.equals(update.getVariableInstanceId()))
                    || context.runWithoutAuthorization(() -> context.getHistoricDetailManager()
                            .findHistoricDetailCountByQueryCriteria(itsDetails)) > 0;
            if (written) {
                return;
            }
            HistoricVariableUpdateEventEntity creation = new HistoricVariableUpdateEventEntity();
            creation.setEventType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName());
            creation.setTimestamp(variable.getCreateTime());
            creation.setSequenceCounter(1);
            creation.setRevision(0);
            creation.setInitial(true);
            creation.setVariableInstanceId(variable.getId());
            creation.setVariableName(variable.getName());
            creation.setSerializerName(variable.getSerializerName());
            creation.setTextValue(variable.getTextValue());
            creation.setTextValue2(variable.getTextValue2());
            creation.setLongValue(variable.getLongValue());
            creation.setDoubleValue(variable.getDoubleValue());
            creation.setProcessDefinitionKey(variable.getProcessDefinitionKey());
            creation.setProcessDefinitionId(variable.getProcessDefinitionId());
            creation.setRootProcessInstanceId(variable.getRootProcessInstanceId());
            creation.setProcessInstanceId(variable.getProcessInstanceId());
            creation.setExecutionId(variable.getExecutionId());
            creation.setActivityInstanceId(variable.getActivityInstanceId());
            creation.setScopeActivityInstanceId(variable.getActivityInstanceId());
            creation.setTenantId(variable.getTenantId());
            creation.setRemovalTime(variable.getRemovalTime());
            entities.insert(creation);
        }
    }
}
