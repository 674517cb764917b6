package org.triagedesk.api;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.triagedesk.DeployedSuite;

/**
 * The public REST API over HTTP, on Payara Micro with the packaged WAR: the self-check, the
 * catalogs, users and roles, and every class of error. One deployment for the whole suite.
 */
public class TriageApiIT extends DeployedSuite {

    static final String ENGINEER = "it-engineer";
    static final String MAINTAINER = "it-maintainer";
    static final String PASSWORD = "it-password-123";

    ApiClient engineer;
    ApiClient maintainer;

    @BeforeEach
    void clients() {
        engineer = admin.ensureUser(ENGINEER, PASSWORD, "ENGINEER");
        maintainer = admin.ensureUser(MAINTAINER, PASSWORD, "KB_MAINTAINER");
    }

    // --- the public self-check -------------------------------------------------------------

    @Test
    void selfCheckNeedsNoLoginAndAnswersTheWholeShape() {
        ApiClient.Answer answer = anonymous.post("api/v1/triage", """
                {"title": "CoreDNS pods crash after upgrade", "description": "since the upgrade to 1.30",
                 "cluster": {"platform": "WINDOWS_SERVER_2022", "kubernetesVersion": "1.30.4", "previewFeatures": ["gpu-nodepools"]},
                 "asOf": "2025-10-01"}""");
        assertEquals(200, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/json"));
        JsonObject json = answer.json().asJsonObject();
        assertTrue(json.keySet().containsAll(Set.of("coverageArea", "confidence", "areaScores", "language", "eligibility",
                "knownIssues", "template", "extractedFacts", "missingFacts", "factProvenance")));
        assertNotEquals(JsonValue.NULL, json.get("coverageArea"));
        assertEquals(9, json.getJsonObject("areaScores").size());
        assertNotEquals(JsonValue.NULL, json.get("template"));
        // the CoreDNS crash loop is a known issue: it is among the (at most five) matches, which come best first
        List<JsonObject> issues = json.getJsonArray("knownIssues").getValuesAs(JsonObject.class);
        assertTrue(issues.size() >= 1 && issues.size() <= 5, issues.toString());
        assertTrue(issues.stream().anyMatch(i -> i.getString("key").equals("KI-0125")), "the CoreDNS crash-loop issue in " + issues);
        for (int i = 1; i < issues.size(); i++) {
            assertTrue(issues.get(i - 1).getJsonNumber("score").doubleValue() >= issues.get(i).getJsonNumber("score").doubleValue(),
                    "best first: " + issues);
        }
        assertEquals("en", json.getString("language"));
        JsonObject eligibility = json.getJsonObject("eligibility");
        JsonObject finding = finding(json, "PREVIEW_FEATURE");
        assertEquals("PREVIEW_FEATURE", finding.getString("rule"));
        assertEquals("BEST_EFFORT", finding.getString("outcome"));
        assertEquals("プレビュー機能または機能フラグ / Preview features or feature flags", finding.getString("policySection"));
        assertFalse(finding.getString("message").isBlank());
        assertFalse(finding.getString("remediation").isBlank());
    }

    @Test
    void japaneseCaseGetsJapaneseMessagesUnlessAcceptLanguageSaysOtherwise() {
        String body = """
                {"title": "ノードが NotReady のまま", "cluster": {"platform": "AZURE_STACK_HCI_22H2", "kubernetesVersion": "1.31.1"},
                 "asOf": "2025-10-01"}""";
        JsonObject ja = anonymous.post("api/v1/triage", body).json().asJsonObject();
        assertEquals("ja", ja.getString("language"));
        JsonObject sync = finding(ja, "AZURE_SYNC_UNKNOWN");
        assertTrue(sync.getString("message").contains("同期"), sync.getString("message"));
        ApiClient.Answer en = anonymous.send(anonymous.request("api/v1/triage").header("Content-Type", "application/json")
                .header("Accept-Language", "en-US,en;q=0.9").POST(BodyPublishers.ofString(body)));
        assertEquals("en", en.json().asJsonObject().getString("language"));
        assertEquals("en", en.raw().headers().firstValue("Content-Language").orElse(""));
    }

    @Test
    void factsComeFromEvidenceWithTheirProvenanceAndMissingFactsSayWhatToRun() {
        JsonObject json = anonymous.post("api/v1/triage", """
                {"title": "calico-node crash loop",
                 "evidence": [{"name": "kubectl-version.txt", "content": "Client Version: v1.31.0\\nServer Version: v1.28.9\\n"},
                              {"name": "pods.txt", "content": "NAMESPACE NAME READY STATUS\\ncalico-system calico-node-2lq8m 0/1 CrashLoopBackOff"}],
                 "cluster": {"platform": "AZURE_STACK_HCI_22H2"}, "asOf": "2025-01-10"}""").json().asJsonObject();
        assertEquals("v1.28.9", json.getJsonObject("extractedFacts").getString("kubernetesVersion"));
        assertEquals("CALICO", json.getJsonObject("extractedFacts").getString("cni"));
        JsonObject provenance = json.getJsonArray("factProvenance").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("fact").equals("kubernetesVersion")).findFirst().orElseThrow();
        assertEquals("kubectl-version.txt", provenance.getString("evidence"));
        assertEquals(2, provenance.getInt("line"));
        JsonObject missing = json.getJsonArray("missingFacts").getJsonObject(0);
        assertEquals("lastAzureConnection", missing.getString("fact"));
        assertTrue(missing.getJsonArray("commands").getString(0).startsWith("Get-"));
    }

    @Test
    void unknownVersionIsAskedFor() {
        JsonObject json = anonymous.post("api/v1/triage", "{\"description\": \"pods pending\"}").json().asJsonObject();
        // No fact of the cluster is known, so no rule about it fires (only the area's scope may add a finding, and an
        // out-of-date catalog says that no version could be confirmed)
        assertTrue(json.getJsonObject("eligibility").getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .allMatch(f -> f.getString("rule").startsWith("SCOPE_")
                        || f.getString("rule").equals("VERSION_CATALOG_STALE") && f.getString("variant", "").equals("versionMissing")),
                json.toString());
        assertEquals(!"UNSUPPORTED".equals(json.getJsonObject("eligibility").getString("verdict")), json.getBoolean("provisional"), json.toString());
        assertEquals(json.getBoolean("provisional"), json.getJsonObject("eligibility").getBoolean("provisional"));
        Set<String> missing = json.getJsonArray("missingFacts").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("fact")).collect(Collectors.toSet());
        assertEquals(Set.of("kubernetesVersion", "platform"), missing);
    }

    @Test
    void aCaseWithoutItsVersionIsProvisionalAndNeverLooksBetterThanOneOnTheNewestVersion() {
        String newest = """
                {"title": "CoreDNS pods crash after upgrade", "cluster": {"platform": "AZURE_LOCAL_24H2", "kubernetesVersion": "1.32.6"},
                 "asOf": "2026-12-03", "language": "en"}""";
        String none = """
                {"title": "CoreDNS pods crash after upgrade", "cluster": {"platform": "AZURE_LOCAL_24H2"}, "asOf": "2026-12-03", "language": "en"}""";
        JsonObject given = anonymous.post("api/v1/triage", newest).json().asJsonObject();
        JsonObject hidden = anonymous.post("api/v1/triage", none).json().asJsonObject();
        List<String> order = List.of("SUPPORTED", "SUPPORTED_WITH_WARNINGS", "BEST_EFFORT", "OUT_OF_SCOPE", "UNSUPPORTED");
        int givenRank = order.indexOf(given.getJsonObject("eligibility").getString("verdict"));
        int hiddenRank = order.indexOf(hidden.getJsonObject("eligibility").getString("verdict"));
        assertTrue(hiddenRank >= givenRank, "hiding the version must not give a better answer: " + hidden + " vs " + given);
        assertFalse(given.getBoolean("provisional"), given.toString());
        assertTrue(hidden.getBoolean("provisional"), hidden.toString());
        assertTrue(hidden.getJsonObject("eligibility").getBoolean("provisional"));
        assertTrue(hidden.getJsonObject("eligibility").getString("provisionalNote").contains("so far — we still need: Kubernetes version"),
                hidden.toString());
        assertEquals("versionMissing", finding(hidden, "VERSION_CATALOG_STALE").getString("variant"));
        String draft = hidden.getJsonObject("template").getString("body");
        assertTrue(draft.contains("This result is provisional"), draft);
        assertTrue(draft.contains("Azure Local, version 24H2") || !draft.contains("AZURE_LOCAL_24H2"), draft);
        assertFalse(draft.contains("AZURE_LOCAL_24H2"), "platform display names, not codes: " + draft);
        assertFalse(draft.matches("(?s).*[\\u3040-\\u30ff\\u4e00-\\u9fff].*"), "an English draft has no Japanese: " + draft);
        JsonObject ja = anonymous.post("api/v1/triage", none.replace("\"en\"", "\"ja\"")).json().asJsonObject();
        assertTrue(ja.getJsonObject("eligibility").getString("provisionalNote").startsWith("現時点では"), ja.toString());
        assertFalse(ja.getJsonObject("template").getString("body").contains("Service updates and releases"), ja.toString());
    }

    // --- catalogs ---------------------------------------------------------------------------

    @Test
    void catalogChangesDecideTheVeryNextTriage() {
        String triage = "{\"title\": \"t\", \"cluster\": {\"platform\": \"WINDOWS_SERVER_2022\", \"kubernetesVersion\": \"1.99.3\"},"
                + " \"asOf\": \"2027-06-01\"}";
        maintainer.delete("api/v1/kubernetes-versions/1.99");
        // on 2027-06-01 the shipped catalog (ending at 1.32) has no supported minor: an unknown newer minor is for support to confirm
        assertEquals(List.of("VERSION_CATALOG_STALE"), rules(anonymous.post("api/v1/triage", triage).json().asJsonObject()));

        ApiClient.Answer created = maintainer.put("api/v1/kubernetes-versions/1.99", "{\"minor\": \"1.99\", \"releaseDate\": \"2027-01-01\"}");
        assertEquals(201, created.status(), created.body());
        assertEquals("2028-01-01", created.json().asJsonObject().getString("supportEnds"));
        assertEquals(List.of(), rules(anonymous.post("api/v1/triage", triage).json().asJsonObject()));

        assertViolation(maintainer.put("api/v1/kubernetes-versions/1.99", "{\"minor\": \"1.98\", \"releaseDate\": \"2027-01-01\"}"),
                400, "minor");
        assertEquals(200, maintainer.put("api/v1/kubernetes-versions/1.99",
                "{\"releaseDate\": \"2027-01-01\", \"note\": \"IT note\"}").status());
        ApiClient.Answer removed = maintainer.put("api/v1/kubernetes-versions/1.99",
                "{\"releaseDate\": \"2027-01-01\", \"removalDate\": \"2027-05-01\"}");
        assertEquals(200, removed.status(), removed.body());
        assertEquals("IT note", removed.json().asJsonObject().getString("note"), "a note left out keeps its value");
        assertEquals(List.of("VERSION_REMOVED"), rules(anonymous.post("api/v1/triage", triage).json().asJsonObject()));

        assertEquals(204, maintainer.delete("api/v1/kubernetes-versions/1.99").status());
        assertEquals(404, maintainer.get("api/v1/kubernetes-versions/1.99").status());
    }

    @Test
    void onAStaleCatalogTheNewestMinorIsForSupportToConfirmAndTheApiSaysTheCatalogIsStale() {
        JsonObject triage = anonymous.post("api/v1/triage", """
                {"title": "t", "cluster": {"platform": "AZURE_LOCAL_24H2", "kubernetesVersion": "1.32.6",
                 "lastAzureConnection": "2026-12-02"}, "asOf": "2026-12-03"}""").json().asJsonObject();
        assertEquals(List.of("VERSION_CATALOG_STALE"), rules(triage).stream().filter(r -> r.startsWith("VERSION")).toList());
        JsonObject stale = finding(triage, "VERSION_CATALOG_STALE");
        assertEquals("SUPPORTED_WITH_WARNINGS", stale.getString("outcome"));
        assertTrue(stale.getString("message").contains("1.32"), stale.toString());
        assertNotEquals("UNSUPPORTED", triage.getJsonObject("eligibility").getString("verdict"), triage.toString());
        // an older minor keeps its rule
        assertTrue(rules(anonymous.post("api/v1/triage", """
                {"title": "t", "cluster": {"platform": "AZURE_LOCAL_24H2", "kubernetesVersion": "1.30.4"}, "asOf": "2026-12-03"}""")
                .json().asJsonObject()).contains("VERSION_DEPRECATED"));

        JsonObject status = engineer.get("api/v1/kubernetes-versions/status?asOf=2026-12-03").json().asJsonObject();
        assertTrue(status.getBoolean("stale"), status.toString());
        assertEquals(List.of(), status.getJsonArray("supportedOn").getValuesAs(JsonString.class));
        assertEquals("1.32", status.getString("newestMinor"));
        JsonObject earlier = engineer.get("api/v1/kubernetes-versions/status?asOf=2026-06-01").json().asJsonObject();
        assertFalse(earlier.getBoolean("stale"));
        assertTrue(earlier.getJsonArray("supportedOn").toString().contains("\"1.32\""), earlier.toString());

        JsonArray rows = engineer.get("api/v1/kubernetes-versions?asOf=2026-12-03").json().asJsonArray();
        JsonObject newest = rows.getValuesAs(JsonObject.class).stream().filter(r -> r.getString("minor").equals("1.32")).findFirst().orElseThrow();
        assertEquals("DEPRECATED", newest.getString("status"));
        assertTrue(newest.getBoolean("stale"));
        assertViolation(engineer.get("api/v1/kubernetes-versions/status?asOf=someday"), 400, "asOf");
    }

    @Test
    void aPastedReleaseCalendarIsPreviewedThenAppliedInOneStepWithWhoAndWhen() throws IOException {
        String calendar;
        try (var in = TriageApiIT.class.getResourceAsStream("/catalog-import/release-calendar-2025-10.md")) {
            calendar = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ApiClient.Answer preview = maintainer.send(maintainer.request("api/v1/kubernetes-versions/import")
                .header("Content-Type", "text/plain; charset=UTF-8").POST(BodyPublishers.ofString(calendar)));
        assertEquals(200, preview.status(), preview.body());
        JsonObject plan = preview.json().asJsonObject();
        assertEquals("RELEASE_CALENDAR_MARKDOWN", plan.getString("format"));
        assertFalse(plan.getBoolean("applied"));
        JsonObject row132 = plan.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("minor").equals("1.32")).findFirst().orElseThrow();
        assertEquals("UNCHANGED", row132.getString("change"), "the catalog's 2025-10-22 is inside the calendar's October 2025");
        assertEquals("2025-10-22", row132.getString("releaseDate"));

        String future = "| K8s minor version | Supported Azure Local versions | Current status |\n|--|--|--|\n"
                + "| 1.91 | 2902 | Generally available |\n| 1.90 | 2902, 2901 | Generally available |\n| 1.92 | 2903 (Tentative) | TBD |\n";
        ApiClient.Answer applied = maintainer.post("api/v1/kubernetes-versions/import?apply=true",
                Json.createObjectBuilder().add("text", future).build().toString());
        assertEquals(200, applied.status(), applied.body());
        JsonObject done = applied.json().asJsonObject();
        assertTrue(done.getBoolean("applied"));
        assertEquals(2, done.getInt("added"));
        assertEquals("2029-01-01", maintainer.get("api/v1/kubernetes-versions/1.90").json().asJsonObject().getString("releaseDate"));
        JsonObject v191 = maintainer.get("api/v1/kubernetes-versions/1.91").json().asJsonObject();
        assertEquals(MAINTAINER, v191.getString("updatedBy"));
        assertTrue(v191.getString("note").contains("Imported"), v191.toString());
        assertEquals(404, maintainer.get("api/v1/kubernetes-versions/1.92").status(), "a tentative minor is not imported");
        JsonObject last = maintainer.get("api/v1/kubernetes-versions/imports").json().asJsonArray().getJsonObject(0);
        assertEquals(MAINTAINER, last.getString("importedBy"));
        assertEquals(2, last.getInt("added"));
        assertEquals(done.getJsonNumber("importId").longValue(), last.getJsonNumber("id").longValue());

        ApiClient.Answer again = maintainer.post("api/v1/kubernetes-versions/import", "{\"text\": " + Json.createValue(future) + "}");
        assertEquals(0, again.json().asJsonObject().getInt("added"), "a second read finds nothing new");

        assertViolation(maintainer.post("api/v1/kubernetes-versions/import?apply=true", "{\"text\": \"Kubernetes 1.93 is out\"}"), 400, "text");
        assertEquals(404, maintainer.get("api/v1/kubernetes-versions/1.93").status());
        assertViolation(maintainer.post("api/v1/kubernetes-versions/import", "{}"), 400, "text");
        assertError(engineer.post("api/v1/kubernetes-versions/import", "{\"text\": \"x\"}"), 403);
        assertEquals(204, maintainer.delete("api/v1/kubernetes-versions/1.90").status());
        assertEquals(204, maintainer.delete("api/v1/kubernetes-versions/1.91").status());
    }

    @Test
    void platformCatalogDecidesToo() {
        // no version given: in 2030 the shipped catalog is out of date, which VERSION_CATALOG_STALE says; the platform rule is asked here
        String triage = "{\"title\": \"t\", \"cluster\": {\"platform\": \"IT_TEST_HOST\"}, \"asOf\": \"2030-06-01\"}";
        assertEquals(List.of("PLATFORM_UNSUPPORTED"), platformRules(anonymous.post("api/v1/triage", triage).json().asJsonObject()));
        assertEquals(201, maintainer.put("api/v1/platforms/IT_TEST_HOST",
                "{\"code\": \"IT_TEST_HOST\", \"name\": \"IT test host\", \"endOfSupport\": null}").status());
        assertEquals(List.of(), platformRules(anonymous.post("api/v1/triage", triage).json().asJsonObject()));
        assertViolation(maintainer.put("api/v1/platforms/IT_TEST_HOST", "{\"code\": \"IT_OTHER_HOST\"}"), 400, "code");
        ApiClient.Answer revised = maintainer.put("api/v1/platforms/IT_TEST_HOST", "{\"endOfSupport\": \"2030-05-31\"}");
        assertEquals(200, revised.status());
        assertEquals("IT test host", revised.json().asJsonObject().getString("name"), "a field left out keeps its value");
        assertEquals(List.of("PLATFORM_UNSUPPORTED"), platformRules(anonymous.post("api/v1/triage", triage).json().asJsonObject()));
        assertEquals(204, maintainer.delete("api/v1/platforms/IT_TEST_HOST").status());
    }

    @Test
    void seededCatalogsHoldTheRealMinorsAndPlatforms() {
        JsonArray versions = engineer.get("api/v1/kubernetes-versions").json().asJsonArray();
        Set<String> minors = versions.getValuesAs(JsonObject.class).stream().map(v -> v.getString("minor")).collect(Collectors.toSet());
        assertTrue(minors.containsAll(Set.of("1.28", "1.29", "1.30")), minors.toString());
        Set<String> platforms = engineer.get("api/v1/platforms").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("code")).collect(Collectors.toSet());
        assertTrue(platforms.containsAll(Set.of("AZURE_STACK_HCI_22H2", "WINDOWS_SERVER_2019", "WINDOWS_SERVER_2022")));
    }

    // --- users and roles --------------------------------------------------------------------

    @Test
    void catalogsNeedASignedInCaller() {
        ApiClient.Answer answer = anonymous.get("api/v1/platforms");
        assertError(answer, 401);
        assertTrue(answer.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertError(anonymous.as(ENGINEER, "wrong-password").get("api/v1/platforms"), 401);
        assertError(anonymous.as("nobody", PASSWORD).get("api/v1/platforms"), 401);
    }

    @Test
    void engineersReadCatalogsButOnlyMaintainersChangeThem() {
        assertEquals(200, engineer.get("api/v1/kubernetes-versions").status());
        assertError(engineer.put("api/v1/kubernetes-versions/1.98", "{\"releaseDate\": \"2030-01-01\"}"), 403);
        assertError(engineer.put("api/v1/platforms/IT_OTHER", "{}"), 403);
        assertError(engineer.delete("api/v1/kubernetes-versions/1.30"), 403);
        assertEquals(200, engineer.get("api/v1/kubernetes-versions/1.30").status());
    }

    @Test
    void onlyAdminsManageUsers() {
        assertError(engineer.get("api/v1/users"), 403);
        assertError(maintainer.get("api/v1/users"), 403);
        assertError(anonymous.get("api/v1/users"), 401);
        JsonArray users = admin.get("api/v1/users").json().asJsonArray();
        assertTrue(users.toString().contains(ENGINEER));
        assertFalse(users.toString().contains("password"), "no password or hash leaves the API");
        assertError(admin.post("api/v1/users", "{\"username\": \"" + ENGINEER + "\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"ENGINEER\"]}"), 409);
        assertError(admin.post("api/v1/users", "{\"username\": \"x\", \"password\": \"short\", \"roles\": [\"ROOT\"]}"), 400);
        assertError(admin.delete("api/v1/users/admin"), 409);
        assertError(admin.put("api/v1/users/admin", "{\"enabled\": false}"), 409);
    }

    @Test
    void adminImpliesTheOtherRolesAndADisabledUserIsLockedOut() {
        assertEquals(201, admin.put("api/v1/platforms/IT_ADMIN_HOST", "{}").status());
        assertEquals(204, admin.delete("api/v1/platforms/IT_ADMIN_HOST").status());
        assertEquals(201, admin.post("api/v1/users", "{\"username\": \"it-leaver\", \"password\": \"" + PASSWORD
                + "\", \"roles\": [\"ENGINEER\"]}").status());
        ApiClient leaver = anonymous.as("it-leaver", PASSWORD);
        assertEquals(200, leaver.get("api/v1/platforms").status());
        assertEquals(200, admin.put("api/v1/users/it-leaver", "{\"enabled\": false}").status());
        assertError(leaver.get("api/v1/platforms"), 401);
        assertEquals(204, admin.delete("api/v1/users/it-leaver").status());
    }

    // --- errors -----------------------------------------------------------------------------

    @Test
    void malformedJsonIsABadRequestOnTheBody() {
        assertViolation(anonymous.post("api/v1/triage", "{\"title\": "), 400, "body");
    }

    @Test
    void wrongTypesUnknownCodesAndBadDatesNameTheirFields() {
        assertViolation(anonymous.post("api/v1/triage", "{\"title\": 42}"), 400, "title");
        assertViolation(anonymous.post("api/v1/triage", "{\"title\": \"t\", \"cluster\": {\"subscriptionState\": \"PAUSED\"}}"),
                400, "cluster.subscriptionState");
        assertViolation(anonymous.post("api/v1/triage", "{\"title\": \"t\", \"asOf\": \"2026-02-30\"}"), 400, "asOf");
        assertViolation(maintainer.put("api/v1/kubernetes-versions/1.97", "{\"releaseDate\": \"soon\"}"), 400, "releaseDate");
    }

    @Test
    void aCaseNeedsATitleOrADescription() {
        ApiClient.Answer answer = anonymous.post("api/v1/triage", "{\"cluster\": {}}");
        assertError(answer, 400);
        assertEquals(List.of("title", "description"), fields(answer));
    }

    @Test
    void wrongContentTypeIs415() {
        assertError(anonymous.send(anonymous.request("api/v1/triage").header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofString("title"))), 415);
    }

    @Test
    void bodyOverOneMebibyteIs413AndTheAppKeepsServing() {
        String big = "{\"title\": \"t\", \"description\": \"" + "x".repeat(1_100_000) + "\"}";
        assertError(anonymous.post("api/v1/triage", big), 413);
        assertEquals(200, anonymous.post("api/v1/triage", "{\"title\": \"still here\"}").status());
    }

    @Test
    void unknownPathsAre404InJson() {
        assertError(anonymous.get("api/v1/no-such-thing"), 404);
        assertError(engineer.get("api/v1/platforms/NO_SUCH_PLATFORM"), 404);
        assertError(anonymous.get("no/such/page"), 404);
    }

    @Test
    void openApiIsTheDocumentAsWrittenAndDescribesTheEndpoints() throws Exception {
        // the application's own /openapi (Payara's, at the server root, rebuilds the document and loses parts of it)
        ApiClient.Answer answer = anonymous.send(anonymous.request("openapi").GET());
        assertEquals(200, answer.status());
        assertTrue(answer.contentType().startsWith("application/yaml"), answer.contentType());
        assertEquals(Files.readString(Path.of("src/main/resources/META-INF/openapi.yaml")), answer.body(),
                "served exactly as written (the file that is linted and whose examples are validated)");
        for (String expected : List.of("/triage", "/kubernetes-versions/{minor}", "/platforms/{code}", "/users", "TriageResponse")) {
            assertTrue(answer.body().contains(expected), expected);
        }
        ApiClient.Answer json = anonymous.send(anonymous.request("openapi?format=JSON").GET());
        assertTrue(json.contentType().startsWith("application/json"), json.contentType());
        assertEquals("3.0.3", json.json().asJsonObject().getString("openapi"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, json.json().asJsonObject().getJsonObject("paths").getJsonObject("/triage")
                .getJsonObject("post").get("security"), "the public self-check says it needs no login");
        assertEquals(answer.body(), anonymous.send(anonymous.request("openapi/").GET()).body());
        assertError(anonymous.send(anonymous.request("openapi/elsewhere").GET()), 404);
        assertError(anonymous.post("openapi", "{}"), 405);
    }

    // --- helpers ----------------------------------------------------------------------------

    private static JsonObject finding(JsonObject triage, String rule) {
        return triage.getJsonObject("eligibility").getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("rule").equals(rule)).findFirst().orElseThrow(() -> new AssertionError(rule + " in " + triage));
    }

    private static List<String> platformRules(JsonObject triage) {
        return rules(triage).stream().filter(r -> r.startsWith("PLATFORM")).toList();
    }

    private static List<String> rules(JsonObject triage) {
        return triage.getJsonObject("eligibility").getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("rule")).toList();
    }

    private static List<String> fields(ApiClient.Answer answer) {
        return answer.json().asJsonObject().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
    }

    private static void assertError(ApiClient.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/json"), answer.contentType());
        JsonObject body = answer.json().asJsonObject();
        assertEquals(status, body.getInt("status"));
        assertFalse(body.getString("error").isBlank());
        assertNotNull(body.getJsonArray("violations"));
        assertFalse(answer.body().contains("Exception") || answer.body().contains("<html"), answer.body());
    }

    private static void assertViolation(ApiClient.Answer answer, int status, String field) {
        assertError(answer, status);
        assertTrue(fields(answer).contains(field), field + " in " + answer.body());
    }
}
