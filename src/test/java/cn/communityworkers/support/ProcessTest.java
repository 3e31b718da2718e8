package cn.communityworkers.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real models on the real engine and database, without an HTTP server and (on H2) without the demo county. The
 * job executor, the sweep of overdue tasks and the daily contract-expiry check are off: a test fires timers, runs
 * jobs, sweeps and checks itself, so that it
 * knows what has happened.
 * <p>
 * Every process test shares this one application context (Spring caches it for the JVM): a test class must not add
 * properties, profiles or mock beans of its own, which would start a second engine. Settings a test needs are set
 * here for all: a pay run recomputes 2 workers a batch, so that PayAdjustmentProcessTest's small county takes
 * several batches (no other process test starts a pay run); the yearly training checks start only when a test
 * starts them (TrainingCheckTriggerTest).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"camunda.bpm.job-execution.enabled=false", "workflow.overdue-sweep-enabled=false",
            "workforce.pay-run.batch-size=2", "training.check-sweep-enabled=false",
            "workforce.contract-expiry.check-enabled=false"})
@ActiveProfiles(resolver = TestProfiles.ForProcessTests.class)
public @interface ProcessTest {
}
