package cn.communityworkers.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** The demo county on in-memory H2, or on PostgreSQL when Maven's postgres profile sets test.database. */
public class TestProfiles implements ActiveProfilesResolver {

    /** Whether Maven's postgres profile runs the tests (and the benchmark) on PostgreSQL. */
    public static boolean postgres() {
        return "postgres".equals(System.getProperty("test.database"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return new String[] {"demo", postgres() ? "postgres" : "test"};
    }
}
