package cn.communityworkers.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import cn.communityworkers.support.TestProfiles;

/**
 * How fast the bare engine (Camunda's defaults, full history, and this application's UUIDs as ids) can start
 * instances of a given shape, batched as the campaign batches them: the ceiling of the campaign/baseline ratio, and
 * what each part of an assessment's start costs. Not part of {@code -Pbench verify}:
 * {@code ./mvnw -Pbench verify -Dit.test=EngineCeiling}, with {@code -Ppostgres} on the database of {@code DB_URL}
 * (one schema per shape). The engine of this application,
 * its delegates and its tuning are not in it; each shape runs in a new database after 2,000 starts to warm up.
 */
class EngineCeiling {

    static final int STARTS = CampaignBench.WORKERS;
    static final int WARM_UP = 2_000;
    static final int BATCH = 50;
    static final String PROCESS_KEY = "ceiling";

    /** One process shape, started one per transaction or {@link #BATCH} per transaction, with some variables. */
    record Shape(String name, boolean batched, boolean candidateGroup, boolean assessment, int variables) {
    }

    /**
     * The assessment's start as the campaign starts it now: 5 variables, its case in the registry (#17), which its
     * gateway and timer read (7 variables until run 86).
     */
    static final Shape ASSESSMENT = new Shape("the assessment's start, 5 variables", true, true, true, 5);

    static final List<Shape> SHAPES = List.of(
            new Shape("one task, one start per transaction (the baseline)", false, false, false, 0),
            new Shape("one task", true, false, false, 0),
            new Shape("one task for a candidate group (authorizations on), 1 variable", true, true, false, 1),
            new Shape("one task for a candidate group, 3 variables", true, true, false, 3),
            new Shape("one task for a candidate group, 11 variables", true, true, false, 11),
            new Shape("the assessment's start, 3 variables", true, true, true, 3),
            new Shape("the assessment's start, 11 variables", true, true, true, 11),
            ASSESSMENT);

    @Test
    void run() throws Exception {
        String postgresUrl = TestProfiles.postgres()
                ? System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/test") : null;
        String user = System.getenv().getOrDefault("DB_USER", "postgres");
        String password = System.getenv().getOrDefault("DB_PASSWORD", "");
        BenchReport.log("engine ceiling: " + STARTS + " starts per shape, 2 threads, batches of " + BATCH);
        Map<String, Object> rates = new LinkedHashMap<>();
        double baseline = 0;
        for (int i = 0; i < SHAPES.size(); i++) {
            Shape shape = SHAPES.get(i);
            double rate = measure(shape, i, STARTS, postgresUrl, user, password);
            baseline = i == 0 ? rate : baseline;
            BenchReport.log(String.format("engine ceiling: %-66s %7.1f starts/s, %.2f × the first", shape.name(),
                    rate, rate / baseline));
            rates.put(shape.name(), BenchReport.round(rate));
        }
        BenchReport.write("ceiling.json", STARTS,
                BenchReport.ordered("database", postgresUrl == null ? "h2" : "postgres", "startsPerSecond", rates));
    }

    /**
     * Starts per second of a shape on a bare engine of its own (schema {@code bench_ceiling_<n>} on PostgreSQL), after
     * {@value #WARM_UP} starts to warm up.
     */
    static double measure(Shape shape, int n, int starts, String postgresUrl, String user, String password)
            throws Exception {
        ProcessEngine engine = BaselineEngine.bareEngine("ceiling" + n, "bench_ceiling_" + n, shape.candidateGroup(),
                true, postgresUrl, user, password);
        try {
            engine.getRepositoryService().createDeployment().addModelInstance("ceiling.bpmn", model(shape)).deploy();
            start(engine, shape, 0, WARM_UP);
            long started = System.nanoTime();
            start(engine, shape, WARM_UP, starts);
            return starts / BaselineEngine.seconds(started);
        } finally {
            engine.close();
        }
    }

    /** Starts instances {@code from} to {@code from + count - 1}, two threads, one or a batch per transaction. */
    static void start(ProcessEngine engine, Shape shape, int from, int count) throws Exception {
        RuntimeService runtime = engine.getRuntimeService();
        CommandExecutor transaction = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        int perTransaction = shape.batched() ? BATCH : 1;
        int transactions = (count + perTransaction - 1) / perTransaction;
        Parallel.run(transactions, CampaignBench.THREADS, t -> transaction.execute((Command<Void>) context -> {
            for (int i = from + t * perTransaction; i < Math.min(from + (t + 1) * perTransaction, from + count); i++) {
                runtime.startProcessInstanceByKey(PROCESS_KEY, "C-" + i, variables(shape, i));
            }
            return null;
        }));
    }

    /**
     * The assessment's start as {@code annual-assessment.bpmn} has it: in probation or not, then the community's
     * scoring task beside the wait for the satisfaction survey's message or its deadline.
     */
    static BpmnModelInstance model(Shape shape) {
        var start = Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(1).startEvent();
        if (!shape.assessment()) {
            var task = start.userTask("Task_Work");
            return (shape.candidateGroup() ? task.camundaCandidateGroups("community${communityCode}Party") : task)
                    .endEvent().done();
        }
        // A shape without the variable stands for the campaign's gateway, which reads the recorded case: the bare
        // engine has none and reads the business key instead.
        String inProbation = variables(shape, 0).containsKey("inProbation") ? "inProbation"
                : "execution.businessKey == null";
        return start.exclusiveGateway("Gateway_InProbation")
                .condition("in probation", "${" + inProbation + "}").userTask("Task_Comment")
                .camundaCandidateGroups("community${communityCode}Party").endEvent("End_Commented")
                .moveToNode("Gateway_InProbation").condition("rated", "${!(" + inProbation + ")}")
                .parallelGateway("Gateway_Split")
                .userTask("Task_Score").camundaCandidateGroups("community${communityCode}Party").endEvent("End_Scored")
                .moveToNode("Gateway_Split").eventBasedGateway().id("Gateway_Satisfaction")
                .intermediateCatchEvent("Event_Reported").message("SatisfactionReported").endEvent("End_Reported")
                .moveToNode("Gateway_Satisfaction").intermediateCatchEvent("Timer_Deadline").timerWithDuration("PT240H")
                .endEvent("End_Deadline").done();
    }

    /**
     * The candidate group reads {@code communityCode}, the assessment's gateway {@code inProbation} where the shape has
     * it. The assessment started with 11, with 7 since its case is in the registry, with 5 since its gateway and timer
     * read the case (the ceiling's 5 keep the community's code the group reads, and leave out the probation).
     */
    static Map<String, Object> variables(Shape shape, int i) {
        Map<String, Object> variables = new HashMap<>();
        if (shape.variables() >= 1) {
            variables.put("communityCode", "C" + i / 20);
        }
        if (shape.variables() >= 3) {
            variables.put("workerId", "W" + i);
        }
        if (shape.variables() == 3 || shape.variables() == 11) {
            variables.put("inProbation", false);
        }
        if (shape.variables() == 5) {
            variables.put("year", 2026);
            variables.put("workerName", "工作者" + i);
            variables.put("communityName", "社区" + i / 20);
        }
        if (shape.variables() == 11) {
            variables.put("year", 2026);
            variables.put("campaignId", "campaign");
            variables.put("streetCode", "S" + i / 200);
            variables.put("workerName", "工作者" + i);
            variables.put("communityName", "社区" + i / 20);
            variables.put("streetName", "街道" + i / 200);
            variables.put("underDisciplinaryAction", false);
            variables.put("satisfactionDeadline", "PT240H");
        }
        return variables;
    }
}
