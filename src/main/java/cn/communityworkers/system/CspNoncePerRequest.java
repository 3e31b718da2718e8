package cn.communityworkers.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nonce of the webapps' Content-Security-Policy kept with its own request. Camunda 7.24's header filter
 * ({@code ContentSecurityPolicyProvider}) stores each answer's nonce as an attribute of the servlet context, which
 * every request shares, and the webapps' index page ({@code ProcessEnginesFilter}) reads it back from there. A request
 * handled in between, any browser's, replaces it: the page goes out with another answer's nonce on its scripts, the
 * browser refuses them all under the page's own policy, and the official sees a spinner that never ends (the import
 * journey met it once in eight loads of the webapps' first page). This filter, mapped before Camunda's on the
 * webapps' pages, hands both of them a view of the servlet context whose nonce lives in the request.
 */
@Configuration(proxyBeanMethods = false)
class CspNoncePerRequest {

    /** The attribute Camunda's header filter writes and its index page reads. */
    static final String NONCE = "org.camunda.bpm.csp.nonce";

    @Bean
    FilterRegistrationBean<Filter> cspNoncePerRequestFilter(CamundaBpmProperties camunda) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) ->
                chain.doFilter(new NonceInRequest((HttpServletRequest) request), response));
        registration.setName("cspNoncePerRequest");
        // The pages' path only, where Camunda serves the index pages; not its APIs (Tasklist's every call). Mapped
        // before the starter's filters, which are mapped after every other (isMatchAfter).
        registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/app/*");
        return registration;
    }

    /** A request whose servlet context keeps the nonce in the request's attributes, and all else in the context. */
    static final class NonceInRequest extends HttpServletRequestWrapper {

        private final ServletContext shared;
        private final ServletContext context;

        NonceInRequest(HttpServletRequest request) {
            super(request);
            this.shared = request.getServletContext();
            this.context = (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
                    new Class<?>[] {ServletContext.class}, (proxy, method, args) -> call(method, args));
        }

        @Override
        public ServletContext getServletContext() {
            return context;
        }

        /** The nonce's attribute from and to the request; every other call to the shared context. */
        private Object call(Method method, Object[] args) throws Throwable {
            boolean nonce = args != null && args.length > 0 && NONCE.equals(args[0]);
            switch (nonce ? method.getName() : "") {
                case "getAttribute":
                    return getAttribute(NONCE);
                case "setAttribute":
                    setAttribute(NONCE, args[1]);
                    return null;
                case "removeAttribute":
                    removeAttribute(NONCE);
                    return null;
                default:
                    try {
                        return method.invoke(shared, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
            }
        }
    }
}
