package cn.communityworkers.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Requests to the running application as one of the benchmark's users (HTTP Basic, {@link BenchUnits#PASSWORD}). */
final class BenchHttp {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    BenchHttp(int port) {
        this.port = port;
    }

    HttpResponse<String> post(String user, String path, String json) throws IOException, InterruptedException {
        return post(user, path, "application/json", json);
    }

    /** A POST of a body of the content type (a CSV file, JSON), its answer read as text. */
    HttpResponse<String> post(String user, String path, String contentType, String body)
            throws IOException, InterruptedException {
        return http.send(as(user, path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A POST of JSON answered as Tasklist asks for its task list: HAL, with the tasks' related resources embedded. */
    HttpResponse<String> postHal(String user, String path, String json) throws IOException, InterruptedException {
        return http.send(as(user, path).header("Content-Type", "application/json").header("Accept", "application/hal+json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose body is read whole (JSON or a workbook alike). */
    HttpResponse<byte[]> get(String user, String path) throws IOException, InterruptedException {
        return http.send(as(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder as(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + BenchUnits.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + credentials);
    }
}
