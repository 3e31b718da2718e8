package cn.communityworkers.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP/1.1 over a plain socket, for what ordinary clients will not send: the path exactly as written (no
 * normalising, no re-encoding), any header ({@code Origin}, {@code Sec-Fetch-Site}), and a body generated while it is
 * sent, counting the bytes the server let the client send before it answered. Without the server reading, the
 * client can only fill the sockets' buffers (a few MB on the loopback) and what Tomcat swallows after answering.
 */
final class RawHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHUNK = 64 * 1024;

    private final int port;
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;
    private long generatedLength = -1;
    private boolean chunked;
    private String firstLine = "name\n";
    private byte filler = 'x';

    private RawHttp(int port, String method, String path) {
        this.port = port;
        this.method = method;
        this.path = path;
    }

    static RawHttp request(int port, String method, String path) {
        return new RawHttp(port, method, path);
    }

    RawHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    RawHttp as(String user, String password) {
        return header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    RawHttp body(String contentType, byte[] content) {
        header("Content-Type", contentType);
        this.body = content;
        return this;
    }

    /** Makes the generated body an endless JSON object: '{' and then only white space, which a JSON reader skips. */
    RawHttp asJson() {
        this.firstLine = "{";
        this.filler = ' ';
        return this;
    }

    /** The body in one chunk, without saying its length. */
    RawHttp chunkedBody(String contentType, byte[] content) {
        body(contentType, content);
        this.chunked = true;
        return this;
    }

    /**
     * A body of {@code length} bytes made while sending, with Content-Length: a CSV header {@code name}, then lines of
     * 'x' (1 KB each), the roster of workers with very long names.
     */
    RawHttp generated(String contentType, long length) {
        header("Content-Type", contentType);
        this.generatedLength = length;
        return this;
    }

    /** As {@link #generated}, but sent in chunks, without saying its length. */
    RawHttp chunked(String contentType, long length) {
        generated(contentType, length);
        this.chunked = true;
        return this;
    }

    /** The response, and how many bytes of the body the client could send. */
    record Response(int status, Map<String, List<String>> headers, byte[] bytes, long bodyBytesSent) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(", ", values);
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(bytes);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + text(), e);
            }
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    Response send() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            head.append("Host: localhost:").append(port).append("\r\n");
            head.append("Connection: close\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (chunked) {
                head.append("Transfer-Encoding: chunked\r\n");
            } else if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            } else if (generatedLength >= 0) {
                head.append("Content-Length: ").append(generatedLength).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> writeBody(out, sent), "raw-http-body");
            writer.setDaemon(true);
            writer.start();
            Response response = read(socket.getInputStream(), sent);
            socket.close();
            writer.join(60_000);
            return new Response(response.status(), response.headers(), response.bytes(), sent.get());
        }
    }

    private void writeBody(OutputStream out, AtomicLong sent) {
        try {
            if (body != null) {
                emit(out, body, body.length, sent);
            } else if (generatedLength >= 0) {
                byte[] lines = new byte[CHUNK];
                Arrays.fill(lines, filler);
                for (int i = 1023; i < CHUNK; i += 1024) {
                    lines[i] = '\n';
                }
                byte[] first = firstLine.getBytes(StandardCharsets.US_ASCII);
                long left = generatedLength - emit(out, first, (int) Math.min(first.length, generatedLength), sent);
                while (left > 0) {
                    left -= emit(out, lines, (int) Math.min(CHUNK, left), sent);
                }
            }
            if (chunked) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
        } catch (IOException closedByTheServer) {
            // The server answered and closed the connection: the rest of the body is not wanted.
        }
    }

    private int emit(OutputStream out, byte[] bytes, int length, AtomicLong sent) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes, 0, length);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        sent.addAndGet(length);
        return length;
    }

    private Response read(InputStream in, AtomicLong sent) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        List<String> length = headers.get("content-length");
        List<String> encoding = headers.get("transfer-encoding");
        if (length != null) {
            content.write(in.readNBytes(Integer.parseInt(length.get(0))));
        } else if (encoding != null && encoding.get(0).equalsIgnoreCase("chunked")) {
            for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                    size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                content.write(in.readNBytes(size));
                line(in);
            }
        } else if (!"HEAD".equals(method)) {
            content.write(in.readAllBytes());
        }
        return new Response(status, headers, content.toByteArray(), sent.get());
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed in the middle of the response: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
