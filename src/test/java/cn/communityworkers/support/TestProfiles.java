package cn.communityworkers.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** The demo county on in-memory H2, or on PostgreSQL when Maven's postgres profile sets test.database. */
public class TestProfiles implements ActiveProfilesResolver {

    /** Whether Maven's postgres profile runs the tests (and the benchmark) on PostgreSQL. */
    public static boolean postgres() {
        return "postgres".equals(System.getProperty("test.database"));
    }

    /** The database's profile alone. */
    static String database() {
        return postgres() ? "postgres" : "test";
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return new String[] {"demo", database()};
    }

    /**
     * The database without the demo county, for process tests: each builds the units and workers it needs
     * (TestRegistry), and loading the demo (89 workers, a secondment and a pay run through the engine) took a
     * tenth of the fast phase. The demo is checked where it is used, by the integration tests (DemoCountyIT).
     */
    public static class WithoutDemo implements ActiveProfilesResolver {

        @Override
        public String[] resolve(Class<?> testClass) {
            return new String[] {database()};
        }
    }
}
