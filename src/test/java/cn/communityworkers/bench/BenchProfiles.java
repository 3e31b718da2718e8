package cn.communityworkers.bench;

import org.springframework.test.context.ActiveProfilesResolver;

/** The application as installed (no demo county): on an H2 file of its own, or on PostgreSQL with -Ppostgres. */
public class BenchProfiles implements ActiveProfilesResolver {

    static boolean postgres() {
        return "postgres".equals(System.getProperty("test.database"));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return postgres() ? new String[] {"bench", "postgres"} : new String[] {"bench"};
    }
}
