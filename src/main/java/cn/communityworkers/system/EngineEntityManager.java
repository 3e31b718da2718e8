package cn.communityworkers.system;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperationManager;

/**
 * The engine's entity manager, through which every row the engine writes passes, with two changes:
 * <ul>
 * <li>The check that a new row has an id builds its message only when the id is missing or the authorization
 * wildcard (a sixth of the campaign's time, see {@link EngineTuning}).</li>
 * <li>A command sent by an auditor who is not an administrator writes nothing: if it would insert, update or delete
 * any row, it fails instead, whichever endpoint sent it and whatever the engine's authorizations would allow
 * ({@link EngineWriteGuard#readOnly()}).</li>
 * </ul>
 */
class EngineEntityManager extends DbEntityManager {

    EngineEntityManager(ProcessEngineConfigurationImpl configuration, PersistenceSession persistence) {
        super(configuration.getIdGenerator(), persistence);
    }

    @Override
    protected void validateId(DbEntity entity) {
        if (entity.getId() == null || Authorization.ANY.equals(entity.getId())) {
            super.validateId(entity);
        }
    }

    @Override
    public void flush() {
        flushEntityCache();
        if (EngineWriteGuard.readOnly() && writes(getDbOperationManager())) {
            throw new AuthorizationException("审计人员只能查阅,不能修改任何数据");
        }
        flushDbOperationManager();
    }

    private static boolean writes(DbOperationManager operations) {
        return !operations.inserts.isEmpty() || !operations.updates.isEmpty() || !operations.deletes.isEmpty()
                || !operations.bulkOperations.isEmpty() || !operations.bulkOperationsInsertionOrder.isEmpty();
    }

    /** Opens this entity manager for each command context. */
    static class Factory extends DbEntityManagerFactory {

        private final ProcessEngineConfigurationImpl configuration;

        Factory(ProcessEngineConfigurationImpl configuration) {
            // The id generator is set up after the plugins' preInit: it is read when a session opens.
            super(null);
            this.configuration = configuration;
        }

        @Override
        public DbEntityManager openSession() {
            return new EngineEntityManager(configuration,
                    Context.getCommandContext().getSession(PersistenceSession.class));
        }
    }
}
