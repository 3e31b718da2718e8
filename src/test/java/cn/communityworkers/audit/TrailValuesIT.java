package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.communityworkers.support.Api;
import cn.communityworkers.support.IntegrationTest;

/**
 * The values of a real history in the trail: read as stored, they are what the trail read before, when the engine
 * deserialized objects (so the seals already stored still verify); a value the engine cannot read is shown as stored.
 */
@IntegrationTest
class TrailValuesIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    Api api;
    Drive drive;

    @BeforeAll
    static void deployProbe(@Autowired RepositoryService repositoryService) {
        Probe.deploy(repositoryService);
    }

    @BeforeEach
    void setUp() {
        api = new Api(rest);
        drive = new Drive(api);
    }

    @Test
    void everyValueThatReadBeforeIsInTheTrailAsBeforeAndItsSealHolds() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("text", "审计 \"引号\" =1+1");
        values.put("integer", 96);
        values.put("long", 12345678901L);
        values.put("double", 85.5);
        values.put("short", (short) 7);
        values.put("boolean", true);
        values.put("date", Date.from(Instant.parse("2030-01-01T00:00:00.123Z")));
        values.put("bytes", "字节".getBytes(StandardCharsets.UTF_8));
        values.put("nothing", null);
        values.put("list", Variables.objectValue(new ArrayList<>(List.of("甲", 1, 2.5, true)))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        values.put("map", Variables.objectValue(new LinkedHashMap<>(Map.of("workerId", "W1", "score", 96)))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        values.put("json", SpinValues.jsonValue("{\"nominees\":[\"W2\"],\"count\":1}").create());
        String instance = Probe.run(runtimeService, "values", values);

        JsonNode view = drive.sealedTrail(instance);

        // The old path: inside a command the engine deserialized each object it was asked for.
        Map<String, JsonNode> before = engine.getCommandExecutorTxRequired().execute(context -> {
            Map<String, JsonNode> read = new TreeMap<>();
            for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(instance).disableCustomObjectDeserialization().list()) {
                read.put(variable.getName(), TrailBuilder.json(variable.getTypedValue()));
            }
            return read;
        });
        assertThat(before).hasSize(values.size());
        JsonNode trail = view.path("trail");
        before.forEach((name, value) -> {
            assertThat(trail.path("finalVariables").get(name)).as(name).isEqualTo(value);
            assertThat(Drive.written(trail, name)).as(name).isEqualTo(value);
        });
        assertThat(trail.path("finalVariables").path("list").toString()).isEqualTo("[\"甲\",1,2.5,true]");
        assertThat(trail.path("finalVariables").path("json").toString()).isEqualTo("{\"count\":1,\"nominees\":[\"W2\"]}");
        assertThat(trail.path("finalVariables").path("date").asText()).isEqualTo("2030-01-01T08:00:00.123+08:00");
    }

    @Test
    void aValueOfASerializerThisEngineDoesNotHaveIsShownAsStoredAndSealed() {
        String instance = new TransactionTemplate(transactionManager).execute(status -> {
            String ended = Probe.run(runtimeService, "legacy", Map.of("legacy", "旧系统的值"));
            // As a plugin's serializer would have stored it, before the plugin was removed.
            assertThat(jdbc.update("update act_hi_varinst set var_type_ = 'removedPluginType'"
                    + " where proc_inst_id_ = ? and name_ = 'legacy'", ended)).isEqualTo(1);
            assertThat(jdbc.update("update act_hi_detail set var_type_ = 'removedPluginType'"
                    + " where proc_inst_id_ = ? and name_ = 'legacy'", ended)).isEqualTo(1);
            return ended;
        });

        JsonNode trail = drive.sealedTrail(instance).path("trail");

        assertThat(trail.path("finalVariables").path("legacy").toString())
                .isEqualTo("{\"storedAs\":\"removedPluginType\",\"text\":\"旧系统的值\"}");
        assertThat(Drive.written(trail, "legacy")).isEqualTo(trail.path("finalVariables").path("legacy"));
    }
}
