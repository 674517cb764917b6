package org.triagedesk.api;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The knowledge base over HTTP with the repository's real kb/: the load report, the known-issue API
 * with optimistic locking, search, and classification and known issues in the triage answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KnowledgeBaseApiIT {

    static final String PASSWORD = "it-password-123";

    @ArquillianResource
    URL deployment;

    ApiClient anonymous;
    ApiClient admin;
    ApiClient engineer;
    ApiClient maintainer;

    @Deployment(testable = false)
    static WebArchive triageDesk() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("triage.war")));
    }

    @BeforeEach
    void clients() {
        anonymous = new ApiClient(URI.create(deployment.toString()), null, null);
        admin = anonymous.as("admin", TriageApiIT.ADMIN_PASSWORD);
        engineer = admin.ensureUser("kb-engineer", PASSWORD, "ENGINEER");
        maintainer = admin.ensureUser("kb-maintainer", PASSWORD, "KB_MAINTAINER");
    }

    @Test
    void theRepositorysKbLoadsWithoutProblems() {
        JsonObject report = admin.post("api/v1/kb/reload", "").json().asJsonObject();
        assertTrue(report.getInt("files") >= 60, report.toString());
        assertEquals(0, report.getJsonArray("problems").size(), report.toString());
        assertEquals(16, report.getInt("templates"));
        assertEquals(report.getInt("files"), report.getInt("unchanged"), "a second load changes nothing");
        assertEquals(403, maintainer.post("api/v1/kb/reload", "").status());
        assertEquals(200, maintainer.get("api/v1/kb/report").status());
    }

    @Test
    void aNewKnownIssueIsFoundByTheVeryNextTriage() {
        String body = """
                {"title": "Frobnicator sidecar floods the node journal", "coverageArea": "AGENT_NODE",
                 "symptoms": "journald on every agent node grows by gigabytes an hour; frobnicator sidecar logs repeat",
                 "cause": "a debug flag left on", "workaround": "turn the frobnicator debug flag off",
                 "signatures": ["frobnicator: debug trace buffer overflow"], "status": "OPEN", "language": "en"}""";
        ApiClient.Answer created = maintainer.post("api/v1/known-issues", body);
        assertEquals(201, created.status(), created.body());
        String key = created.json().asJsonObject().getString("key");
        assertTrue(key.matches("KI-\\d{4,}"), key);
        assertTrue(created.raw().headers().firstValue("Location").orElse("").endsWith("/known-issues/" + key));

        JsonObject triage = anonymous.post("api/v1/triage", """
                {"title": "node disk filling up", "evidence": [{"name": "journal.txt",
                 "content": "Nov 20 10:00:01 moc-node frobnicator[812]: frobnicator: debug trace buffer overflow"}]}""")
                .json().asJsonObject();
        JsonObject first = triage.getJsonArray("knownIssues").getJsonObject(0);
        assertEquals(key, first.getString("key"));
        assertTrue(first.getBoolean("signatureHit"));
        assertEquals("turn the frobnicator debug flag off", first.getString("workaround"));
        assertEquals(key, engineer.get("api/v1/known-issues?q=frobnicator").json().asJsonArray().getJsonObject(0).getString("key"));
        assertEquals(204, maintainer.delete("api/v1/known-issues/" + key).status());
        assertEquals(404, engineer.get("api/v1/known-issues/" + key).status());
    }

    @Test
    void aStaleVersionIsRefusedWith409() {
        String body = "{\"key\": \"IT-LOCK-1\", \"title\": \"Lock test\", \"coverageArea\": \"NETWORKING\", \"symptoms\": \"x\"}";
        assertEquals(201, maintainer.post("api/v1/known-issues", body).status());
        assertError(maintainer.post("api/v1/known-issues", body), 409, "key");
        long version = engineer.get("api/v1/known-issues/IT-LOCK-1").json().asJsonObject().getJsonNumber("version").longValue();
        String change = "{\"title\": \"Lock test, revised\", \"coverageArea\": \"NETWORKING\", \"version\": " + version + "}";
        ApiClient.Answer revised = maintainer.put("api/v1/known-issues/IT-LOCK-1", change);
        assertEquals(200, revised.status(), revised.body());
        assertEquals(version + 1, revised.json().asJsonObject().getJsonNumber("version").longValue());
        assertError(maintainer.put("api/v1/known-issues/IT-LOCK-1", change), 409, "version");
        assertEquals(204, maintainer.delete("api/v1/known-issues/IT-LOCK-1").status());
    }

    @Test
    void badFieldsAreNamed() {
        assertError(maintainer.post("api/v1/known-issues", "{\"title\": \"t\", \"coverageArea\": \"STORAGE\"}"), 400, "coverageArea");
        assertError(maintainer.post("api/v1/known-issues", "{\"title\": \"t\", \"coverageArea\": \"NETWORKING\", \"status\": \"DONE\"}"),
                400, "status");
        assertError(maintainer.post("api/v1/known-issues", "{\"coverageArea\": \"NETWORKING\"}"), 400, "title");
        assertError(maintainer.post("api/v1/known-issues", "{\"key\": \"bad key!\", \"title\": \"t\", \"coverageArea\": \"NETWORKING\"}"),
                400, "key");
        assertError(maintainer.put("api/v1/known-issues/KI-0203", "{\"title\": \"t\", \"coverageArea\": \"NETWORKING\"}"), 400, "version");
        assertError(maintainer.post("api/v1/known-issues", "{\"title\": \"t\", \"coverageArea\": null}"), 400, "coverageArea");
        assertError(maintainer.put("api/v1/known-issues/KI-0203", "{\"title\": \"t\", \"coverageArea\": \"NETWORKING\", \"version\": null}"),
                400, "version");
        assertError(engineer.get("api/v1/known-issues?area=STORAGE"), 400, "area");
        assertError(engineer.get("api/v1/known-issues?size=0"), 400, "size");
    }

    @Test
    void engineersReadAndOnlyMaintainersWrite() {
        assertEquals(200, engineer.get("api/v1/known-issues/KI-0203").status());
        assertEquals(403, engineer.post("api/v1/known-issues", "{\"title\": \"t\", \"coverageArea\": \"NETWORKING\"}").status());
        assertEquals(403, engineer.delete("api/v1/known-issues/KI-0203").status());
        assertEquals(401, anonymous.get("api/v1/known-issues").status());
    }

    @Test
    void searchIsBestFirstAndFiltersAndPages() {
        ApiClient.Answer answer = engineer.get("api/v1/known-issues?q=LoadBalancer%20pending%20VIP&area=NETWORKING&size=3");
        JsonArray hits = answer.json().asJsonArray();
        assertEquals("KI-0203", hits.getJsonObject(0).getString("key"));
        assertTrue(hits.size() <= 3);
        hits.getValuesAs(JsonObject.class).forEach(h -> assertEquals("NETWORKING", h.getString("coverageArea")));
        assertTrue(Long.parseLong(answer.raw().headers().firstValue("X-Total-Count").orElse("0")) >= hits.size());
        JsonArray japanese = engineer.get("api/v1/known-issues?q=%E8%A8%BC%E6%98%8E%E6%9B%B8").json().asJsonArray(); // 証明書
        assertFalse(japanese.isEmpty());
    }

    @Test
    void triageAnswersWithAreaKnownIssuesAndADraft() {
        JsonObject json = anonymous.post("api/v1/triage", """
                {"title": "Service type LoadBalancer stays pending", "description": "EXTERNAL-IP is <pending> for every new service",
                 "cluster": {"platform": "WINDOWS_SERVER_2022", "kubernetesVersion": "1.30.2"}, "asOf": "2025-11-01"}""")
                .json().asJsonObject();
        assertEquals("NETWORKING", json.getString("coverageArea"));
        assertEquals(9, json.getJsonObject("areaScores").size());
        assertTrue(json.getJsonNumber("confidence").doubleValue() > 0 && json.getJsonNumber("confidence").doubleValue() <= 1);
        assertFalse(json.getJsonObject("explanation").getJsonArray("terms").isEmpty());
        assertEquals("KI-0203", json.getJsonArray("knownIssues").getJsonObject(0).getString("key"));
        JsonObject template = json.getJsonObject("template");
        assertNotEquals(JsonValue.NULL, template);
        assertTrue(template.getString("body").contains("KI-0203"));
        assertTrue(template.getString("body").contains("consent"), "the draft asks for access, so it carries the consent notice");
    }

    @Test
    void aHowToQuestionIsOutOfScope() {
        JsonObject json = anonymous.post("api/v1/triage", """
                {"title": "How do I scale a deployment automatically?",
                 "description": "What is the best way to set up a HorizontalPodAutoscaler for my web app?"}""").json().asJsonObject();
        assertEquals("HOW_TO", json.getString("coverageArea"));
        JsonObject eligibility = json.getJsonObject("eligibility");
        assertEquals("OUT_OF_SCOPE", eligibility.getString("verdict"));
        assertTrue(eligibility.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getString("rule").equals("SCOPE_HOW_TO")));
        assertEquals("out-of-scope", json.getJsonObject("template").getString("key"));
    }

    private static void assertError(ApiClient.Answer answer, int status, String field) {
        assertEquals(status, answer.status(), answer.body());
        List<String> fields = answer.json().asJsonObject().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
        assertTrue(fields.contains(field), field + " in " + answer.body());
    }
}
