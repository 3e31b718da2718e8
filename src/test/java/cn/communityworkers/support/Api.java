package cn.communityworkers.support;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** HTTP calls to the running application as a given user (password {@value #PASSWORD}), or anonymously. */
public final class Api {

    public static final String PASSWORD = "demo";
    public static final String ADMIN = "demo";
    /** How the engine's REST API writes a date and time. */
    public static final DateTimeFormatter ENGINE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final TestRestTemplate rest;

    public Api(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** A body for the engine's REST API: {@code {"variables": {name: {"value": value}}}}. */
    public static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

    public Response get(String user, String path) {
        return call(user, HttpMethod.GET, path, null, null);
    }

    public Response post(String user, String path, Object body) {
        return call(user, HttpMethod.POST, path, json(body), MediaType.APPLICATION_JSON);
    }

    public Response put(String user, String path, Object body) {
        return call(user, HttpMethod.PUT, path, json(body), MediaType.APPLICATION_JSON);
    }

    public Response postCsv(String user, String path, String csv) {
        return call(user, HttpMethod.POST, path, csv.getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    public Response call(String user, HttpMethod method, String path, byte[] body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        if (type != null) {
            headers.setContentType(type);
        }
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL));
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, PASSWORD);
        ResponseEntity<byte[]> response = client.exchange(path, method, new HttpEntity<>(body, headers), byte[].class);
        return new Response(response.getStatusCode().value(), response.getHeaders(),
                response.getBody() == null ? new byte[0] : response.getBody());
    }

    private static byte[] json(Object body) {
        try {
            return body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A response: status, headers, and the body as text or JSON. */
    public record Response(int status, HttpHeaders headers, byte[] bytes) {

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            if (bytes.length == 0) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(bytes);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        /** The violations of a problem detail as "field rule" strings, with "row " prefixed for imports. */
        public List<String> violations() {
            List<String> found = new ArrayList<>();
            json().path("violations").forEach(v -> found.add((v.has("row") ? "row " + v.get("row").asInt() + " " : "")
                    + v.path("field").asText() + " " + v.path("rule").asText()));
            return found;
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
