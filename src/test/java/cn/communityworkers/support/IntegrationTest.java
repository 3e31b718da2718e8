package cn.communityworkers.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, with its real security, talked to over HTTP. The yearly training checks
 * start only with the demo county or when a test starts them, never by the sweep in the middle of another test. The
 * daily contract-expiry check runs only when a test calls it ({@code ContractExpiryCheck.openDue}), so that workers the tests register with
 * contracts ending soon get no decision they do not expect (the demo county opens its own).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"training.check-sweep-enabled=false", "workforce.contract-expiry.check-enabled=false"})
@ActiveProfiles(resolver = TestProfiles.class)
public @interface IntegrationTest {
}
