package cn.communityworkers.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The benchmarks' output: a log line, ordered sections of figures, a table on the console and a JSON file. */
final class BenchReport {

    private BenchReport() {
    }

    static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The median, the 95th percentile (nearest rank) and the maximum of durations in nanoseconds, in ms. */
    static Map<String, Object> percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int p95 = (int) Math.ceil(sorted.length * 0.95) - 1;
        return ordered("samples", sorted.length, "p50Ms", round(sorted[sorted.length / 2] / 1e6),
                "p95Ms", round(sorted[p95] / 1e6), "maxMs", round(sorted[sorted.length - 1] / 1e6));
    }

    /** Prints the sections as a table and writes them to {@code target/bench/<fileName>}. */
    @SuppressWarnings("unchecked")
    static void write(String fileName, int workers, Map<String, Object> results) throws Exception {
        StringBuilder table = new StringBuilder("\n=== " + fileName + " (" + results.get("database") + ", " + workers + ") ===\n");
        int width = results.values().stream().filter(Map.class::isInstance)
                .flatMap(values -> ((Map<String, Object>) values).keySet().stream()).mapToInt(String::length).max().orElse(1);
        results.forEach((section, values) -> {
            if (values instanceof Map<?, ?> map) {
                ((Map<String, Object>) map).forEach((name, value) ->
                        table.append(String.format("%-16s %-" + width + "s %12s%n", section, name, value)));
            }
        });
        System.out.println(table);
        Path file = Path.of("target/bench", fileName);
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), results);
        System.out.println("written to " + file.toAbsolutePath());
    }

    static void log(String message) {
        System.out.println("[bench] " + message);
    }
}
