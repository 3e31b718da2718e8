package cn.communityworkers.system;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The refusals of the HTTP front as RFC 9457 problem details, in the form of the API's other errors, with a Chinese
 * {@code detail} for the officials: 401 with the Basic challenge (the audit page relies on the browser's login
 * dialog), 403 naming the rule, 413.
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CHALLENGE = "Basic realm=\"community-workers\", charset=\"UTF-8\"";

    private final ObjectMapper json;

    SecurityProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", e instanceof BadCredentialsException
                ? "用户名或密码不正确;多次输错后须稍候片刻才能再次登录"
                : "请先登录:以用户名和密码(HTTP Basic)访问");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException e) throws IOException {
        String detail = e instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof AccessRules.Refusal refusal
                ? refusal.detail() : "无权进行此操作";
        write(response, HttpStatus.FORBIDDEN, "Forbidden", detail);
    }

    void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        ProblemDetail problem = ApiExceptionHandler.problem(status, title, detail, List.of()).getBody();
        byte[] body = json.writeValueAsBytes(problem);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
