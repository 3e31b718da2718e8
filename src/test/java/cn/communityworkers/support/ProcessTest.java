package cn.communityworkers.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real models on the real engine and database, without an HTTP server. The job executor and the sweep of
 * overdue tasks are off: a test fires timers, runs jobs and sweeps itself, so that it knows what has happened.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"camunda.bpm.job-execution.enabled=false", "workflow.overdue-sweep-enabled=false"})
@ActiveProfiles(resolver = TestProfiles.class)
public @interface ProcessTest {
}
