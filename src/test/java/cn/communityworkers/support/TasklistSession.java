package cn.communityworkers.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A Tasklist session of one user, as Tasklist keeps one in the browser: logged in once to the webapps (a session
 * cookie), then every call to the webapps' engine API ({@value #ENGINE}) with the session and the CSRF token Camunda's
 * filter asks for on every write.
 */
public final class TasklistSession {

    public static final String ENGINE = "/camunda/api/engine/engine/default";

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient session = HttpClient.newBuilder().cookieHandler(cookies).build();

    public TasklistSession(int port, String user, String password) throws IOException, InterruptedException {
        base = "http://localhost:" + port;
        get("/camunda/app/tasklist/default/");
        HttpResponse<String> login = session.send(request("/camunda/api/admin/auth/user/default/login/tasklist")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException(user + " could not log in to Tasklist: " + login.statusCode());
        }
        get("/camunda/api/admin/auth/user/default");        // the session's own CSRF token
    }

    private void get(String path) throws IOException, InterruptedException {
        session.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.discarding());
    }

    private HttpRequest.Builder request(String path) {
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst()
                .orElse("");
        return HttpRequest.newBuilder(URI.create(base + path)).header("X-XSRF-TOKEN", token);
    }

    /** A POST of JSON to the engine API; {@code hal}: answered as Tasklist asks for its task list. */
    public HttpResponse<String> post(String enginePath, String json, boolean hal) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(ENGINE + enginePath).header("Content-Type", "application/json");
        if (hal) {
            request.header("Accept", "application/hal+json");
        }
        return session.send(request.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
