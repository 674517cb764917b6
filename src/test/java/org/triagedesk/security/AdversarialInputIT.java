package org.triagedesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagedesk.DeployedSuite;
import org.triagedesk.api.ApiClient;

/**
 * Bad input over every endpoint that takes a body or a query (issue 8): malformed, wrongly typed,
 * oversized and binary bodies, unknown codes, absurd dates, control characters, Lucene syntax in
 * {@code q}, script payloads kept as data. Each gets a documented 4xx with the JSON error shape
 * (never a 5xx, never a stack trace), and the app keeps serving. One deployment.
 */
class AdversarialInputIT extends DeployedSuite {

    static final String PASSWORD = "adversarial-pw-1";

    /** Bodies no endpoint should accept, by what is wrong with them. */
    static final Map<String, String> BAD_BODIES = new LinkedHashMap<>();

    static {
        BAD_BODIES.put("empty", "");
        BAD_BODIES.put("truncated", "{\"title\": ");
        BAD_BODIES.put("array", "[1, 2, 3]");
        BAD_BODIES.put("string", "\"just a string\"");
        BAD_BODIES.put("number", "42");
        BAD_BODIES.put("null", "null");
        BAD_BODIES.put("trailing garbage", "{\"title\": \"t\"} {\"title\": \"u\"}");
        BAD_BODIES.put("deep nesting", "[".repeat(5_000) + "]".repeat(5_000));
        BAD_BODIES.put("wrong types", "{\"title\": 5, \"description\": [], \"key\": {}, \"area\": 7, \"status\": true, \"releaseDate\": 1,"
                + " \"username\": 3, \"roles\": \"ADMIN\", \"cluster\": \"x\", \"version\": \"v\", \"coverageArea\": 5,"
                + " \"minor\": 5, \"code\": 5, \"endOfSupport\": 5, \"removalDate\": true, \"password\": 5}");
        BAD_BODIES.put("unknown codes", "{\"area\": \"KITCHEN\", \"status\": \"ASLEEP\", \"roles\": [\"ROOT\"], \"severity\": \"URGENT!\","
                + " \"coverageArea\": \"KITCHEN\", \"language\": \"klingon\", \"endOfSupport\": \"never\", \"releaseDate\": \"soon\","
                + " \"cluster\": {\"subscriptionState\": \"PAUSED\", \"cni\": \"WEAVE\"}}");
        BAD_BODIES.put("over a mebibyte", "{\"title\": \"t\", \"description\": \"" + "あ".repeat(600_000) + "\"}");
    }

    /** Every endpoint that reads a JSON body, with the role that may call it (so the body, not the role, is refused). */
    record Endpoint(String method, String path, String role) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("POST", "api/v1/triage", null),
            new Endpoint("POST", "api/v1/cases", "ENGINEER"),
            new Endpoint("PUT", "api/v1/cases/{case}/status", "ENGINEER"),
            new Endpoint("PUT", "api/v1/cases/{case}/area", "ENGINEER"),
            new Endpoint("POST", "api/v1/known-issues", "KB_MAINTAINER"),
            new Endpoint("PUT", "api/v1/known-issues/KI-0103", "KB_MAINTAINER"),
            new Endpoint("PUT", "api/v1/kubernetes-versions/1.97", "KB_MAINTAINER"),
            new Endpoint("PUT", "api/v1/platforms/ADVERSARIAL_PLATFORM", "KB_MAINTAINER"),
            new Endpoint("POST", "api/v1/users", "ADMIN"),
            new Endpoint("PUT", "api/v1/users/adv-engineer", "ADMIN"));

    ApiClient engineer;
    ApiClient maintainer;

    @BeforeEach
    void clients() {
        engineer = admin.ensureUser("adv-engineer", PASSWORD, "ENGINEER");
        maintainer = admin.ensureUser("adv-maintainer", PASSWORD, "KB_MAINTAINER");
    }

    private ApiClient client(String role) {
        return role == null ? anonymous : switch (role) {
            case "ENGINEER" -> engineer;
            case "KB_MAINTAINER" -> maintainer;
            default -> admin;
        };
    }

    @Test
    void everyBadBodyOnEveryEndpointIsAClear4xxAndTheAppKeepsServing() {
        String reference = engineer.post("api/v1/cases", "{\"title\": \"adversarial target\", \"severity\": \"C\"}").json().asJsonObject().getString("reference");
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Endpoint endpoint : ENDPOINTS) {
            ApiClient client = client(endpoint.role());
            String path = endpoint.path().replace("{case}", reference);
            for (Map.Entry<String, String> bad : BAD_BODIES.entrySet()) {
                ApiClient.Answer answer = client.send(client.request(path).header("Content-Type", "application/json")
                        .method(endpoint.method(), BodyPublishers.ofString(bad.getValue())));
                tried++;
                String problem = problem(answer, bad.getKey().equals("over a mebibyte") ? 413 : 400);
                if (problem != null) {
                    wrong.add(endpoint.method() + " /" + path + " with " + bad.getKey() + ": " + problem);
                }
            }
            byte[] binary = new byte[4096];
            new Random(7).nextBytes(binary);
            ApiClient.Answer answer = client.send(client.request(path).header("Content-Type", "application/json")
                    .method(endpoint.method(), BodyPublishers.ofByteArray(binary)));
            tried++;
            String problem = problem(answer, 400);
            if (problem != null) {
                wrong.add(endpoint.method() + " /" + path + " with random bytes: " + problem);
            }
            answer = client.send(client.request(path).header("Content-Type", "application/xml")
                    .method(endpoint.method(), BodyPublishers.ofString("<title>t</title>")));
            tried++;
            problem = problem(answer, 415);
            if (problem != null) {
                wrong.add(endpoint.method() + " /" + path + " as XML: " + problem);
            }
        }
        assertEquals(List.of(), wrong, "of " + tried + " bad requests");
        assertEquals(200, anonymous.post("api/v1/triage", "{\"title\": \"still serving\"}").status());
        assertEquals(200, engineer.get("api/v1/cases/" + reference).status(), "the target case is unharmed");
    }

    /** Null when the answer is the documented error with {@code status}; else what is wrong with it. */
    private static String problem(ApiClient.Answer answer, int status) {
        if (answer.status() != status) {
            return "status " + answer.status() + " instead of " + status + ": " + shorten(answer.body());
        }
        if (!answer.contentType().startsWith("application/json")) {
            return "content type " + answer.contentType();
        }
        JsonObject error = answer.json().asJsonObject();
        if (error.getInt("status", -1) != status || !error.containsKey("error") || !error.containsKey("violations")) {
            return "not the error shape: " + shorten(answer.body());
        }
        if (status == 400 && error.getJsonArray("violations").isEmpty()) {
            return "a 400 that names no field: " + shorten(answer.body());
        }
        if (answer.body().contains("Exception") || answer.body().contains("\tat ")) {
            return "a stack trace leaks: " + shorten(answer.body());
        }
        return null;
    }

    private static String shorten(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    @Test
    void absurdDatesAreAnsweredOrNamedNeverAFailure() {
        for (String asOf : List.of("0000-01-01", "0001-01-01", "1900-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01", "2025-13-01",
                "2025-02-30", "2025-1-1", "yesterday", "")) {
            for (String field : List.of("asOf", "cluster.lastAzureConnection", "cluster.stoppedSince", "cluster.subscriptionStateSince")) {
                String date = "\"" + asOf + "\"";
                String body = field.equals("asOf") ? "{\"title\": \"t\", \"asOf\": " + date + "}"
                        : "{\"title\": \"t\", \"cluster\": {\"platform\": \"AZURE_STACK_HCI_22H2\", \"subscriptionState\": \"SUSPENDED\", \""
                                + field.substring(8) + "\": " + date + "}}";
                ApiClient.Answer answer = anonymous.post("api/v1/triage", body);
                assertTrue(answer.status() == 200 || answer.status() == 400, field + "=" + asOf + " -> " + answer.status() + " " + shorten(answer.body()));
                if (answer.status() == 400) {
                    assertTrue(answer.body().contains("\"field\":\"" + field + "\""), field + "=" + asOf + " names the field: " + answer.body());
                } else {
                    assertTrue(answer.json().asJsonObject().containsKey("eligibility"), answer.body());
                }
            }
        }
        // before any release: the version is simply not released yet, a finding, not a failure
        ApiClient.Answer early = anonymous.post("api/v1/triage", "{\"title\": \"t\", \"asOf\": \"1970-01-01\", \"cluster\": {\"kubernetesVersion\": \"1.30.4\"}}");
        assertEquals(200, early.status(), early.body());
    }

    @Test
    void tenMegabytesOfEvidenceAre413AndNothingIsFiled() {
        String tenMb = "x".repeat(10 * 1024 * 1024);
        long before = total(engineer.get("api/v1/cases?size=1"));
        assertEquals(413, anonymous.post("api/v1/triage", "{\"title\": \"t\", \"evidence\": [{\"name\": \"big.log\", \"content\": \"" + tenMb + "\"}]}").status());
        assertEquals(413, engineer.post("api/v1/cases", "{\"title\": \"t\", \"severity\": \"C\", \"evidence\": [{\"name\": \"big.log\", \"content\": \"" + tenMb + "\"}]}").status());
        assertEquals(before, total(engineer.get("api/v1/cases?size=1")), "nothing half-filed");
        assertEquals(200, anonymous.post("api/v1/triage", "{\"title\": \"still serving\"}").status());
    }

    @Test
    void controlCharactersBinaryAndMixedLanguagesAreTriagedAsText() {
        String mixed = "ノードが NotReady になり kubelet が PLEG is not healthy を出す \\u0000\\u0007\\u001b[31m red \\ud83d\\ude00 \\ud800";
        ApiClient.Answer answer = anonymous.post("api/v1/triage", "{\"title\": \"" + mixed + "\", \"description\": \"\\u0000".repeat(50) + "\","
                + " \"evidence\": [{\"name\": \"../../etc/passwd\", \"content\": \"\\u0000\\u0001\\u0002 Server Version: v1.29.4\"}]}");
        assertEquals(200, answer.status(), answer.body());
        assertFalse(answer.body().contains("\u0000"), "no NUL goes back out");
    }

    @Test
    void luceneSyntaxInQueriesIsSearchedAsWords() {
        List<String> wrong = new ArrayList<>();
        for (String q : List.of("title:(", "*", "\\", "\"", "?", "AND", "OR NOT", "a~", "[1 TO", "{!lucene}", "*:*", "((((", "title:\"",
                "ノード)", "<script>alert(1)</script>", "'; DROP TABLE support_case;--", "%00", "x".repeat(2_000))) {
            String encoded = URLEncoder.encode(q, StandardCharsets.UTF_8);
            for (String path : List.of("api/v1/known-issues?q=", "api/v1/cases?q=")) {
                ApiClient.Answer answer = engineer.get(path + encoded);
                if (answer.status() != 200) {
                    wrong.add(path + q + " -> " + answer.status() + " " + shorten(answer.body()));
                }
            }
        }
        assertEquals(List.of(), wrong);
        for (String path : List.of("api/v1/known-issues?q=", "api/v1/cases?q=")) {
            ApiClient.Answer tooLong = engineer.get(path + "x".repeat(2_001));
            assertEquals(400, tooLong.status(), path);
            assertTrue(tooLong.body().contains("\"field\":\"q\""), tooLong.body());
        }
        for (String bad : List.of("page=-1", "page=abc", "size=0", "size=100000", "size=1e3")) {
            ApiClient.Answer answer = engineer.get("api/v1/cases?" + bad);
            assertEquals(400, answer.status(), bad + " " + answer.body());
            assertTrue(answer.body().contains("\"field\":\"" + bad.substring(0, bad.indexOf('=')) + "\""), answer.body());
        }
    }

    @Test
    void scriptPayloadsInEveryTextFieldAreKeptAsDataAndServedAsJson() {
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>\\\"'`${7*7}{{7*7}}";
        String shortPayload = "<script>alert(1)</script>";
        ApiClient.Answer filed = engineer.post("api/v1/cases", "{\"title\": \"" + payload + "\", \"description\": \"" + payload + "\","
                + " \"evidence\": [{\"name\": \"" + payload + "\", \"content\": \"" + payload + "\"}],"
                + " \"severity\": \"B\", \"customer\": \"" + payload + "\","
                + " \"cluster\": {\"platform\": \"" + shortPayload + "\", \"kubernetesVersion\": \"1.29.4\","
                + " \"previewFeatures\": [\"" + shortPayload + "\"]}}");
        assertEquals(201, filed.status(), filed.body());
        String reference = filed.json().asJsonObject().getString("reference");
        ApiClient.Answer read = engineer.get("api/v1/cases/" + reference);
        assertTrue(read.contentType().startsWith("application/json"), read.contentType());
        JsonObject c = read.json().asJsonObject();
        String expected = payload.replace("\\\"", "\"");
        assertEquals(expected, c.getString("title"), "stored and returned as the same data, not altered, not executed");
        assertEquals(expected, c.getString("description"));

        String issueBody = "{\"title\": \"" + payload + "\", \"symptoms\": \"" + payload + "\", \"workaround\": \"" + payload + "\","
                + " \"coverageArea\": \"NETWORKING\", \"upstreamUrl\": \"%s\"}";
        ApiClient.Answer refused = maintainer.post("api/v1/known-issues", issueBody.formatted("javascript:alert(1)"));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.json().asJsonObject().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> v.getString("field").equals("upstreamUrl")), "a javascript: link is refused by name: " + refused.body());
        ApiClient.Answer issue = maintainer.post("api/v1/known-issues", issueBody.formatted("https://github.com/kubernetes/kubernetes/issues/1"));
        assertEquals(201, issue.status(), issue.body());
        JsonObject kept = maintainer.get("api/v1/known-issues/" + issue.json().asJsonObject().getString("key")).json().asJsonObject();
        assertEquals(expected, kept.getString("title"), "a known issue keeps the payload as the same data");
        assertEquals(expected, kept.getString("workaround"));

        ApiClient.Answer triage = anonymous.post("api/v1/triage", "{\"title\": \"" + payload + "\"}");
        assertEquals(200, triage.status());
        assertTrue(triage.contentType().startsWith("application/json"));
        assertEquals("nosniff", triage.raw().headers().firstValue("X-Content-Type-Options").orElse(""),
                "a browser will not sniff the JSON into HTML");
        // the response draft is plain text: it quotes the customer's words as they were, neither evaluated (${7*7}, {{7*7}})
        // nor altered; the JSON it travels in (never rendered as HTML, see nosniff) is what keeps it data
        JsonObject template = triage.json().asJsonObject().getJsonObject("template");
        assertNotNull(template, triage.body());
        assertTrue((template.getString("subject") + template.getString("body")).contains(expected), template.toString());
    }

    @Test
    void errorsTheContainerAnswersAreTheJsonErrorBodyToo() {
        String reference = engineer.post("api/v1/cases", "{\"title\": \"container errors\", \"severity\": \"C\"}").json().asJsonObject()
                .getString("reference");
        record Call(String what, HttpRequest.Builder request, int status) {
        }
        List<Call> calls = List.of(
                new Call("an unknown API path", engineer.request("api/v1/no/such/path").GET(), 404),
                new Call("an unknown API path, asked for by a browser", engineer.request("api/v1/nothing-here").header("Accept", "text/html").GET(), 404),
                new Call("a method JAX-RS does not know", engineer.request("api/v1/cases").method("PROPFIND", BodyPublishers.noBody()), 405),
                new Call("a method the OpenAPI servlet does not serve", anonymous.request("openapi").POST(BodyPublishers.ofString("{}")), 405),
                new Call("below /openapi", anonymous.request("openapi/v2").GET(), 404),
                new Call("an answer the caller does not accept", engineer.request("api/v1/cases").header("Accept", "application/xml").GET(), 406),
                new Call("a body of the wrong media type", anonymous.request("api/v1/triage").header("Content-Type", "text/plain")
                        .POST(BodyPublishers.ofString("title")), 415),
                new Call("a broken multipart upload", engineer.request("api/v1/cases/" + reference + "/evidence")
                        .header("Content-Type", "multipart/form-data; boundary=zz").POST(BodyPublishers.ofString("not multipart")), 400),
                new Call("a protected file of the application", engineer.request("WEB-INF/web.xml").GET(), 403));
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            ApiClient.Answer answer = engineer.send(call.request());
            String problem = problem(answer, call.status());
            if (problem == null && answer.json().asJsonObject().getJsonArray("violations").isEmpty()) {
                problem = "names nothing: " + answer.body();
            }
            if (problem != null) {
                wrong.add(call.what() + ": " + problem);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void wrongHttpMethodsAnd405() {
        ApiClient.Answer answer = anonymous.send(anonymous.request("api/v1/triage").GET());
        assertEquals(405, answer.status());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
    }

    @Test
    void traversalInPathsNeverLeavesTheApp() {
        for (String path : List.of("api/v1/known-issues/..%2F..%2Fetc%2Fpasswd", "api/v1/cases/..%2F..%2FWEB-INF%2Fweb.xml",
                "WEB-INF/web.xml", "api/v1/known-issues/%00", "api/v1/cases/CASE-1%0d%0aSet-Cookie:x=1")) {
            ApiClient.Answer answer = engineer.send(engineer.request(path).GET());
            assertTrue(answer.status() == 400 || answer.status() == 403 || answer.status() == 404, path + " -> " + answer.status());
            assertFalse(answer.body().contains("<web-app"), path);
            assertFalse(answer.raw().headers().firstValue("Set-Cookie").orElse("").contains("x=1"), path);
        }
    }

    private static long total(ApiClient.Answer list) {
        return Long.parseLong(list.raw().headers().firstValue("X-Total-Count").orElseThrow());
    }
}
