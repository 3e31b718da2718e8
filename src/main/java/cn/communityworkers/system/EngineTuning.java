package cn.communityworkers.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Three costs of the engine's own code that profiles of the year-end campaign found (benchmark tuning record):
 * <ul>
 * <li>Before every insert the engine checks that the new row has an id and that it is not the authorization
 * wildcard {@code *}, and builds the error message first, the whole entity as text, whether the id is valid or
 * not: a sixth of the job executor's time while a campaign starts. The entity manager here builds it only for a
 * missing id or the wildcard, so the check and its error stay the engine's own ({@link EngineEntityManager}).</li>
 * <li>Each timer's due date is computed with a new {@link javax.xml.datatype.DatatypeFactory}, which without
 * the system property {@value #DATATYPE_FACTORY} searches every jar on the class path for another implementation
 * (Java's service loader) for each timer. The property names the JDK's own, the one that search ends with.</li>
 * <li>Every command that checks authorizations first asks the database for every group that has any
 * authorization ({@code select distinct GROUP_ID_} over all of them, one per open task), only to drop the user's
 * groups that have none from the checks' {@code in} lists: 28 ms a command at 100,000 open tasks, twice per
 * Tasklist page. A user in at most {@value #GROUPS_CHECKED_UNFILTERED} groups (ours are in one to three) is
 * checked with all of them: a group without authorizations adds nothing to the checks' outcome.</li>
 * </ul>
 */
@Component
class EngineTuning extends AbstractProcessEnginePlugin {

    static final String DATATYPE_FACTORY = "javax.xml.datatype.DatatypeFactory";
    static final String JDK_DATATYPE_FACTORY = "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl";
    /** Up to this many groups, a user's groups go into the authorization checks as they are. */
    static final int GROUPS_CHECKED_UNFILTERED = 20;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (System.getProperty(DATATYPE_FACTORY) == null) {
            System.setProperty(DATATYPE_FACTORY, JDK_DATATYPE_FACTORY);
        }
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new EngineEntityManager.Factory(configuration));
        factories.add(new AuthorizationManagerFactory());
        configuration.setCustomSessionFactories(factories);
    }

    /** The engine's authorization manager, without the look-up of all authorized groups for a user in few groups. */
    static class AuthorizationManagerFactory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuthorizationManager.class;
        }

        @Override
        public Session openSession() {
            return new AuthorizationManager() {
                @Override
                public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
                    if (authenticatedGroupIds != null && authenticatedGroupIds.size() <= GROUPS_CHECKED_UNFILTERED) {
                        return new ArrayList<>(authenticatedGroupIds);
                    }
                    return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
                }
            };
        }
    }
}
