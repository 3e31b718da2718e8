package cn.communityworkers.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One node of the cluster: the packaged application ({@code java -jar target/…jar}) in a process of its own, on its
 * own port, with its own hostname in the job log, on the cluster's PostgreSQL database.
 */
final class Node implements AutoCloseable {

    static final String ADMIN = "clusteradmin";
    static final String PASSWORD = "Cluster-" + Long.toHexString(System.nanoTime()); // the password policy is on without the demo profile

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String hostname;
    final int port;
    private final Process process;
    private final Path log;

    private Node(String hostname, int port, Process process, Path log) {
        this.hostname = hostname;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts a node and waits until it answers its health check. */
    static Node start(Path jar, String databaseUrl, String hostname, List<String> settings) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(),
                "--spring.profiles.active=postgres",
                "--server.port=" + port,
                // What must differ between nodes: the name each job executor writes into the job log.
                "--camunda.bpm.generic-properties.properties.hostname=" + hostname,
                "--camunda.bpm.admin-user.id=" + ADMIN,
                "--camunda.bpm.admin-user.password=" + PASSWORD));
        command.addAll(settings);
        Path log = Path.of("target", "cluster", hostname + "-" + System.currentTimeMillis() + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("DB_URL", databaseUrl);
        Process process = builder.start();
        // Never left behind, even if the test's JVM ends without closing the node.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        Node node = new Node(hostname, port, process, log);
        node.awaitHealthy(Duration.ofMinutes(4));
        return node;
    }

    private void awaitHealthy(Duration timeout) {
        try {
            Awaitility.await(hostname + " healthy").atMost(timeout).pollInterval(Duration.ofMillis(500))
                    .until(this::healthy);
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(hostname + " did not start within " + timeout + ":\n" + logTail(), e);
        }
    }

    /** Whether the node answers UP; a node whose process has exited fails at once, with its log. */
    private boolean healthy() throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException(hostname + " exited with " + process.exitValue() + ":\n" + logTail());
        }
        try {
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("UP");
        } catch (IOException notYet) {
            return false; // still starting
        }
    }

    HttpResponse<String> call(String method, String path, String json) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Stops the node hard, as a power cut would: no shutdown hook, open transactions are lost. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
