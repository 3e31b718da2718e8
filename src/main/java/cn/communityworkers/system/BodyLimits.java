package cn.communityworkers.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The largest request body a call may send, answered 413 without reading the body when its {@code Content-Length}
 * is larger, and as soon as a body of unknown length (chunked) passes the limit while it is read: the reader (the
 * controller, Camunda's REST resources) then gets an {@link IOException}, whatever it answers is dropped, and the
 * caller gets the 413. Runs after the access rules, so that a caller without a right to the call is refused before
 * the body is read.
 */
class BodyLimits extends OncePerRequestFilter {

    private final RequestMatcher uploads;
    private final DataSize uploadLimit;
    private final DataSize limit;
    private final SecurityProblems problems;

    BodyLimits(RequestMatcher uploads, DataSize uploadLimit, DataSize limit, SecurityProblems problems) {
        this.uploads = uploads;
        this.uploadLimit = uploadLimit;
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataSize max = uploads.matches(request) ? uploadLimit : limit;
        if (request.getContentLengthLong() > max.toBytes()) {
            refuse(response, max);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, max.toBytes());
        SilencedResponse silenced = new SilencedResponse(response, limited);
        try {
            chain.doFilter(limited, silenced);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!limited.exceeded) {
                throw e;
            }
        }
        if (limited.exceeded && !response.isCommitted()) {
            response.reset();
            refuse(response, max);
        }
    }

    private void refuse(HttpServletResponse response, DataSize max) throws IOException {
        problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large",
                "请求内容过大:本接口最多接受 " + megabytes(max) + " MB");
    }

    private static String megabytes(DataSize size) {
        double mb = size.toBytes() / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
    }

    /** Thrown to the reader of a body that passed its limit. */
    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long limit) {
            super("the request body is larger than " + limit + " bytes");
        }
    }

    /** The request whose body stream refuses to go past the limit. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private long read;
        private boolean exceeded;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        private void count(long bytes) throws IOException {
            if (exceeded) {
                throw new BodyTooLargeException(limit);
            }
            if (bytes > 0) {
                read += bytes;
                if (read > limit) {
                    exceeded = true;
                    throw new BodyTooLargeException(limit);
                }
            }
        }

        private final class Counting extends ServletInputStream {

            private final ServletInputStream body;

            Counting(ServletInputStream body) {
                this.body = body;
            }

            @Override
            public int read() throws IOException {
                count(0);
                int b = body.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                count(0);
                int n = body.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            @Override
            public boolean isFinished() {
                return body.isFinished();
            }

            @Override
            public boolean isReady() {
                return body.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                body.setReadListener(listener);
            }
        }
    }

    /** The response, which ignores everything written to it once the request's body has passed its limit. */
    private static final class SilencedResponse extends HttpServletResponseWrapper {

        private final LimitedRequest request;
        private ServletOutputStream stream;
        private PrintWriter writer;

        SilencedResponse(HttpServletResponse response, LimitedRequest request) {
            super(response);
            this.request = request;
        }

        private boolean silent() {
            return request.exceeded;
        }

        /** Writing to the client, done only while the response is not silenced. */
        private interface Output {
            void write() throws IOException;
        }

        private void unlessSilent(Output output) throws IOException {
            if (!silent()) {
                output.write();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                stream = new Guarded(super.getOutputStream());
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                Writer target = super.getWriter();
                writer = new PrintWriter(new Writer() {
                    @Override
                    public void write(char[] chars, int offset, int length) throws IOException {
                        unlessSilent(() -> target.write(chars, offset, length));
                    }

                    @Override
                    public void flush() throws IOException {
                        unlessSilent(target::flush);
                    }

                    @Override
                    public void close() throws IOException {
                        unlessSilent(target::close);
                    }
                });
            }
            return writer;
        }

        @Override
        public void setStatus(int status) {
            if (!silent()) {
                super.setStatus(status);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!silent()) {
                super.sendError(status);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!silent()) {
                super.sendError(status, message);
            }
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (!silent()) {
                super.sendRedirect(location);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!silent()) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!silent()) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setIntHeader(String name, int value) {
            if (!silent()) {
                super.setIntHeader(name, value);
            }
        }

        @Override
        public void addIntHeader(String name, int value) {
            if (!silent()) {
                super.addIntHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!silent()) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!silent()) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void setContentType(String type) {
            if (!silent()) {
                super.setContentType(type);
            }
        }

        @Override
        public void setContentLength(int length) {
            if (!silent()) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!silent()) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void setCharacterEncoding(String encoding) {
            if (!silent()) {
                super.setCharacterEncoding(encoding);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            unlessSilent(super::flushBuffer);
        }

        @Override
        public void reset() {
            if (!silent()) {
                super.reset();
            }
        }

        @Override
        public void resetBuffer() {
            if (!silent()) {
                super.resetBuffer();
            }
        }

        private final class Guarded extends ServletOutputStream {

            private final ServletOutputStream target;

            Guarded(ServletOutputStream target) {
                this.target = target;
            }

            @Override
            public void write(int b) throws IOException {
                unlessSilent(() -> target.write(b));
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                unlessSilent(() -> target.write(bytes, offset, length));
            }

            @Override
            public void flush() throws IOException {
                unlessSilent(target::flush);
            }

            @Override
            public void close() throws IOException {
                unlessSilent(target::close);
            }

            @Override
            public boolean isReady() {
                return target.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                target.setWriteListener(listener);
            }
        }
    }
}
