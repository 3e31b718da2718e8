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
import java.util.function.Function;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.ObjectValueImpl;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.value.impl.JsonValueImpl;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

/** The canonical form a seal hashes, and how overrides are told from the values a step wrote. */
class CanonicalTrailTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static Trail trail(Map<String, JsonNode> finalVariables) {
        return new Trail("p1", "secondment", "借调", 1, "S-W1-2030-01-01", "COMPLETED", "2030-01-01T08:00:00.000+08:00",
                null, "easthr", null, null, List.of(), finalVariables);
    }

    @Test
    void theSameTrailGivesTheSameBytesWhateverTheOrderOfItsMapsAndJson() throws Exception {
        Map<String, JsonNode> one = new LinkedHashMap<>();
        one.put("b", JSON.readTree("{\"y\":1,\"x\":[2,1]}"));
        one.put("a", TextNode.valueOf("甲"));
        Map<String, JsonNode> other = new LinkedHashMap<>();
        other.put("a", TextNode.valueOf("甲"));
        other.put("b", JSON.readTree("{\"x\":[2,1],\"y\":1}"));
        String canonical = Canonical.json(trail(one));
        assertThat(canonical).isEqualTo(Canonical.json(trail(other)));
        assertThat(canonical).contains("\"finalVariables\":{\"a\":\"甲\",\"b\":{\"x\":[2,1],\"y\":1}}")
                .doesNotContain("endTime").doesNotContain(" ");
        other.put("a", TextNode.valueOf("乙"));
        assertThat(Canonical.sha256(Canonical.json(trail(other)))).isNotEqualTo(Canonical.sha256(canonical));
    }

    /**
     * Every kind of value the history holds, as the trail read it before (objects deserialized by the engine, with
     * their serialized text) and as it reads them now (never deserialized): the same canonical bytes, the ones of the
     * seals already stored. (A change of this representation would make every existing seal verify as CHANGED.)
     */
    @Test
    void valuesReadWithoutDeserializingGiveTheBytesOfTheSealsAlreadyStored() throws Exception {
        String list = "[\"甲\",1,2.5,true,null,{\"b\":1,\"a\":\"乙\"}]";
        String map = "{\"workerId\":\"W1\",\"ratings\":[{\"rating\":\"EXCELLENT\"}],\"score\":96}";
        String json = "{\"nominees\":[\"W2\"],\"count\":1}";
        String javaSerialized = "rO0ABXQAA2FiYw==";
        Map<String, TypedValue> plain = new LinkedHashMap<>();
        plain.put("text", Variables.stringValue("审 \"引号\" =1+1"));
        plain.put("integer", Variables.integerValue(96));
        plain.put("long", Variables.longValue(12345678901L));
        plain.put("double", Variables.doubleValue(85.5));
        plain.put("short", Variables.shortValue((short) 7));
        plain.put("boolean", Variables.booleanValue(true));
        plain.put("date", Variables.dateValue(Date.from(Instant.parse("2030-01-01T00:00:00.123Z"))));
        plain.put("bytes", Variables.byteArrayValue("字节".getBytes(StandardCharsets.UTF_8)));
        plain.put("null", Variables.untypedNullValue());
        plain.put("nullString", Variables.stringValue(null));
        Map<String, TypedValue> deserialized = new LinkedHashMap<>(plain);
        deserialized.put("list", new ObjectValueImpl(JSON.readValue(list, ArrayList.class), list, "application/json",
                "java.util.ArrayList", true));
        deserialized.put("map", new ObjectValueImpl(JSON.readValue(map, LinkedHashMap.class), map, "application/json",
                "java.util.LinkedHashMap", true));
        deserialized.put("json", new JsonValueImpl(Spin.JSON(json), json, "application/json", true));
        deserialized.put("javaSerialized", new ObjectValueImpl("abc", javaSerialized,
                "application/x-java-serialized-object", "java.lang.String", true));
        deserialized.put("nullObject", new ObjectValueImpl(null, null, "application/json", null, true));
        Map<String, TypedValue> undeserialized = new LinkedHashMap<>(plain);
        undeserialized.put("list", Variables.serializedObjectValue(list).objectTypeName("java.util.ArrayList")
                .serializationDataFormat("application/json").create());
        undeserialized.put("map", Variables.serializedObjectValue(map).objectTypeName("java.util.LinkedHashMap")
                .serializationDataFormat("application/json").create());
        undeserialized.put("json", new JsonValueImpl(json));
        undeserialized.put("javaSerialized", Variables.serializedObjectValue(javaSerialized).objectTypeName("java.lang.String")
                .serializationDataFormat("application/x-java-serialized-object").create());
        undeserialized.put("nullObject", new ObjectValueImpl(null, null, "application/json", null, false));
        Function<Map<String, TypedValue>, String> canonical = values -> {
            Map<String, JsonNode> read = new TreeMap<>();
            values.forEach((name, value) -> read.put(name, TrailBuilder.json(value)));
            return Canonical.json(trail(read));
        };

        String expected = "{\"businessKey\":\"S-W1-2030-01-01\",\"finalVariables\":{"
                + "\"boolean\":true,\"bytes\":\"5a2X6IqC\",\"date\":\"2030-01-01T08:00:00.123+08:00\",\"double\":85.5,"
                + "\"integer\":96,\"javaSerialized\":\"rO0ABXQAA2FiYw==\",\"json\":{\"count\":1,\"nominees\":[\"W2\"]},"
                + "\"list\":[\"甲\",1,2.5,true,null,{\"a\":\"乙\",\"b\":1}],\"long\":12345678901,"
                + "\"map\":{\"ratings\":[{\"rating\":\"EXCELLENT\"}],\"score\":96,\"workerId\":\"W1\"},"
                + "\"null\":null,\"nullObject\":null,\"nullString\":null,\"short\":7,\"text\":\"审 \\\"引号\\\" =1+1\"},"
                + "\"processDefinitionKey\":\"secondment\",\"processDefinitionName\":\"借调\",\"processDefinitionVersion\":1,"
                + "\"processInstanceId\":\"p1\",\"startTime\":\"2030-01-01T08:00:00.000+08:00\",\"startUserId\":\"easthr\","
                + "\"state\":\"COMPLETED\",\"steps\":[]}";
        assertThat(canonical.apply(deserialized)).isEqualTo(expected);
        assertThat(canonical.apply(undeserialized)).isEqualTo(expected);
    }

    /**
     * A value nested as deep as JSON is read (1000 levels) is in the trail as it is, inside a step and among the final
     * variables (Jackson's default limit, 1000 in all, stopped the seal and the trail), and a deeper one as its text.
     */
    @Test
    void aValueNestedAsDeepAsJsonIsReadIsInTheTrailAndADeeperOneAsItsText() {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        String deeper = "[".repeat(1001) + "]".repeat(1001);
        Map<String, JsonNode> values = new TreeMap<>();
        values.put("deep", TrailBuilder.json(Variables.serializedObjectValue(deep).objectTypeName("java.util.ArrayList")
                .serializationDataFormat("application/json").create()));
        values.put("deeper", TrailBuilder.json(new JsonValueImpl(deeper)));
        Trail.Step step = new Trail.Step("2030-01-01T08:00:00.000+08:00", Trail.Kind.TASK, "t1", "Task_Check", "userTask",
                null, null, null, "easthr", "t1", null, null, "easthr", null, null, null, values, null, null, null, null);
        Trail trail = new Trail("p1", "secondment", "借调", 1, null, "COMPLETED", "2030-01-01T08:00:00.000+08:00", null,
                "easthr", null, null, List.of(step), values);

        JsonNode canonical = Canonical.tree(Canonical.json(trail));

        assertThat(canonical.path("finalVariables").path("deep").isArray()).isTrue();
        assertThat(canonical.path("steps").get(0).path("values").path("deep")).isEqualTo(values.get("deep"));
        assertThat(canonical.path("finalVariables").path("deeper").asText()).isEqualTo(deeper);
        assertThat(new String(Canonical.bytes(Map.of("trail", canonical)), StandardCharsets.UTF_8)).contains(deep, deeper);
    }

    @Test
    void sha256IsTheStandardOne() {
        assertThat(Canonical.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void anOverrideIsAChangeWithItsReasonInAStepOrInAnEntryOfASubmittedList() throws Exception {
        assertThat(TrailBuilder.overrides(Map.of("confirmedRating", TextNode.valueOf("QUALIFIED"),
                "overrideReason", TextNode.valueOf("名额不足")))).singleElement().satisfies(override -> {
                    assertThat(override.reason()).isEqualTo("名额不足");
                    assertThat(override.values()).containsOnlyKeys("confirmedRating");
                });
        JsonNode ratings = JSON.readTree("[{\"workerId\":\"W1\",\"rating\":\"QUALIFIED\",\"overrideReason\":\"名额不足\"},"
                + "{\"workerId\":\"W2\",\"rating\":\"EXCELLENT\",\"overrideReason\":null},{\"workerId\":\"W3\",\"rating\":\"QUALIFIED\"}]");
        assertThat(TrailBuilder.overrides(Map.of("ratings", ratings))).singleElement().satisfies(override -> {
            assertThat(override.reason()).isEqualTo("名额不足");
            assertThat(override.values().get("workerId").asText()).isEqualTo("W1");
        });
        assertThat(TrailBuilder.overrides(Map.of("overrideReason", TextNode.valueOf(" ")))).isEmpty();
    }
}
