package cn.communityworkers.bench;

import org.springframework.test.context.ActiveProfilesResolver;

import cn.communityworkers.support.TestProfiles;

/** The application as installed (no demo county): on an H2 file of its own, or on PostgreSQL with -Ppostgres. */
public class BenchProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return TestProfiles.postgres() ? new String[] {"bench", "postgres"} : new String[] {"bench"};
    }
}
