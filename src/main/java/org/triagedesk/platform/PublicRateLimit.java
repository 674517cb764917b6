package org.triagedesk.platform;

import java.io.IOException;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The rate limit of the public, anonymous entry points: {@code POST /api/v1/triage} and the
 * self-check page's submissions. Per client ({@link ClientAddress}), {@code TRIAGE_RATE_LIMIT_PER_MINUTE}
 * calls a minute (default 600; 0 turns the limit off) after a burst of {@code TRIAGE_RATE_LIMIT_BURST}
 * (default 600). Over the limit the answer is 429 with {@code Retry-After}; signed-in callers (HTTP
 * Basic or a session) are not limited here.
 */
@WebFilter(urlPatterns = {"/api/v1/triage", "/index.xhtml", ""}, asyncSupported = true)
public class PublicRateLimit extends HttpFilter {

    public static final int DEFAULT_PER_MINUTE = 600;
    public static final int DEFAULT_BURST = 600;

    private static final long serialVersionUID = 1L;

    private transient RateLimiter limiter;

    @Override
    public void init() {
        limiter = new RateLimiter(TriageSettings.integer("triage.rate-limit.per-minute", "TRIAGE_RATE_LIMIT_PER_MINUTE", DEFAULT_PER_MINUTE),
                TriageSettings.integer("triage.rate-limit.burst", "TRIAGE_RATE_LIMIT_BURST", DEFAULT_BURST), System::nanoTime);
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
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
        response.setCharacterEncoding("UTF-8");
        String message = "too many requests from this client: at most " + limiter.perMinute() + " a minute; try again in "
                + wait.getAsLong() + " s";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(Jsons.createObjectBuilder().add("status", 429).add("error", "Too Many Requests")
                    .add("violations", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder().add("field", "client")
                            .add("message", message)))
                    .build().toString());
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>429</title></head><body>"
                    + "<h1>Too many requests / リクエストが多すぎます</h1><p>" + message + "</p><p>"
                    + wait.getAsLong() + " 秒後にもう一度お試しください。</p></body></html>");
        }
    }
}
