package org.triagedesk.api;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagedesk.DeployedSuite;

/**
 * The knowledge base over HTTP with the repository's real kb/: the load report, the known-issue API
 * with optimistic locking, search, and classification and known issues in the triage answer.
 */
class KnowledgeBaseApiIT extends DeployedSuite {

    static final String PASSWORD = "it-password-123";

    ApiClient engineer;
    ApiClient maintainer;

    @BeforeEach
    void clients() {
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
    void aKnownIssueThatLooksLikeAnExistingOneSaysSoOrIsRefusedWhenAsked() {
        // the shipped KI-0124 (etcd "database space exceeded"), written again under another key
        String body = """
                {"key": "IT-DUP-1", "title": "Writes to the management cluster refused", "coverageArea": "CONTROL_PLANE",
                 "symptoms": "kubectl apply fails; the apiserver logs etcd errors", "workaround": "defragment etcd",
                 "signatures": ["etcdserver: mvcc: database space exceeded"], "status": "OPEN", "language": "en"}""";
        ApiClient.Answer refused = maintainer.post("api/v1/known-issues?rejectDuplicates=true", body);
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().asJsonObject().getJsonArray("likelyDuplicates").toString().contains("KI-0124"), refused.body());
        assertEquals(404, engineer.get("api/v1/known-issues/IT-DUP-1").status(), "nothing was created");

        ApiClient.Answer created = maintainer.post("api/v1/known-issues", body);
        assertEquals(201, created.status(), created.body());
        JsonObject duplicate = created.json().asJsonObject().getJsonArray("likelyDuplicates").getJsonObject(0);
        assertEquals("KI-0124", duplicate.getString("key"));
        assertEquals("signature", duplicate.getString("why"));
        assertError(maintainer.post("api/v1/known-issues?rejectDuplicates=maybe", body.replace("IT-DUP-1", "IT-DUP-2")), 400, "rejectDuplicates");

        ApiClient.Answer unrelated = maintainer.post("api/v1/known-issues", """
                {"key": "IT-DUP-3", "title": "Quuxinator operator panics on start", "coverageArea": "THIRD_PARTY",
                 "symptoms": "the quuxinator pod restarts", "workaround": "pin the chart", "status": "OPEN", "language": "en"}""");
        assertEquals(0, unrelated.json().asJsonObject().getJsonArray("likelyDuplicates").size(), unrelated.body());
        assertEquals(204, maintainer.delete("api/v1/known-issues/IT-DUP-1").status());
        assertEquals(204, maintainer.delete("api/v1/known-issues/IT-DUP-3").status());
        assertTrue(admin.get("api/v1/kb/report").json().asJsonObject().containsKey("likelyDuplicates"));
    }

    /** Known issues as public documentation and upstream trackers write them: every version note goes in as written. */
    static final List<String[]> REAL_RECORDS = List.of(
            new String[] {"IT-V-01", "UPSTREAM_BUG", "Zorblat sandbox shims leak after containerd restarts",
                "containerd 1.6.x before 1.6.24, 1.7.x before 1.7.4", "containerd 1.6.24 / 1.7.4"},
            new String[] {"IT-V-02", "LIFECYCLE", "Install-AksHci stops: the term Get-MocConfig is not recognized",
                "AKS-HCI 1.0.x releases up to early 2022", "AKS on Azure Stack HCI May 2022 release"},
            new String[] {"IT-V-03", "NETWORKING", "DNS answers lost to a conntrack insertion race", "Linux kernels before 5.7",
                "Linux カーネル 4.19 / 5.0 で主要な競合を修正"},
            new String[] {"IT-V-04", "CONTROL_PLANE", "kube-apiserver memory grows with watch caches", "Kubernetes 1.27.0 to 1.27.3", "1.27.4"},
            new String[] {"IT-V-05", "ARC_INTEGRATION", "Arc resource bridge upgrade stalls at 67 percent", "Azure Local 2503 and 2504", "fixed in 2505"},
            new String[] {"IT-V-06", "AGENT_NODE", "ノードの再起動後に kubelet が証明書を読み込めない", "Kubernetes 1.28.0 以降、1.28.5 より前",
                "1.28.5 で修正"},
            new String[] {"IT-V-07", "LIFECYCLE", "Update-AksHci loops on the same step", "AKS-HCI PowerShell module releases of late 2021", null},
            new String[] {"IT-V-08", "UPSTREAM_BUG", "Container escape through a leaked runc file descriptor",
                "runc 1.1.11 and earlier (CVE-2024-21626, \"Leaky Vessels\")", "runc 1.1.12 (containerd 1.6.28 and 1.7.13 ship it)"});

    @Test
    void knownIssuesGoInWithTheirVersionNotesAsWrittenAndSayWhatWasRead() {
        for (String[] r : REAL_RECORDS) {
            JsonObject body = Json.createObjectBuilder().add("key", r[0]).add("coverageArea", r[1]).add("title", r[2])
                    .add("symptoms", r[2] + ", seen on real clusters").add("workaround", "See the linked page.")
                    .add("upstreamUrl", "https://github.com/example/tracker/issues/" + r[0].substring(5))
                    .add("timeline", "Fixed upstream; picked up by the next release.")
                    .add("affectedVersions", r[3]).add("fixedIn", r[4] == null ? JsonValue.NULL : Json.createValue(r[4])).build();
            ApiClient.Answer created = maintainer.post("api/v1/known-issues", body.toString());
            assertEquals(201, created.status(), r[0] + ": " + created.body());
            JsonObject issue = created.json().asJsonObject();
            assertEquals(r[3], issue.getString("affectedVersions"), "the note is kept as written");
            if (r[4] != null) {
                assertEquals(r[4], issue.getString("fixedIn"));
            }
        }
        JsonObject containerd = engineer.get("api/v1/known-issues/IT-V-01").json().asJsonObject();
        assertEquals(List.of("containerd 1.6.x <1.6.24", "containerd 1.7.x <1.7.4"), ranges(containerd));
        assertEquals(List.of("1.6.x before 1.6.24", "1.7.x before 1.7.4"), containerd.getJsonArray("affectedRanges").getValuesAs(JsonObject.class)
                .stream().map(r -> r.getString("text")).toList());
        assertEquals(List.of("containerd 1.6.24", "containerd 1.7.4"), fixes(containerd));
        assertEquals(List.of("aks-hci 1.0.x"), ranges(engineer.get("api/v1/known-issues/IT-V-02").json().asJsonObject()),
                "the release line is read, the date stays text");
        assertEquals(List.of(), fixes(engineer.get("api/v1/known-issues/IT-V-02").json().asJsonObject()));
        JsonObject kernel = engineer.get("api/v1/known-issues/IT-V-03").json().asJsonObject();
        assertEquals(List.of("kernel <5.7"), ranges(kernel));
        assertEquals(List.of("kernel 4.19", "kernel 5.0"), fixes(kernel));
        assertEquals(List.of("kubernetes 1.27.0 - 1.27.3"), ranges(engineer.get("api/v1/known-issues/IT-V-04").json().asJsonObject()));
        JsonObject local = engineer.get("api/v1/known-issues/IT-V-05").json().asJsonObject();
        assertEquals(List.of("azure-local 2503", "azure-local 2504"), ranges(local));
        assertEquals(List.of("azure-local 2505"), fixes(local));
        assertEquals(List.of("kubernetes >=1.28.0 <1.28.5"), ranges(engineer.get("api/v1/known-issues/IT-V-06").json().asJsonObject()));
        assertEquals(List.of(), ranges(engineer.get("api/v1/known-issues/IT-V-07").json().asJsonObject()), "only text: no range, no error");
        assertEquals(List.of("containerd 1.6.28", "containerd 1.7.13", "runc 1.1.12"),
                fixes(engineer.get("api/v1/known-issues/IT-V-08").json().asJsonObject()));

        // the evidence's containerd is held against the note: inside the range ranks up, with where it was read
        String evidence = "[{\"name\": \"containerd-version.txt\", \"content\": \"$ containerd --version\\ncontainerd "
                + "github.com/containerd/containerd v%s 3dce8eb055cbb6872793272b4f20ed16117344f8\\n\"}]";
        String triage = "{\"title\": \"zorblat sandbox shims leak after containerd restarts\", \"description\": \"every restart "
                + "leaves zorblat sandbox shims behind\", \"evidence\": %s}";
        JsonObject affected = issue(anonymous.post("api/v1/triage", String.format(triage, String.format(evidence, "1.6.21"))).json()
                .asJsonObject(), "IT-V-01");
        JsonObject why = affected.getJsonArray("why").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("code").equals("componentAffected")).findFirst().orElseThrow(() -> new AssertionError(affected.toString()));
        assertEquals("containerd 1.6.21 (read from containerd-version.txt, line 2) is in the affected range 1.6.x before 1.6.24", why.getString("text"));
        JsonObject fixedCase = anonymous.post("api/v1/triage", String.format(triage, String.format(evidence, "1.7.5"))).json().asJsonObject();
        assertTrue(fixedCase.getJsonArray("factProvenance").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getString("fact").equals("containerdVersion") && f.getString("value").equals("1.7.5") && f.getBoolean("used")));
        JsonObject fixed = issue(fixedCase, "IT-V-01");
        assertTrue(fixed.getJsonArray("why").getValuesAs(JsonObject.class).stream().anyMatch(w -> w.getString("code").equals("componentFixed")),
                fixed.toString());
        assertTrue(fixed.getJsonNumber("score").doubleValue() < affected.getJsonNumber("score").doubleValue(), "the fixed cluster ranks it lower");

        // a revision keeps free text too, and a note longer than its column is named
        long version = engineer.get("api/v1/known-issues/IT-V-04").json().asJsonObject().getJsonNumber("version").longValue();
        ApiClient.Answer revised = maintainer.put("api/v1/known-issues/IT-V-04", "{\"version\": " + version + ", \"title\": \"kube-apiserver "
                + "memory grows with watch caches\", \"coverageArea\": \"CONTROL_PLANE\", \"affectedVersions\": \"Kubernetes 1.27.x prior to "
                + "1.27.4 and all 1.26 releases\"}");
        assertEquals(200, revised.status(), revised.body());
        assertEquals(List.of("kubernetes 1.27.x <1.27.4", "kubernetes 1.26.x"), ranges(revised.json().asJsonObject()));
        assertError(maintainer.post("api/v1/known-issues", "{\"title\": \"t\", \"coverageArea\": \"NETWORKING\", \"affectedVersions\": \""
                + "Kubernetes 1.28 ".repeat(40) + "\"}"), 400, "affectedVersions");
        for (String[] r : REAL_RECORDS) {
            assertEquals(204, maintainer.delete("api/v1/known-issues/" + r[0]).status());
        }
    }

    private static JsonObject issue(JsonObject triage, String key) {
        return triage.getJsonArray("knownIssues").getValuesAs(JsonObject.class).stream().filter(i -> i.getString("key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not among " + triage.getJsonArray("knownIssues")));
    }

    private static List<String> ranges(JsonObject issue) {
        return issue.getJsonArray("affectedRanges").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("component") + " " + r.getString("range")).toList();
    }

    private static List<String> fixes(JsonObject issue) {
        return issue.getJsonArray("fixedVersions").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("component") + " " + r.getString("version")).toList();
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
        assertEquals("true", answer.raw().headers().firstValue("X-Total-Count-Exact").orElse(null), "a small total is counted exactly");
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
