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
     * Process tests: on H2 without the demo county, since each builds the units and workers it needs (TestRegistry),
     * and loading the demo (89 workers, a secondment and a pay run through the engine) took a tenth of the fast
     * phase; the integration tests check the demo (DemoCountyIT). On PostgreSQL the database outlives the fast phase
     * and the demo county loads only onto an empty registry, so there the process tests load it first, before their
     * own counties, as the integration tests that follow expect.
     */
    public static class ForProcessTests implements ActiveProfilesResolver {

        @Override
        public String[] resolve(Class<?> testClass) {
            return postgres() ? new TestProfiles().resolve(testClass) : new String[] {database()};
        }
    }
}
