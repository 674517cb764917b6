package org.triagedesk.platform;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every answer: no MIME sniffing, no framing by other sites, no referrer sent
 * to other origins. Faces pages get their Content-Security-Policy from PrimeFaces (with a fresh
 * script nonce, web.xml {@code primefaces.CSP_POLICY}); everything else that is not a page (the API,
 * error pages, static files) gets a policy that allows nothing to run.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR}, asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String NOTHING_RUNS = "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (!isPage(request)) {
            response.setHeader("Content-Security-Policy", NOTHING_RUNS);
        }
        chain.doFilter(request, response);
    }

    /** A Faces page, rendered with PrimeFaces' own policy. */
    static boolean isPage(HttpServletRequest request) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/") || (path.endsWith(".xhtml") && !path.contains("/jakarta.faces.resource/"));
    }
}
