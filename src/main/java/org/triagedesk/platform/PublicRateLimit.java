package org.triagedesk.platform;

import java.io.IOException;
import java.util.OptionalLong;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The rate limit of the public, anonymous entry points: {@code POST /api/v1/triage} and the
 * self-check page's submissions. Per client ({@link ClientAddress}), {@code TRIAGE_RATE_LIMIT_PER_MINUTE}
 * calls a minute (default 600; 0 turns the limit off) after a burst of {@code TRIAGE_RATE_LIMIT_BURST}
 * (default 600). Over the limit the answer is 429 with {@code Retry-After}: the API's JSON error,
 * a bare 429 to the page's Ajax requests (the page itself words it), and for a full submit of the
 * page a mark on the request, so that the page answers 429 with the form as it was and the reason
 * in the visitor's language. Signed-in callers (HTTP Basic or a session) are not limited here.
 */
@WebFilter(urlPatterns = {"/api/v1/triage", "/index.xhtml", ""}, asyncSupported = true)
public class PublicRateLimit extends HttpFilter {

    public static final int DEFAULT_PER_MINUTE = 600;
    public static final int DEFAULT_BURST = 600;

    private static final long serialVersionUID = 1L;

    /** The request attribute a limited full page submit carries: the seconds to wait, as a {@code Long}. */
    static final String RETRY_AFTER = PublicRateLimit.class.getName() + ".retryAfter";

    private transient RateLimiter limiter;

    @Inject
    transient Cluster cluster;

    /** One bucket per client for every node when clustered (an idle bucket is full again within a minute or so). */
    @Override
    public void init() {
        limiter = new RateLimiter(TriageSettings.integer("triage.rate-limit.per-minute", "TRIAGE_RATE_LIMIT_PER_MINUTE", DEFAULT_PER_MINUTE),
                TriageSettings.integer("triage.rate-limit.burst", "TRIAGE_RATE_LIMIT_BURST", DEFAULT_BURST), cluster.nanoClock(),
                cluster.entries("triage-rate-limit", 3600, RateLimiter.MAX_CLIENTS));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || request.getUserPrincipal() != null) {
            chain.doFilter(request, response);
            return;
        }
        OptionalLong wait = limiter.acquire(ClientAddress.of(request));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String message = "too many requests from this client: at most " + limiter.perMinute() + " a minute; try again in "
                + wait.getAsLong() + " s";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
            ErrorBody.write(response, 429, "Too Many Requests", "client", message);
        } else if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // the page stays as it is, and its script (triage.js) shows the page's own words with Retry-After
            refuse(response, wait.getAsLong(), "text/plain;charset=UTF-8", message);
        } else {
            // a full submit of the page: the page refuses the check itself (SelfCheckView), in the visitor's
            // language and with everything they entered still in the form, so nothing typed is lost
            request.setAttribute(RETRY_AFTER, wait.getAsLong());
            chain.doFilter(request, response);
        }
    }

    /** For a full submit of the self-check page over the limit: the seconds to wait; empty when it may go on. */
    public static OptionalLong retryAfter(ServletRequest request) {
        return request.getAttribute(RETRY_AFTER) instanceof Long seconds ? OptionalLong.of(seconds) : OptionalLong.empty();
    }

    private static void refuse(HttpServletResponse response, long seconds, String contentType, String body) throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setCharacterEncoding("UTF-8");
        response.setContentType(contentType);
        response.getWriter().write(body);
    }
}
