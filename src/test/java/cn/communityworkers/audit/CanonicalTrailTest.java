package cn.communityworkers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
