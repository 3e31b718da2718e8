package cn.communityworkers.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;

/** Asks for a verification of the seal chain as a user and waits for its end; answers it with its problems. */
public final class SealVerification {

    private SealVerification() {
    }

    public static JsonNode full(Api api, String user) {
        return run(api, user, "FULL");
    }

    public static JsonNode incremental(Api api, String user) {
        return run(api, user, "INCREMENTAL");
    }

    static JsonNode run(Api api, String user, String kind) {
        Api.Response asked = api.post(user, "/api/audit/verifications", Map.of("kind", kind));
        assertThat(asked.status()).as(asked.text()).isEqualTo(202);
        return finished(api, user, asked.headers().getLocation().getPath());
    }

    /** A verification's problems by the instance each names. */
    public static Map<String, JsonNode> problemsByInstance(JsonNode verification) {
        Map<String, JsonNode> found = new HashMap<>();
        verification.path("problems").forEach(p -> found.put(p.path("processInstanceId").asText(), p));
        return found;
    }

    /** The verification at {@code location} ({@code /api/audit/verifications/{id}}) once it has finished. */
    public static JsonNode finished(Api api, String user, String location) {
        return Awaitility.await("the verification " + location).atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> api.get(user, location).json(), view -> view.path("finished").asBoolean());
    }
}
