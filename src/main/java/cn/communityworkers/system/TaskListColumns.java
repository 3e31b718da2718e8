package cn.communityworkers.system;

import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.rest.FilterRestService;
import org.camunda.bpm.engine.rest.hal.task.HalTask;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.FilterRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.sub.runtime.FilterResource;
import org.camunda.bpm.engine.rest.sub.runtime.impl.FilterResourceImpl;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The shared Tasklist filters' lists for every approver: their columns (worker, community, street) read from the
 * process as the task itself sees it, and the filter read once per call ({@link Filter}).
 * <p>
 * Tasklist lists a filter's tasks with the variables the filter names ({@code _embedded.variable} of each task).
 * Camunda reads them with the caller's permissions on the process instance, which a task's candidate group does not
 * have, and only from the task, its execution and its process instance. Here the filters' lists ({@code /engine-rest}
 * and the webapps' engine API) read them for the tasks the engine's filter query has just listed with the caller's
 * authorizations, as {@code GET /task/{id}/variables} gives them to anyone who may read the task: the task's own
 * first, then its execution's and every enclosing execution's up to the process instance, the nearest first. Only the
 * variables the filter names; the tasks' rows are the engine's.
 * <p>
 * Before, every user task got a copy of these variables of its own when it was created (three variables, each a
 * runtime, a history and a detail row, and a query for the new task's variables).
 */
public final class TaskListColumns {

    /** The variables the filters show, with their column labels. */
    public static final List<String[]> COLUMNS = List.of(
            new String[] {CaseVariables.WORKER_NAME.name(), "社区工作者"},
            new String[] {CaseVariables.COMMUNITY_NAME.name(), "社区"},
            new String[] {CaseVariables.STREET_NAME.name(), "街道"});

    private TaskListColumns() {
    }

    /** Camunda's resource classes with its two roots (default and named engine) replaced by those with these lists. */
    static Set<Class<?>> withColumns(Set<Class<?>> resources) {
        Set<Class<?>> replaced = new HashSet<>(resources);
        if (replaced.remove(DefaultProcessEngineRestServiceImpl.class)) {
            replaced.add(DefaultEngine.class);
        }
        if (replaced.remove(NamedProcessEngineRestServiceImpl.class)) {
            replaced.add(NamedEngine.class);
        }
        return replaced;
    }

    static FilterRestService filters(String engineName, ObjectMapper objectMapper, URI relativeEngineUri) {
        Filters filters = new Filters(engineName, objectMapper);
        filters.setRelativeRootResourceUri(relativeEngineUri.toASCIIString());
        return filters;
    }

    /** {@code /engine-rest/filter}. */
    @Path("")
    public static class DefaultEngine extends DefaultProcessEngineRestServiceImpl {

        @Override
        @Path(FilterRestService.PATH)
        public FilterRestService getFilterRestService() {
            return filters(null, getObjectMapper(), getRelativeEngineUri(null));
        }
    }

    /** {@code …/engine/{name}/filter}: Tasklist's, on the webapps' engine API. */
    @Path(NamedProcessEngineRestServiceImpl.PATH)
    public static class NamedEngine extends NamedProcessEngineRestServiceImpl {

        @Override
        @Path("/{name}" + FilterRestService.PATH)
        public FilterRestService getFilterRestService(@PathParam("name") String engineName) {
            return filters(engineName, getObjectMapper(), getRelativeEngineUri(engineName));
        }
    }

    public static class Filters extends FilterRestServiceImpl {

        public Filters(String engineName, ObjectMapper objectMapper) {
            super(engineName, objectMapper);
        }

        @Override
        public FilterResource getFilter(String filterId) {
            return new Filter(getProcessEngine().getName(), getObjectMapper(), filterId, relativeRootResourcePath);
        }
    }

    /**
     * One filter, read once per call: its page of tasks and their count from the filter this call has read with the
     * caller's permission to read it ({@link #getDbFilter()}), where Camunda's commands read it and check that
     * permission again for the page and again for the count in the same answer (a task page, its list and its count
     * call, read the filter five times; now twice). Its tasks' variables read as each task sees them.
     */
    public static class Filter extends FilterResourceImpl {

        /** An execution's parent, for the executions of the tasks' process instances. */
        private final Map<String, String> parents = new HashMap<>();

        public Filter(String engineName, ObjectMapper objectMapper, String filterId, String relativeRootResourcePath) {
            super(engineName, objectMapper, filterId, relativeRootResourcePath);
        }

        @Override
        protected List<?> executeFilterList(String extendingQuery, Integer firstResult, Integer maxResults) {
            if (firstResult == null && maxResults == null) {
                return super.executeFilterList(extendingQuery, null, null);
            }
            Query<?, ?> extending = convertQuery(extendingQuery);
            return onTheFilterRead(new PageOfRead(getDbFilter(), extending, firstResult == null ? 0 : firstResult,
                    maxResults == null ? Integer.MAX_VALUE : maxResults));
        }

        @Override
        protected long executeFilterCount(String extendingQuery) {
            Query<?, ?> extending = convertQuery(extendingQuery);
            return onTheFilterRead(new CountOfRead(getDbFilter(), extending));
        }

        /** A command on the filter this call has read; an extending query the filter cannot take is bad input. */
        private <T> T onTheFilterRead(Command<T> command) {
            try {
                return configuration().getCommandExecutorTxRequired().execute(command);
            } catch (NotValidException e) {
                throw invalidQuery(e);
            }
        }

        /**
         * The scopes whose variables the tasks see, each task's nearest first: the task, its execution and the
         * executions that enclose it, up to the process instance (Camunda's list stops at the execution and the
         * process instance, and skips the executions between).
         */
        @Override
        protected LinkedHashSet<String> getVariableScopeIds(HalTask... tasks) {
            readParents(tasks);
            LinkedHashSet<String> scopes = new LinkedHashSet<>();
            for (HalTask task : tasks) {
                scopes.add(task.getId());
                for (String execution = task.getExecutionId(); execution != null; execution = parents.get(execution)) {
                    scopes.add(execution);
                }
                scopes.add(task.getProcessInstanceId());
                scopes.add(task.getCaseExecutionId());
                scopes.add(task.getCaseInstanceId());
            }
            scopes.remove(null);
            return scopes;
        }

        /**
         * The named variables of those scopes, without a check of the caller's permissions on the process instances:
         * the scopes are those of tasks the engine has just listed for the caller, who may read them and so their
         * variables.
         */
        @Override
        protected List<VariableInstance> queryVariablesInstancesByVariableScopeIds(Collection<String> names,
                Collection<String> scopes) {
            return configuration().getCommandExecutorTxRequired().execute(context -> {
                context.disableAuthorizationCheck();
                VariableInstanceQueryImpl query = new VariableInstanceQueryImpl();
                query.disableBinaryFetching().disableCustomObjectDeserialization()
                        .variableNameIn(names.toArray(String[]::new)).variableScopeIdIn(scopes.toArray(String[]::new));
                return query.executeList(context, null);
            });
        }

        private void readParents(HalTask... tasks) {
            Set<String> instances = new HashSet<>();
            for (HalTask task : tasks) {
                String execution = task.getExecutionId();
                if (execution != null && !execution.equals(task.getProcessInstanceId()) && !parents.containsKey(execution)) {
                    instances.add(task.getProcessInstanceId());
                }
            }
            if (instances.isEmpty()) {
                return;
            }
            ProcessEngineConfigurationImpl configuration = configuration();
            new NamedParameterJdbcTemplate(configuration.getDataSource()).query("select ID_, PARENT_ID_ from "
                            + configuration.getDatabaseTablePrefix() + "ACT_RU_EXECUTION where PROC_INST_ID_ in (:instances)",
                    Map.of("instances", instances), row -> {
                        parents.put(row.getString(1), row.getString(2));
                    });
        }

        private ProcessEngineConfigurationImpl configuration() {
            return (ProcessEngineConfigurationImpl) getProcessEngine().getProcessEngineConfiguration();
        }
    }

    /** A filter already read, extended as Camunda's filter commands extend the filter they read. */
    private static org.camunda.bpm.engine.filter.Filter extended(org.camunda.bpm.engine.filter.Filter read,
            Query<?, ?> extending) {
        if (extending == null) {
            return read;
        }
        ((AbstractQuery<?, ?>) extending).validate();
        return read.extend(extending);
    }

    /** Camunda's command for a page of a filter's results, of a filter read before in the same call. */
    private static final class PageOfRead extends ExecuteFilterListPageCmd {

        private static final long serialVersionUID = 1L;

        private final transient org.camunda.bpm.engine.filter.Filter read;

        PageOfRead(org.camunda.bpm.engine.filter.Filter read, Query<?, ?> extending, int firstResult, int maxResults) {
            super(read.getId(), extending, firstResult, maxResults);
            this.read = read;
        }

        @Override
        protected org.camunda.bpm.engine.filter.Filter getFilter(CommandContext context) {
            return extended(read, extendingQuery);
        }
    }

    /** Camunda's command for the count of a filter's results, of a filter read before in the same call. */
    private static final class CountOfRead extends ExecuteFilterCountCmd {

        private static final long serialVersionUID = 1L;

        private final transient org.camunda.bpm.engine.filter.Filter read;

        CountOfRead(org.camunda.bpm.engine.filter.Filter read, Query<?, ?> extending) {
            super(read.getId(), extending);
            this.read = read;
        }

        @Override
        protected org.camunda.bpm.engine.filter.Filter getFilter(CommandContext context) {
            return extended(read, extendingQuery);
        }
    }
}
