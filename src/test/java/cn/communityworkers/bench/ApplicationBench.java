package cn.communityworkers.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.communityworkers.organisation.OrganisationService;

/**
 * What every benchmark of the whole application has: the application on a random port with the benchmark's
 * profiles, a database of the run's own ({@link BenchDatabase}), and the parts the set-up uses ({@link BenchUnits}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = BenchProfiles.class)
abstract class ApplicationBench {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        BenchDatabase.ownFile(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    OrganisationService organisation;
    @Autowired
    IdentityService identityService;
    @Autowired
    DataSource dataSource;

    /** What a run's results say of the machine to begin with: its cores and the load average before the run. */
    static Map<String, Object> machine() throws Exception {
        return BenchReport.ordered("cores", Runtime.getRuntime().availableProcessors(), "loadBefore", loadAverage());
    }

    /** The machine's load average as {@code /proc/loadavg} gives it (empty where there is none). */
    static String loadAverage() throws Exception {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? Files.readString(load).trim() : "";
    }
}
