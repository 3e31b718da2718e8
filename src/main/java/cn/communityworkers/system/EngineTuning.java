package cn.communityworkers.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Two costs of the engine's own code that a profile of the year-end campaign found (benchmark tuning record):
 * <ul>
 * <li>Before every insert the engine checks that the new row has an id and that it is not the authorization
 * wildcard {@code *}, and builds the error message first, the whole entity as text, whether the id is valid or
 * not: a sixth of the job executor's time while a campaign starts. The entity manager here builds it only for a
 * missing id or the wildcard, so the check and its error stay the engine's own.</li>
 * <li>Each timer's due date is computed with a new {@link javax.xml.datatype.DatatypeFactory}, which without
 * the system property {@value #DATATYPE_FACTORY} searches every jar on the class path for another implementation
 * (Java's service loader) for each timer. The property names the JDK's own, the one that search ends with.</li>
 * </ul>
 */
@Component
class EngineTuning extends AbstractProcessEnginePlugin {

    static final String DATATYPE_FACTORY = "javax.xml.datatype.DatatypeFactory";
    static final String JDK_DATATYPE_FACTORY = "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (System.getProperty(DATATYPE_FACTORY) == null) {
            System.setProperty(DATATYPE_FACTORY, JDK_DATATYPE_FACTORY);
        }
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new EntityManagerFactory(configuration));
        configuration.setCustomSessionFactories(factories);
    }

    /** The engine's entity manager, with the id check's message built only when it is needed. */
    static class EntityManagerFactory extends DbEntityManagerFactory {

        private final ProcessEngineConfigurationImpl configuration;

        EntityManagerFactory(ProcessEngineConfigurationImpl configuration) {
            // The id generator is set up after the plugins' preInit: it is read when a session opens.
            super(null);
            this.configuration = configuration;
        }

        @Override
        public DbEntityManager openSession() {
            PersistenceSession persistence = Context.getCommandContext().getSession(PersistenceSession.class);
            return new DbEntityManager(configuration.getIdGenerator(), persistence) {
                @Override
                protected void validateId(DbEntity entity) {
                    if (entity.getId() == null || Authorization.ANY.equals(entity.getId())) {
                        super.validateId(entity);
                    }
                }
            };
        }
    }
}
