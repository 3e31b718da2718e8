package cn.communityworkers.system;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a request that changes something when a browser says it comes from another site: a page elsewhere can make
 * the browser send a form (or a simple {@code fetch}) with the HTTP Basic login it holds for this application, and
 * such a request must not deploy a model, complete a task or import a roster. Browsers mark every request they send:
 * {@code Sec-Fetch-Site} (refused unless {@code same-origin} or {@code none}, the user's own navigation) and
 * {@code Origin} on every cross-origin request and every POST (refused unless it is the application's own origin,
 * as the request sees itself, or one of {@code security.allowed-origins}; {@code Origin: null}, sent by sandboxed
 * frames and some redirects, is refused). A request with neither header is not sent by a browser on behalf of a
 * page (Camunda Modeler, scripts, other servers) and passes. Reading (GET, HEAD, OPTIONS, TRACE) is never refused.
 */
class CrossSiteWrites extends OncePerRequestFilter {

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final List<String> allowedOrigins;
    private final SecurityProblems problems;

    CrossSiteWrites(List<String> allowedOrigins, SecurityProblems problems) {
        this.allowedOrigins = allowedOrigins;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            problems.write(response, HttpStatus.FORBIDDEN, "Forbidden",
                    "拒绝跨站请求:其他网站的页面不能通过您的浏览器修改本系统的数据");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !OWN_SITE.contains(site)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !allowedOrigins.contains(origin)
                && !WebUtils.isSameOrigin(new ServletServerHttpRequest(request));
    }
}
