package cn.communityworkers.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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

    /**
     * A Tasklist session of one user, as Tasklist keeps one in the browser: logged in once to the webapps (a session
     * cookie), then every call to the webapps' engine API ({@code /camunda/api/engine/engine/default}) with the session
     * and the CSRF token Camunda's filter asks for on every write.
     */
    Tasklist tasklist(String user) throws IOException, InterruptedException {
        return new Tasklist(user);
    }

    final class Tasklist {

        static final String ENGINE = "/camunda/api/engine/engine/default";
        private final CookieManager cookies = new CookieManager();
        private final HttpClient session = HttpClient.newBuilder().cookieHandler(cookies).build();

        private Tasklist(String user) throws IOException, InterruptedException {
            get("/camunda/app/tasklist/default/");
            HttpResponse<String> login = session.send(request("/camunda/api/admin/auth/user/default/login/tasklist")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + BenchUnits.PASSWORD))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 200) {
                throw new IllegalStateException(user + " could not log in to Tasklist: " + login.statusCode());
            }
            get("/camunda/api/admin/auth/user/default");        // the session's own CSRF token
        }

        private void get(String path) throws IOException, InterruptedException {
            session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
        }

        private HttpRequest.Builder request(String path) {
            String token = cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
                    .orElse("");
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-XSRF-TOKEN", token);
        }

        /** A POST of JSON to the engine API; {@code hal}: answered as Tasklist asks for its task list. */
        HttpResponse<String> post(String enginePath, String json, boolean hal) throws IOException, InterruptedException {
            HttpRequest.Builder request = request(ENGINE + enginePath).header("Content-Type", "application/json");
            if (hal) {
                request.header("Accept", "application/hal+json");
            }
            return session.send(request.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private HttpRequest.Builder as(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + BenchUnits.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + credentials);
    }
}
