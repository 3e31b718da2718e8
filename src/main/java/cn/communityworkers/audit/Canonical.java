package cn.communityworkers.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The canonical serialisation of a trail: compact JSON, UTF-8, every object's keys sorted, absent values left out.
 * The same history always gives the same bytes, so their SHA-256 tells whether it changed.
 */
final class Canonical {

    /**
     * Deeper than Jackson's default (1000): a value is read as JSON up to that depth (see {@link TrailBuilder#json}),
     * and the trail adds a few levels of its own around it.
     */
    private static final int MAX_NESTING_DEPTH = 2000;
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                    .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                    .build())
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Canonical() {
    }

    static String json(Trail trail) {
        try {
            return MAPPER.writeValueAsString(MAPPER.valueToTree(trail));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Anything holding a trail (e.g. the audit API's view of one) as canonical JSON, UTF-8. */
    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(MAPPER.valueToTree(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode tree(String canonical) {
        try {
            return MAPPER.readTree(canonical);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
