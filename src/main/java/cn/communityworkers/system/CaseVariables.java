package cn.communityworkers.system;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables that name a case for people, the same in every process that has them: who the case is about and
 * where. The first step writes them from the registry for the forms, Tasklist's columns ({@link TaskListColumns}) and
 * the task descriptions; routing and registry writes read the recorded case ({@link Cases}), never these.
 */
public final class CaseVariables {

    private CaseVariables() {
    }

    /** The worker's id, where the process starts with it rather than a request's field. */
    public static final Variable<String> WORKER_ID = Variable.of("workerId", String.class);
    public static final Variable<String> WORKER_NAME = Variable.of("workerName", String.class);
    public static final Variable<String> COMMUNITY_NAME = Variable.of("communityName", String.class);
    public static final Variable<String> STREET_NAME = Variable.of("streetName", String.class);
    public static final Variable<String> COUNTY_NAME = Variable.of("countyName", String.class);
    /**
     * The year the case is about, where it has one (an assessment, a campaign, a training check): part of its business
     * key. The processes' own year variables are this one.
     */
    public static final Variable<Integer> YEAR = Variable.of("year", Integer.class);

    /** Names the case for people: the worker, their community and street (Tasklist's columns). */
    public static void setNames(VariableScope scope, String workerName, String communityName, String streetName) {
        WORKER_NAME.set(scope, workerName);
        COMMUNITY_NAME.set(scope, communityName);
        STREET_NAME.set(scope, streetName);
    }
}
