package cn.communityworkers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;
import org.springframework.test.context.TestPropertySource;

import cn.communityworkers.support.IntegrationTest;
import cn.communityworkers.support.TestProfiles;

/**
 * #17 item 7, accounts, with the configuration of a real installation: no demo profile (so the password policy is
 * on, as in application.yaml), an administrator created at start with a compliant password, and a login delay of
 * one second (Camunda's default starts at 3 and grows to 60) so that the test can wait it out. It runs in a JVM of
 * its own (tag {@code own-application}): a second application in the JVM of the other tests would take the engine
 * name {@code default}, and with it their REST API's engine, from them.
 */
@IntegrationTest
@Tag("own-application")
@ActiveProfiles(resolver = AccountAttacksIT.WithoutDemo.class)
@TestPropertySource(properties = {
        "camunda.bpm.admin-user.id=" + AccountAttacksIT.ADMIN,
        "camunda.bpm.admin-user.password=" + AccountAttacksIT.ADMIN_PASSWORD,
        "camunda.bpm.generic-properties.properties.loginDelayBase=1",
        "camunda.bpm.generic-properties.properties.loginDelayFactor=1",
        "camunda.bpm.generic-properties.properties.loginDelayMaxTime=1"})
class AccountAttacksIT {

    static final String ADMIN = "securityadmin";
    static final String ADMIN_PASSWORD = "Vorsicht-2025!";
    static final String STRONG = "Shequ-Gongzuo-2025!";
    /** Camunda's default of loginMaxAttempts, after which it refused the user's logins for good. */
    static final int OLD_MAX_ATTEMPTS = 10;

    /** The tests' database (on H2 a new one, in this JVM), without the demo profile. */
    static class WithoutDemo implements ActiveProfilesResolver {
        @Override
        public String[] resolve(Class<?> testClass) {
            return new String[] {TestProfiles.postgres() ? "postgres" : "test"};
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    /** #17 accounts locked for good: more wrong passwords than the old maximum only delay the owner's next login. */
    @Test
    void wrongPasswordsDoNotLockAUserOutForGood() throws Exception {
        String user = newUser();
        for (int attempt = 1; attempt <= OLD_MAX_ATTEMPTS + 2; attempt++) {
            assertThat(call(user, "wrong-" + attempt).status()).isEqualTo(401);
            Thread.sleep(1_200); // each wrong password counts only once the delay of the one before has passed
        }
        assertThat(call(user, "wrong-again").status()).isEqualTo(401);
        // Right after a wrong password, even the right one waits for the delay: the attacker is slowed down ...
        assertThat(call(user, STRONG).status()).isEqualTo(401);
        Thread.sleep(1_200);
        // ... but once it has passed, the owner logs in without an administrator unlocking the account.
        assertThat(call(user, STRONG).status()).isEqualTo(200);
    }

    /** #17 no password policy: a weak password is refused (400, with what the policy asks), a strong one accepted. */
    @Test
    void aWeakPasswordIsRefusedAndAStrongOneAccepted() throws Exception {
        String weak = "u" + UUID.randomUUID().toString().substring(0, 8);
        RawHttp.Response refused = create(weak, "demo");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("type").asText()).isEqualTo("BadUserRequestException");
        assertThat(refused.json().path("message").asText()).contains("Password does not match policy")
                .contains("密码不符合密码策略").contains("至少 10 个字符");
        assertThat(identityService.createUserQuery().userId(weak).count()).isZero();

        String user = newUser();
        RawHttp.Response weakChange = RawHttp.request(port, "PUT", "/engine-rest/user/" + user + "/credentials")
                .as(ADMIN, ADMIN_PASSWORD).body("application/json", ("{\"password\":\"demo\","
                        + "\"authenticatedUserPassword\":\"" + ADMIN_PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8))
                .send();
        assertThat(weakChange.status()).as(weakChange.toString()).isEqualTo(400);
        assertThat(call(user, "demo").status()).isEqualTo(401);
        Thread.sleep(1_200); // the wrong password just tried delays the next login by a second
        assertThat(call(user, STRONG).status()).isEqualTo(200);
    }

    /** #17 accounts: the administrator made at start (camunda.bpm.admin-user) is created with the policy on. */
    @Test
    void theAdministratorCreatedAtStartLogsIn(@Autowired ApplicationContext context) throws Exception {
        assertThat(identityService.createUserQuery().userId(ADMIN).memberOfGroup("camunda-admin").count()).isOne();
        assertThat(call(ADMIN, ADMIN_PASSWORD).status()).isEqualTo(200);
        // Spring Boot's generated default user does not exist either.
        assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
    }

    private String newUser() throws Exception {
        String user = "u" + UUID.randomUUID().toString().substring(0, 8);
        RawHttp.Response created = create(user, STRONG);
        assertThat(created.status()).as(created.toString()).isEqualTo(204);
        return user;
    }

    private RawHttp.Response create(String user, String password) throws Exception {
        String json = "{\"profile\":{\"id\":\"" + user + "\",\"firstName\":\"测试\",\"lastName\":\"用户\"},"
                + "\"credentials\":{\"password\":\"" + password + "\"}}";
        return RawHttp.request(port, "POST", "/engine-rest/user/create").as(ADMIN, ADMIN_PASSWORD)
                .body("application/json", json.getBytes(StandardCharsets.UTF_8)).send();
    }

    private RawHttp.Response call(String user, String password) throws Exception {
        return RawHttp.request(port, "GET", "/engine-rest/user/" + user + "/profile").as(user, password).send();
    }
}
