package org.triagedesk.api;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagedesk.DeployedSuite;
import org.triagedesk.cases.control.EvidenceBundleReaderTest;

/** The engineers' cases over HTTP: intake, reading and search, life cycle, corrections, history and redaction. */
class CasesApiIT extends DeployedSuite {

    static final String PASSWORD = "it-password-123";

    ApiClient engineer;

    @BeforeEach
    void clients() {
        engineer = admin.ensureUser("case-engineer", PASSWORD, "ENGINEER");
        admin.ensureUser("case-maintainer", PASSWORD, "KB_MAINTAINER");
    }

    @Test
    void filingACaseSavesItWithItsTriageAndASequentialReference() {
        JsonObject first = file("LoadBalancer service stays pending", "EXTERNAL-IP is <pending> for every new service", "B");
        JsonObject second = file("Second case", "kubectl get nodes shows NotReady", "C");
        assertTrue(first.getString("reference").matches("CASE-\\d{4}-\\d{6}"), first.getString("reference"));
        assertEquals(number(first) + 1, number(second), "references are sequential");
        assertEquals("TRIAGED", first.getString("status"));
        assertEquals("NETWORKING", first.getString("coverageArea"));
        assertEquals(1, first.getJsonArray("triages").size());
        assertEquals("KI-0203", first.getJsonObject("triage").getJsonArray("knownIssues").getJsonObject(0).getString("key"));
        JsonObject read = engineer.get("api/v1/cases/" + first.getString("reference")).json().asJsonObject();
        assertEquals(first.getString("title"), read.getString("title"));
    }

    @Test
    void intakeAnswers201WithLocationAndNamesBadFields() {
        ApiClient.Answer answer = engineer.post("api/v1/cases", "{\"title\": \"t\", \"customer\": \"Contoso\", \"severity\": \"A\"}");
        assertEquals(201, answer.status(), answer.body());
        assertTrue(answer.raw().headers().firstValue("Location").orElse("").contains("/api/v1/cases/CASE-"));
        ApiClient.Answer bad = engineer.post("api/v1/cases", "{\"customer\": \"Contoso\", \"severity\": \"D\"}");
        assertEquals(400, bad.status());
        List<String> fields = bad.json().asJsonObject().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("severity", "title")), fields.toString());
    }

    @Test
    void onlyEngineersWorkOnCases() {
        assertEquals(401, anonymous.get("api/v1/cases").status());
        assertEquals(403, anonymous.as("case-maintainer", PASSWORD).get("api/v1/cases").status());
        assertEquals(404, engineer.get("api/v1/cases/CASE-1999-000001").status());
    }

    @Test
    void nodeNamesAreMaskedCountedAndTheControlPlaneVersionIsStillRead() {
        String nodes = "NAME              STATUS     ROLES           AGE    VERSION\\n"
                + "moc-l0ttdmaioew   Ready      <none>          41d    v1.27.3\\n"
                + "moc-l8w3bemlcab   NotReady   <none>          41d    v1.27.3\\n"
                + "moc-lq5v2v4xq1k   Ready      control-plane   41d    v1.28.5\\n";
        String pods = "kube-system   kube-apiserver-moc-lq5v2v4xq1k   1/1   Running   3   41d\\n"
                + "kube-system   coredns-5d78c9869d-8kdvq         1/1   Running   0   41d\\n";
        JsonObject c = engineer.post("api/v1/cases", "{\"title\": \"one worker NotReady\", \"severity\": \"B\", \"customer\": \"Contoso\","
                + " \"evidence\": [{\"name\": \"nodes.txt\", \"content\": \"" + nodes + "\"}, {\"name\": \"pods.txt\", \"content\": \"" + pods + "\"}]}")
                .json().asJsonObject();
        assertFalse(c.toString().contains("moc-l"), "no node name is stored: " + c);
        JsonArray evidence = c.getJsonArray("evidence");
        assertEquals("{node=3}", evidence.getJsonObject(0).getString("redactions"));
        assertEquals("{node=1}", evidence.getJsonObject(1).getString("redactions"));
        String stored = engineer.get("api/v1/cases/" + c.getString("reference") + "/evidence/" + evidence.getJsonObject(1).getJsonNumber("id"))
                .body();
        assertTrue(stored.contains("kube-apiserver-[REDACTED-NODE]") && stored.contains("coredns-5d78c9869d-8kdvq"), stored);
        assertEquals("v1.28.5", c.getJsonObject("triage").getJsonObject("extractedFacts").getString("kubernetesVersion"));
    }

    @Test
    void aCoreDnsLoopKeepsLoopbackAndTheProjectsDomainWhileTheCustomersAreMasked() {
        String log = "[FATAL] plugin/loop: Loop (127.0.0.1:48324 -> :53) detected for zone \\\".\\\", see https://coredns.io/plugins/loop#troubleshooting\\n"
                + "forward . 10.20.30.40 dns01.contoso.local\\n";
        JsonObject c = engineer.post("api/v1/cases", "{\"title\": \"CoreDNS CrashLoopBackOff\", \"severity\": \"B\", \"customer\": \"Contoso\","
                + " \"evidence\": [{\"name\": \"coredns.log\", \"content\": \"" + log + "\"}]}").json().asJsonObject();
        String stored = engineer.get("api/v1/cases/" + c.getString("reference") + "/evidence/"
                + c.getJsonArray("evidence").getJsonObject(0).getJsonNumber("id")).body();
        assertTrue(stored.contains("Loop (127.0.0.1:48324 -> :53)"), stored);
        assertTrue(stored.contains("https://coredns.io/plugins/loop"), stored);
        assertTrue(stored.contains("forward . [REDACTED-IP] [REDACTED-HOSTNAME]"), stored);
        assertEquals("{ip=1, hostname=1}", c.getJsonArray("evidence").getJsonObject(0).getString("redactions"));
        // no version given: the case's answer says its verdict is provisional, beside the missing facts
        JsonObject triage = c.getJsonObject("triage");
        assertTrue(triage.getBoolean("provisional"), triage.toString());
        assertTrue(triage.getJsonObject("eligibility").getBoolean("provisional"));
        assertFalse(triage.getJsonArray("missingFacts").isEmpty());
        assertTrue(engineer.get("api/v1/cases/" + c.getString("reference")).json().asJsonObject().getJsonObject("triage")
                .getBoolean("provisional"));
        assertTrue(c.getBoolean("provisional"), "the case's own summary says it too");
        JsonObject listed = engineer.get("api/v1/cases?size=100").json().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(i -> i.getString("reference").equals(c.getString("reference")))
                .findFirst().orElseThrow();
        assertTrue(listed.getBoolean("provisional"), "the case list says which verdicts wait for facts: " + listed);
    }

    @Test
    void evidenceIsRedactedBeforeItIsStoredAndTheRulesStillReadTheVersion() {
        JsonObject c = engineer.post("api/v1/cases", """
                {"title": "apiserver unreachable", "severity": "A", "customer": "Contoso",
                 "evidence": [{"name": "kubectl.txt", "content": "Server Version: v1.28.9\\nUnable to connect to the server: dial tcp 192.168.10.25:6443: i/o timeout\\nsubscription 3f2504e0-4f89-11d3-9a0c-0305e82c3301"}]}""")
                .json().asJsonObject();
        String stored = c.toString();
        assertFalse(stored.contains("192.168.10.25"), "the IP address is masked everywhere");
        assertFalse(stored.contains("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), "the subscription id is masked everywhere");
        assertEquals("{guid=1, ip=1}", c.getJsonArray("evidence").getJsonObject(0).getString("redactions"));
        assertEquals("v1.28.9", c.getJsonObject("triage").getJsonObject("extractedFacts").getString("kubernetesVersion"));
    }

    @Test
    void theLifeCycleIsTheCasesOwnAndAStaleVersionIsRefused() {
        JsonObject c = file("Cluster upgrade question", "Update-AksHci failed during download", "C");
        String ref = c.getString("reference");
        long version = c.getJsonNumber("version").longValue();
        assertEquals(409, engineer.put("api/v1/cases/" + ref + "/status", "{\"status\": \"CLOSED\", \"version\": " + version + "}").status());
        JsonObject waiting = engineer.put("api/v1/cases/" + ref + "/status",
                "{\"status\": \"WAITING_FOR_CUSTOMER\", \"version\": " + version + "}").json().asJsonObject();
        assertEquals("WAITING_FOR_CUSTOMER", waiting.getString("status"));
        assertEquals(409, engineer.put("api/v1/cases/" + ref + "/status", "{\"status\": \"RESOLVED\", \"version\": " + version + "}").status());
        long next = waiting.getJsonNumber("version").longValue();
        assertEquals("RESOLVED", put(ref, "status", "{\"status\": \"RESOLVED\", \"version\": " + next + "}").getString("status"));
    }

    @Test
    void aCorrectionIsKeptAndTeachesTheNextTriage() {
        JsonObject c = file("Pods on one node cannot reach pods on other nodes",
                "After adding a node to the pool, traffic from its pods to pods elsewhere times out.", "B");
        String ref = c.getString("reference");
        JsonObject corrected = put(ref, "area", "{\"area\": \"CNI_BASIC_INSTALL\", \"reason\": \"VXLAN port blocked, calico basic setup\", \"version\": "
                + c.getJsonNumber("version").longValue() + "}");
        assertEquals("CNI_BASIC_INSTALL", corrected.getString("coverageArea"));
        JsonObject correction = corrected.getJsonArray("corrections").getJsonObject(0);
        assertEquals("case-engineer", correction.getString("by"));
        assertEquals("VXLAN port blocked, calico basic setup", correction.getString("reason"));

        String similarCase = """
                {"title": "Pods on the new node cannot reach pods on other nodes", "description": "traffic between nodes times out"}""";
        // the very next similar triage follows the correction, before any retrain
        JsonObject similar = anonymous.post("api/v1/triage", similarCase).json().asJsonObject();
        assertEquals("CNI_BASIC_INSTALL", similar.getString("coverageArea"), similar.toString());
        assertTrue(similar.getJsonObject("explanation").getJsonArray("rules").toString().contains("recentCorrection"), similar.toString());
        // an anonymous caller never sees another case's reference; signed-in staff do
        assertEquals(0, similar.getJsonObject("explanation").getJsonArray("cases").size(), similar.toString());
        JsonObject forStaff = engineer.post("api/v1/triage", similarCase).json().asJsonObject();
        assertTrue(forStaff.getJsonObject("explanation").getJsonArray("cases").toString().contains(ref), forStaff.toString());
        JsonArray history = engineer.get("api/v1/cases/" + ref + "/history").json().asJsonArray();
        List<String> actions = history.getValuesAs(JsonObject.class).stream().map(h -> h.getString("action")).toList();
        assertEquals(List.of("filed", "triaged", "area"), actions);
    }

    @Test
    void twoCorrectionsWithTheSameVersionOneWinsTheOtherGets409() {
        JsonObject c = file("Ingress returns 502", "nginx ingress returns 502 for all hosts", "B");
        String ref = c.getString("reference");
        long version = c.getJsonNumber("version").longValue();
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> engineer.put("api/v1/cases/" + ref + "/area",
                "{\"area\": \"THIRD_PARTY\", \"reason\": \"a\", \"version\": " + version + "}").status());
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> engineer.put("api/v1/cases/" + ref + "/area",
                "{\"area\": \"NETWORKING\", \"reason\": \"b\", \"version\": " + version + "}").status());
        List<Integer> statuses = List.of(a.join(), b.join()).stream().sorted().toList();
        assertEquals(List.of(200, 409), statuses);
        assertEquals(1, engineer.get("api/v1/cases/" + ref).json().asJsonObject().getJsonArray("corrections").size());
    }

    @Test
    void listsNewestFirstWithFiltersAndFullTextSearch() {
        JsonObject older = file("Frobulator quota exceeded on etcd", "etcd says mvcc: database space exceeded", "A");
        JsonObject newer = file("Frobulator again", "same etcd space problem", "A");
        JsonArray hits = engineer.get("api/v1/cases?q=frobulator&severity=A").json().asJsonArray();
        assertEquals(List.of(newer.getString("reference"), older.getString("reference")),
                hits.getValuesAs(JsonObject.class).stream().map(h -> h.getString("reference")).toList());
        assertEquals(400, engineer.get("api/v1/cases?status=DONE").status());
        // both cases just filed are TRIAGED: a page of one holds the newest of them, the next page another one
        ApiClient.Answer first = engineer.get("api/v1/cases?status=TRIAGED&size=1");
        assertTrue(Long.parseLong(first.raw().headers().firstValue("X-Total-Count").orElseThrow()) >= 2, first.raw().headers().map().toString());
        assertEquals("true", first.raw().headers().firstValue("X-Total-Count-Exact").orElse(null), "a small total is counted exactly");
        List<JsonObject> page = first.json().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, page.size(), first.body());
        assertEquals("TRIAGED", page.get(0).getString("status"));
        List<JsonObject> next = engineer.get("api/v1/cases?status=TRIAGED&size=1&page=1").json().asJsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, next.size());
        assertEquals("TRIAGED", next.get(0).getString("status"));
        assertNotEquals(page.get(0).getString("reference"), next.get(0).getString("reference"));
    }

    @Test
    void aSupportBundleIsReadRedactedAndRetriagesTheCase() throws Exception {
        JsonObject c = file("Worker nodes NotReady", "Two workers went NotReady this morning", "A");
        String ref = c.getString("reference");
        byte[] bundle = EvidenceBundleReaderTest.tarGz(Map.of(
                "AksHciLogs/kubectl-version.txt", "Client Version: v1.30.2\nServer Version: v1.28.9\n".getBytes(),
                "AksHciLogs/moc/node.log", "E1120 kubelet_node_status.go: Kubelet stopped posting node status on 10.20.30.41\n".getBytes(),
                "AksHciLogs/core.dmp", new byte[] {0x4d, 0x5a, 0, 0, 7}));
        ApiClient.Answer answer = upload(ref, "akshcilogs.tar.gz", bundle);
        assertEquals(201, answer.status(), answer.body());
        JsonObject result = answer.json().asJsonObject();
        assertEquals(2, result.getJsonArray("added").size());
        assertEquals(List.of("AksHciLogs/core.dmp: binary, not text"), result.getJsonArray("skipped").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList());
        assertTrue(result.getJsonObject("changes").getJsonArray("newFindings").toString().contains("VERSION_"), result.toString());
        JsonObject saved = engineer.get("api/v1/cases/" + ref).json().asJsonObject();
        assertEquals(2, saved.getJsonArray("triages").size(), "the upload triaged the case again");
        long id = saved.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("name").endsWith("node.log")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String text = engineer.get("api/v1/cases/" + ref + "/evidence/" + id).body();
        assertTrue(text.contains("Kubelet stopped posting node status on [REDACTED-IP]"), text);
    }

    @Test
    void aZipBombOrATraversalIsRefusedAndNothingIsStored() throws Exception {
        JsonObject c = file("Bundle test", "bundle", "C");
        String ref = c.getString("reference");
        byte[] bomb = EvidenceBundleReaderTest.zip(Map.of("zeros.log", new byte[30 * 1024 * 1024]));
        ApiClient.Answer tooMuch = upload(ref, "bomb.zip", bomb);
        assertEquals(413, tooMuch.status(), tooMuch.body());
        assertTrue(tooMuch.body().contains("compression ratio"), tooMuch.body());
        byte[] evil = EvidenceBundleReaderTest.zip(Map.of("../../etc/passwd", "root:x".getBytes()));
        assertEquals(400, upload(ref, "evil.zip", evil).status());
        JsonObject saved = engineer.get("api/v1/cases/" + ref).json().asJsonObject();
        assertEquals(0, saved.getJsonArray("evidence").size());
        assertEquals(1, saved.getJsonArray("triages").size());
    }

    @Test
    void anUploadOverTwentyMebibytesIs413() {
        // With Expect: 100-continue the server refuses the declared length before the body is sent.
        JsonObject c = file("Big upload", "big", "C");
        ApiClient.Answer answer = engineer.send(engineer.request("api/v1/cases/" + c.getString("reference") + "/evidence")
                .version(HttpClient.Version.HTTP_1_1).expectContinue(true)
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[21 * 1024 * 1024])));
        assertEquals(413, answer.status());
        assertTrue(answer.body().contains("20 MiB"), answer.body());
    }

    private ApiClient.Answer upload(String ref, String fileName, byte[] bytes) {
        String boundary = "triage-desk-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes());
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes());
        return engineer.send(engineer.request("api/v1/cases/" + ref + "/evidence")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private JsonObject file(String title, String description, String severity) {
        ApiClient.Answer answer = engineer.post("api/v1/cases", "{\"title\": \"" + title + "\", \"description\": \"" + description
                + "\", \"customer\": \"Contoso\", \"severity\": \"" + severity + "\"}");
        assertEquals(201, answer.status(), answer.body());
        return answer.json().asJsonObject();
    }

    private JsonObject put(String ref, String what, String body) {
        ApiClient.Answer answer = engineer.put("api/v1/cases/" + ref + "/" + what, body);
        assertEquals(200, answer.status(), answer.body());
        return answer.json().asJsonObject();
    }

    private static long number(JsonObject c) {
        return Long.parseLong(c.getString("reference").substring(10));
    }
}
