package cn.communityworkers.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** The demo county on in-memory H2, or on PostgreSQL when Maven's postgres profile sets test.database. */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        boolean postgres = "postgres".equals(System.getProperty("test.database"));
        return new String[] {"demo", postgres ? "postgres" : "test"};
    }
}
