package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.communityworkers.support.ProcessTest;
import cn.communityworkers.support.TestModels;

/**
 * An instance that ends is recorded as unsealed in the transaction that ends it, and sealing is asked for then (not
 * whenever one of its activities ends); the sweeps seal what was recorded without reading the whole history.
 */
@ProcessTest
@RecordApplicationEvents
class SealOnEndTest {

    static final String KEY = "sealOnEndProbe";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Seals seals;
    @Autowired
    Sealer sealer;
    @Autowired
    ApplicationEvents events;

    /** Two tasks one after the other. */
    @BeforeAll
    static void deploy(@Autowired RepositoryService repositoryService) {
        TestModels.deploy(repositoryService, Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_First").userTask("Task_Second").endEvent().done());
    }

    String started() {
        return runtimeService.startProcessInstanceByKey(KEY).getId();
    }

    void completeNextTask(String instance) {
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
    }

    Timestamp recordedAsUnsealed(String instance) {
        return jdbc.query("select ended_at from audit_unsealed where process_instance_id = ?",
                rs -> rs.next() ? rs.getTimestamp(1) : null, instance);
    }

    int seals(String instance) {
        return jdbc.queryForObject("select count(*) from audit_seal where process_instance_id = ?", Integer.class,
                instance);
    }

    @Test
    void onlyTheTransactionThatEndsTheInstanceAsksForSealing() {
        String instance = started();
        completeNextTask(instance);
        // The start event and the first task have ended, each with an end event in the history: no instance has.
        assertThat(events.stream(SealOnEnd.InstancesEnded.class)).isEmpty();
        assertThat(recordedAsUnsealed(instance)).isNull();

        completeNextTask(instance);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(events.stream(SealOnEnd.InstancesEnded.class)).hasSize(1);
    }

    @Test
    void theEndIsRecordedAsUnsealedInItsOwnTransactionAndUndoneWithIt() {
        String instance = started();
        completeNextTask(instance);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            completeNextTask(instance);
            assertThat(recordedAsUnsealed(instance).toInstant()).isEqualTo(historyService
                    .createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getEndTime()
                    .toInstant());
            status.setRollbackOnly();
        });
        assertThat(recordedAsUnsealed(instance)).isNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
    }

    @Test
    void theSweepsSealWhatWasRecordedAndTheFirstOfEachStartAlsoWhatWasNot() {
        // The first sweep since the start (the whole history) is over: the sweeps after it read the record.
        sealer.sealPending();
        String recorded = started();
        completeNextTask(recorded);
        completeNextTask(recorded);
        // One that ended before the record existed: in the history, not recorded.
        String notRecorded = started();
        completeNextTask(notRecorded);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            completeNextTask(notRecorded);
            jdbc.update("delete from audit_unsealed where process_instance_id = ?", notRecorded);
        });

        seals.sealPending();
        assertThat(seals(recorded)).isOne();
        assertThat(recordedAsUnsealed(recorded)).isNull();
        assertThat(seals(notRecorded)).isZero();

        seals.sealAllEnded();
        assertThat(seals(notRecorded)).isOne();
    }
}
