package org.triagedesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.triagedesk.DeployedSuite;
import org.triagedesk.api.ApiClient;

/**
 * Who may do what (issue 8): every endpoint and page against {anonymous, ENGINEER, KB_MAINTAINER,
 * ADMIN}; the sign-in back-off; the public rate limit with 429 and Retry-After; the security headers.
 * One deployment. The deployment trusts X-Forwarded-For (arquillian.xml), so the limits are tested
 * from addresses of their own without slowing the other tests.
 */
class AccessAndLimitsIT extends DeployedSuite {

    enum Who { ANONYMOUS, ENGINEER, KB_MAINTAINER, ADMIN }

    static final String PASSWORD = "access-matrix-pw-1";
    static final Set<Who> ANYONE = EnumSet.allOf(Who.class);
    static final Set<Who> READERS = EnumSet.of(Who.ENGINEER, Who.KB_MAINTAINER, Who.ADMIN);
    static final Set<Who> MAINTAINERS = EnumSet.of(Who.KB_MAINTAINER, Who.ADMIN);
    static final Set<Who> ENGINEERS = EnumSet.of(Who.ENGINEER, Who.ADMIN);
    static final Set<Who> ADMINS = EnumSet.of(Who.ADMIN);

    /** One line of the matrix: a request and who may make it. */
    record Row(String method, String path, String body, Set<Who> allowed) {
        boolean page() {
            return !path.startsWith("api/");
        }
    }

    static final List<Row> MATRIX = List.of(
            new Row("POST", "api/v1/triage", "{\"title\": \"pods pending\"}", ANYONE),
            new Row("GET", "openapi", null, ANYONE),
            new Row("GET", "api/v1/known-issues", null, READERS),
            new Row("GET", "api/v1/known-issues/KI-0103", null, READERS),
            new Row("POST", "api/v1/known-issues", "{}", MAINTAINERS),
            new Row("PUT", "api/v1/known-issues/KI-9999", "{}", MAINTAINERS),
            new Row("DELETE", "api/v1/known-issues/KI-9999", null, MAINTAINERS),
            new Row("GET", "api/v1/kb/report", null, MAINTAINERS),
            new Row("POST", "api/v1/kb/reload", "", ADMINS),
            new Row("POST", "api/v1/kb/reindex", "", ADMINS),
            new Row("GET", "api/v1/kubernetes-versions", null, READERS),
            new Row("GET", "api/v1/kubernetes-versions/1.30", null, READERS),
            new Row("PUT", "api/v1/kubernetes-versions/0.1", "{}", MAINTAINERS),
            new Row("DELETE", "api/v1/kubernetes-versions/0.1", null, MAINTAINERS),
            new Row("GET", "api/v1/platforms", null, READERS),
            new Row("GET", "api/v1/platforms/AZURE_STACK_HCI_22H2", null, READERS),
            new Row("PUT", "api/v1/platforms/NO_SUCH_PLATFORM", "{}", MAINTAINERS),
            new Row("DELETE", "api/v1/platforms/NO_SUCH_PLATFORM", null, MAINTAINERS),
            new Row("POST", "api/v1/cases", "{}", ENGINEERS),
            new Row("GET", "api/v1/cases", null, ENGINEERS),
            new Row("GET", "api/v1/cases/CASE-000000", null, ENGINEERS),
            new Row("GET", "api/v1/cases/CASE-000000/history", null, ENGINEERS),
            new Row("PUT", "api/v1/cases/CASE-000000/status", "{}", ENGINEERS),
            new Row("PUT", "api/v1/cases/CASE-000000/area", "{}", ENGINEERS),
            new Row("GET", "api/v1/cases/CASE-000000/evidence/1", null, ENGINEERS),
            new Row("GET", "api/v1/users", null, ADMINS),
            new Row("GET", "api/v1/users/nobody-here", null, ADMINS),
            new Row("POST", "api/v1/users", "{}", ADMINS),
            new Row("PUT", "api/v1/users/nobody-here", "{}", ADMINS),
            new Row("DELETE", "api/v1/users/nobody-here", null, ADMINS),
            new Row("GET", "", null, ANYONE),
            new Row("GET", "login.xhtml", null, ANYONE),
            new Row("GET", "desk/inbox.xhtml", null, ENGINEERS),
            new Row("GET", "desk/new-case.xhtml", null, ENGINEERS),
            new Row("GET", "desk/dashboard.xhtml", null, ENGINEERS),
            new Row("GET", "maintain/known-issues.xhtml", null, MAINTAINERS),
            new Row("GET", "maintain/known-issue.xhtml", null, MAINTAINERS),
            new Row("GET", "maintain/catalogs.xhtml", null, MAINTAINERS),
            new Row("GET", "maintain/reload.xhtml", null, MAINTAINERS),
            new Row("GET", "admin/users.xhtml", null, ADMINS));

    private ApiClient as(Who who) {
        return switch (who) {
            case ANONYMOUS -> anonymous;
            case ADMIN -> admin;
            default -> admin.ensureUser("matrix-" + who.name().toLowerCase().replace('_', '-'), PASSWORD, who.name());
        };
    }

    @Test
    void everyEndpointAndPageAnswersEachRoleAsExpected() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Row row : MATRIX) {
            for (Who who : Who.values()) {
                ApiClient client = as(who);
                HttpRequest.Builder request = client.request(row.path()).header("X-Forwarded-For", "192.0.2.10");
                if (row.body() != null) {
                    request.header("Content-Type", "application/json").method(row.method(), BodyPublishers.ofString(row.body()));
                } else {
                    request.method(row.method(), BodyPublishers.noBody());
                }
                int status = client.send(request).status();
                checked++;
                String cell = row.method() + " /" + row.path() + " as " + who + " -> " + status;
                if (row.allowed().contains(who)) {
                    if (status == 401 || status == 403 || status == 302 || status >= 500) {
                        wrong.add(cell + " (should be let in)");
                    }
                } else {
                    int expected = who == Who.ANONYMOUS ? (row.page() ? 302 : 401) : 403;
                    if (status != expected) {
                        wrong.add(cell + " (expected " + expected + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "of " + checked + " cells");
        assertEquals(MATRIX.size() * Who.values().length, checked);
    }

    @Test
    void anonymousPageRequestsAreSentToSignInAndBack() {
        var answer = anonymous.get("maintain/catalogs.xhtml");
        assertEquals(302, answer.status());
        String location = answer.raw().headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/login.xhtml?next=%2Fmaintain%2Fcatalogs.xhtml"), location);
    }

    @Test
    void repeatedWrongPasswordsBackOffEvenTheRightOneButNotFromElsewhere() {
        admin.ensureUser("backoff-victim", PASSWORD, "ENGINEER");
        ApiClient wrong = anonymous.as("backoff-victim", "not-the-password");
        ApiClient right = anonymous.as("backoff-victim", PASSWORD);
        String attacker = "198.51.100.77";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, wrong.send(wrong.request("api/v1/cases").header("X-Forwarded-For", attacker).GET()).status(), "failure " + i);
        }
        assertEquals(401, wrong.send(wrong.request("api/v1/cases").header("X-Forwarded-For", attacker).GET()).status(),
                "the sixth failure is still checked, and starts the back-off");
        var refused = right.send(right.request("api/v1/cases").header("X-Forwarded-For", attacker).GET());
        assertEquals(429, refused.status(), "during the back-off even the right password waits: " + refused.body());
        assertTrue(refused.raw().headers().firstValue("Retry-After").isPresent());
        assertTrue(refused.body().contains("\"field\":\"Authorization\""), refused.body());
        assertEquals(200, right.send(right.request("api/v1/cases").header("X-Forwarded-For", "198.51.100.78").GET()).status(),
                "the real user elsewhere is not locked out");
    }

    @Test
    void thePublicSelfCheckIsRateLimitedPerClient() throws Exception {
        String client = "203.0.113.50";
        AtomicInteger limited = new AtomicInteger();
        AtomicInteger retryAfter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                work.add(pool.submit(() -> {
                    // an empty body is refused quickly (400) but still counts: the limit comes before the work
                    for (int i = 0; i < 200 && limited.get() < 5; i++) {
                        var answer = anonymous.send(anonymous.request("api/v1/triage").header("X-Forwarded-For", client)
                                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("")));
                        if (answer.status() == 429) {
                            limited.incrementAndGet();
                            answer.raw().headers().firstValue("Retry-After").map(Integer::parseInt).ifPresent(retryAfter::set);
                            assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
                            assertTrue(answer.body().contains("\"status\":429"), answer.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(limited.get() > 0, "800 calls at once exceed the burst of 600");
        assertTrue(retryAfter.get() >= 1, "Retry-After says when to come back");
        var other = anonymous.send(anonymous.request("api/v1/triage").header("X-Forwarded-For", "203.0.113.51")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"title\": \"node not ready\"}")));
        assertEquals(200, other.status(), "another client is not limited");
        var signedIn = admin.send(admin.request("api/v1/triage").header("X-Forwarded-For", client)
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"title\": \"node not ready\"}")));
        assertEquals(200, signedIn.status(), "signed-in callers are not limited by the public limit");
    }

    @Test
    void pagesAndApiCarrySecurityHeaders() {
        var page = anonymous.get("");
        assertEquals(200, page.status());
        String csp = page.raw().headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[^']+';?$"), "scripts only from the app or with this response's nonce: " + csp);
        assertFalse(csp.contains("unsafe-inline';") && csp.contains("script-src 'self' 'unsafe-inline'"), csp);
        String nonce = csp.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
        assertFalse(page.body().matches("(?s).*\\son(click|change|load)=\".*"), "no inline event handlers on the page");
        assertEquals("nosniff", page.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.raw().headers().firstValue("X-Frame-Options").orElse(""));
        String second = anonymous.get("").raw().headers().firstValue("Content-Security-Policy").orElse("");
        assertFalse(second.equals(csp), "a fresh nonce for every response");

        var api = anonymous.post("api/v1/triage", "{\"title\": \"x\"}");
        assertEquals("nosniff", api.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(api.raw().headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'none'"));
        var missing = anonymous.get("no/such/page.xhtml");
        assertEquals(404, missing.status());
        assertEquals("nosniff", missing.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
    }
}
