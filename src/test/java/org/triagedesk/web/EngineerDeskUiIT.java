package org.triagedesk.web;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.NoAlertPresentException;
import org.triagedesk.api.ApiClient;
import org.triagedesk.cases.control.EvidenceBundleReaderTest;
import org.triagedesk.web.pages.CasePage;
import org.triagedesk.web.pages.InboxPage;
import org.triagedesk.web.pages.LoginPage;
import org.triagedesk.web.pages.NewCasePage;

/**
 * The engineers' desk in a browser: filing a case, working on it (evidence bundle, area correction,
 * draft, status), finding cases in the inbox, validation of the new-case form, escaping of what
 * customers write, and an unknown case reference.
 */
class EngineerDeskUiIT extends BrowserSuite {

    static final String ENGINEER = "desk-engineer";
    static final String PASSWORD = "desk-password-123";
    static final String JA_RESOLVED = "解決済み";
    static final String JA_WAITING = "お客様の返信待ち";

    ApiClient engineer;

    @BeforeEach
    void openBrowser() {
        admin.ensureUser(ENGINEER, PASSWORD, "ENGINEER");
        engineer = admin.as(ENGINEER, PASSWORD);
        browser = Browser.start("en-US");
    }

    private void signIn() {
        new LoginPage(browser, deployment).open().signIn(ENGINEER, PASSWORD);
    }

    private JsonObject file(String title, String description, String severity) {
        ApiClient.Answer answer = engineer.post("api/v1/cases", """
                {"title": %s, "description": %s, "customer": "Fabrikam", "severity": "%s", "language": "en"}"""
                .formatted(quote(title), quote(description), severity));
        assertEquals(201, answer.status(), answer.body());
        return answer.json().asJsonObject();
    }

    private static String quote(String text) {
        return Json.createValue(text).toString();
    }

    @Test
    void anEngineerFilesACaseAndWorksOnIt() throws Exception {
        signIn();
        NewCasePage form = new NewCasePage(browser, deployment).open();
        form.describe("Workers NotReady after host patching", "Two worker nodes show NotReady since this morning; pods are evicted.",
                "Contoso Ltd", "B");
        form.evidence("kubectl-get-nodes.txt", "NAME STATUS ROLES AGE VERSION\nmoc-lw1 NotReady <none> 12d v1.30.4\n");
        form.submit();

        CasePage page = new CasePage(browser, deployment);
        assertTrue(page.currentPath().startsWith("/desk/case.xhtml?ref=CASE-"), page.currentPath());
        String ref = page.reference();
        assertTrue(page.messages().contains(ref + " was filed and triaged"), page.messages());
        assertEquals("Workers NotReady after host patching", page.title());
        assertEquals("Triaged", page.status());
        assertFalse(page.verdict().isBlank());
        assertTrue(page.evidence().contains("kubectl-get-nodes.txt"), page.evidence());

        // a support bundle with an old server version and a log: new findings, the area before/after, a skipped binary
        Path bundle = Files.createTempFile("support-bundle", ".zip");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("logs/kubectl-version.txt", "Client Version: v1.30.2\nServer Version: v1.24.3\n".getBytes(StandardCharsets.UTF_8));
        entries.put("logs/kubelet.log", ("E1120 08:01:02 kubelet_node_status.go: Kubelet stopped posting node status on 10.20.30.41\n"
                + "E1120 08:01:05 kubelet.go: node \"moc-lw1\" not found\n").getBytes(StandardCharsets.UTF_8));
        entries.put("logs/core.dmp", new byte[] {0x4d, 0x5a, 0, 0, 7});
        Files.write(bundle, EvidenceBundleReaderTest.zip(entries));
        page.upload(bundle);
        assertTrue(page.messages().contains("were added and the case was triaged again"), page.messages());
        String changes = page.uploadResults();
        assertTrue(changes.contains("New findings"), changes);
        assertTrue(changes.contains("1.24"), changes);
        assertTrue(changes.contains("Coverage area"), changes);
        assertTrue(changes.contains("logs/core.dmp"), "the binary is listed as skipped: " + changes);
        assertTrue(page.evidence().contains("logs/kubelet.log"), page.evidence());
        assertTrue(page.evidence().contains("ip"), "the IP address was masked: " + page.evidence());
        assertTrue(page.history().contains("Added evidence"), page.history());
        String log = page.download("logs/kubelet.log");
        assertTrue(log.contains("Kubelet stopped posting node status on [REDACTED-IP]"), log);

        // the area correction needs a reason
        page.openCorrection();
        page.click("correctForm:saveCorrection");
        assertTrue(page.correctionMessages().contains("Reason: a value is required"), page.correctionMessages());
        page.byId("correctForm:cancelCorrection").click();
        page.correctArea("NETWORKING", "The nodes lose their network after the host patch; not a node problem.");
        assertEquals("Networking", page.area());
        assertTrue(page.messages().contains("The area is now “Networking”"), page.messages());
        assertTrue(page.history().contains("Area corrected:"), page.history());
        assertTrue(page.history().contains("→ Networking"), page.history());
        assertTrue(page.history().contains("Reason: The nodes lose their network after the host patch"), page.history());

        // an unsafe bundle is refused and stores nothing
        Path evil = Files.createTempFile("evil", ".zip");
        Files.write(evil, EvidenceBundleReaderTest.zip(Map.of("../../etc/passwd", "root:x:0:0".getBytes(StandardCharsets.UTF_8))));
        int kept = page.evidenceCount();
        page.upload(evil);
        assertTrue(page.messages().contains("was refused"), page.messages());
        assertEquals(kept, page.evidenceCount());

        page.scrollTo("uploadResults");
        Browser.screenshot(browser, "desk-case-evidence-en");

        // the draft is edited and copied
        page.editDraft("Dear Contoso team,\nwe are looking at the NotReady nodes.");
        page.copyDraft();
        assertEquals("The draft is copied to the clipboard.", page.copyStatus());

        // the life cycle: only legal moves are offered
        assertTrue(page.canMoveTo("WAITING_FOR_CUSTOMER"));
        assertFalse(page.canMoveTo("CLOSED"));
        page.moveTo("WAITING_FOR_CUSTOMER");
        assertEquals("Waiting for customer", page.status());
        assertTrue(page.history().contains("Status: Triaged → Waiting for customer"), page.history());

        // a change made on an outdated copy is refused with a request to reload
        JsonObject now = engineer.get("api/v1/cases/" + ref).json().asJsonObject();
        assertEquals(200, engineer.put("api/v1/cases/" + ref + "/status",
                "{\"status\": \"RESOLVED\", \"version\": " + now.getJsonNumber("version").longValue() + "}").status());
        page.moveTo("TRIAGED");
        assertTrue(page.messages().contains("Reload the page"), page.messages());

        page.openCase(ref);
        assertEquals("Resolved", page.status());
        Browser.screenshot(browser, "desk-case-en");
        page.switchLanguageTo("ja");
        assertEquals("ja", page.language());
        assertEquals(JA_RESOLVED, page.status(), "the status label is translated");
        Browser.screenshot(browser, "desk-case-ja");
    }

    @Test
    void draftEditsAreKeptWithTheCaseAsVersionsAndSayTheirTemplate() throws Exception {
        // no version known yet: the triage asks for information; the evidence uploaded below makes it "unsupported"
        JsonObject filed = file("Worker nodes NotReady after host patching", "Two worker nodes show NotReady since this morning.", "B");
        String ref = filed.getString("reference");
        String firstTemplate = filed.getJsonObject("triage").getJsonObject("template").getString("key");
        assertEquals(JsonValue.NULL, filed.get("draft"), "nobody saved an edit yet");
        signIn();
        CasePage page = new CasePage(browser, deployment).openCase(ref);
        assertTrue(page.draftState().contains("Not saved yet"), page.draftState());
        assertTrue(page.draftState().contains("Started from the template “" + firstTemplate + "” (English)"), page.draftState());

        // a save is version 1, kept over a reload, in the history and in the API
        String mine = "Dear Contoso team,\nwe are looking at the NotReady nodes and will write again today.";
        page.editDraft(mine);
        page.saveDraft();
        assertTrue(page.draftMessages().contains("Draft version 1 is saved with the case."), page.draftMessages());
        assertTrue(page.draftState().startsWith("Version 1, saved by " + ENGINEER + " at "), page.draftState());
        page.openCase(ref);
        assertEquals(mine, page.draft(), "the edit survives a reload");
        assertTrue(page.history().contains("Edited the response draft: version 1, from the template “" + firstTemplate + "” (English)"),
                page.history());
        JsonObject draft = engineer.get("api/v1/cases/" + ref).json().asJsonObject().getJsonObject("draft");
        assertEquals(1, draft.getInt("version"));
        assertEquals(mine, draft.getString("body"));
        assertEquals(ENGINEER, draft.getString("editedBy"));
        assertEquals(firstTemplate, draft.getJsonObject("startedFrom").getString("key"));
        assertEquals("en", draft.getJsonObject("startedFrom").getString("language"));
        assertFalse(draft.getBoolean("templateChanged"));

        // the same text again is no new version; an empty box is refused and loses nothing saved
        page.saveDraft();
        assertTrue(page.draftMessages().contains("Nothing to save: the text is the same as version 1."), page.draftMessages());
        page.editDraft("");
        page.saveDraft();
        assertTrue(page.draftMessages().contains("Draft (edit before you send it): write the text of the response"), page.draftMessages());
        assertEquals(1, engineer.get("api/v1/cases/" + ref).json().asJsonObject().getJsonObject("draft").getInt("version"));

        // someone moves the case meanwhile: the save is refused, the text stays, a second save keeps it
        JsonObject now = engineer.get("api/v1/cases/" + ref).json().asJsonObject();
        assertEquals(200, engineer.put("api/v1/cases/" + ref + "/status",
                "{\"status\": \"WAITING_FOR_CUSTOMER\", \"version\": " + now.getJsonNumber("version").longValue() + "}").status());
        String second = mine + "\nWe need the output of Get-AksHciCluster.";
        page.editDraft(second);
        page.saveDraft();
        assertTrue(page.draftMessages().contains("Someone changed this case since you opened it. Your text is still in the box"),
                page.draftMessages());
        assertEquals(second, page.draft());
        assertEquals(1, engineer.get("api/v1/cases/" + ref).json().asJsonObject().getJsonObject("draft").getInt("version"));
        page.saveDraft();
        assertTrue(page.draftMessages().contains("Draft version 2 is saved"), page.draftMessages());

        // new evidence: the triage now drafts from another template, and the page says the edit started from the older one
        Path versionFile = Files.createTempFile("kubectl-version", ".txt");
        Files.writeString(versionFile, "Client Version: v1.30.2\nServer Version: v1.24.3\n");
        page.upload(versionFile);
        String latestTemplate = engineer.get("api/v1/cases/" + ref).json().asJsonObject().getJsonObject("triage").getJsonObject("template")
                .getString("key");
        assertNotEquals(firstTemplate, latestTemplate, "the upload changed the case's situation");
        assertEquals(second, page.draft(), "the saved edit stays in the box");
        assertTrue(page.templateChanged().contains("This text started from the template “" + firstTemplate + "” (English), but the latest"
                + " triage drafts from “" + latestTemplate + "” (English)."), page.templateChanged());
        assertTrue(engineer.get("api/v1/cases/" + ref).json().asJsonObject().getJsonObject("draft").getBoolean("templateChanged"));
        page.scrollTo("draftCard");
        Browser.screenshot(browser, "desk-case-draft-en");
        page.switchLanguageTo("ja");
        assertTrue(page.templateChanged().contains("この本文はテンプレート「" + firstTemplate + "」(英語) から作成されましたが"), page.templateChanged());
        assertTrue(page.draftState().startsWith("バージョン 2 (" + ENGINEER + " さんが "), page.draftState());
        page.scrollTo("draftCard");
        Browser.screenshot(browser, "desk-case-draft-ja");
        page.switchLanguageTo("en");

        // starting again from the new draft, saved, is version 3 from the new template
        page.startFromLatestTemplate();
        assertNotEquals(second, page.draft());
        page.saveDraft();
        assertTrue(page.draftMessages().contains("Draft version 3 is saved"), page.draftMessages());
        assertEquals("", page.templateChanged());
        assertTrue(page.draftState().contains("Started from the template “" + latestTemplate + "” (English)"), page.draftState());
        JsonObject third = engineer.get("api/v1/cases/" + ref).json().asJsonObject().getJsonObject("draft");
        assertEquals(3, third.getInt("version"));
        assertEquals(latestTemplate, third.getJsonObject("startedFrom").getString("key"));
        assertFalse(third.getBoolean("templateChanged"));
        long drafts = engineer.get("api/v1/cases/" + ref + "/history").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("action").equals("draft")).count();
        assertEquals(3, drafts, "each save is in the history");
    }

    @Test
    void everyDeskPageFitsALaptopScreenInBothLanguages() throws Exception {
        // real content: long titles and customer names, evidence from a bundle with long paths, a correction, a saved draft
        JsonObject one = file("Worker nodes flip between Ready and NotReady every few minutes after the November cumulative update"
                + " of the Azure Local hosts", "kubelet logs: Kubelet stopped posting node status; the wssdagent restarts.", "A");
        JsonObject two = file("New-AksHciCluster fails with MOC OutOfCapacity although the hosts have free memory",
                "New-AksHciCluster -name prod-weu-01 fails: OutOfCapacity: moc-operator could not place the control plane VM", "B");
        assertEquals(200, engineer.put("api/v1/cases/" + one.getString("reference") + "/area", "{\"area\": \"NETWORKING\", \"reason\":"
                + " \"The nodes lose their network after the host patch\", \"version\": " + one.getJsonNumber("version") + "}").status());
        signIn();
        CasePage page = new CasePage(browser, deployment).openCase(two.getString("reference"));
        Path bundle = Files.createTempFile("AksHciLogs", ".zip");
        Files.write(bundle, EvidenceBundleReaderTest.zip(Map.of(
                "AksHciLogs_20261201T081500/moc/nodeagent/wssdagent-prod-weu-01-node-000001-20261201.log",
                "E1201 08:15:00 wssdagent: OutOfCapacity while placing VM prod-weu-01-control-plane-0\n".getBytes(StandardCharsets.UTF_8),
                "AksHciLogs_20261201T081500/kubectl/kubectl-version.txt",
                "Client Version: v1.30.2\nServer Version: v1.30.4\n".getBytes(StandardCharsets.UTF_8))));
        page.upload(bundle);
        page.editDraft("Dear Fabrikam team,\nthe control plane VM could not be placed; we look at the host capacity.");
        page.saveDraft();

        for (String language : List.of("en", "ja")) {
            for (String path : List.of("desk/inbox.xhtml", "desk/new-case.xhtml", "desk/case.xhtml?ref=" + two.getString("reference"),
                    "desk/case.xhtml?ref=" + one.getString("reference"), "desk/dashboard.xhtml")) {
                browser.get(deployment + path + (path.contains("?") ? "&" : "?") + "lang=" + language);
                page.waitForPage();
                assertEquals(language, page.language());
                assertEquals(List.of(), page.sidewaysOverflow(), path + " in " + language + " fits 1366 px without scrolling sideways");
            }
        }
    }

    /**
     * Issue 20: the case page shows the cluster profile with where each fact came from, the facts read from the
     * evidence and the facts still needed; the engineer corrects the profile there and the case is triaged again;
     * a long description is folded so that the verdict stays in view.
     */
    @Test
    void theCasePageShowsTheProfileAndAnEditTriagesAgain() {
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        StringBuilder description = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            description.append("Line ").append(i).append(": the upgrade of the workload cluster stopped at the control plane.\n");
        }
        ApiClient.Answer answer = engineer.post("api/v1/cases", """
                {"title": "Upgrade stops at the control plane", "description": %s, "customer": "Fabrikam", "severity": "B",
                 "language": "en", "cluster": {"platform": "AZURE_LOCAL_24H2", "lastAzureConnection": "%s"},
                 "evidence": [{"name": "kubectl-version.txt", "content": "Client Version: v1.24.3\\nServer Version: v1.24.3\\n"}]}"""
                .formatted(quote(description.toString()), yesterday));
        assertEquals(201, answer.status(), answer.body());
        String ref = answer.json().asJsonObject().getString("reference");
        signIn();
        CasePage page = new CasePage(browser, deployment).openCase(ref);

        assertTrue(page.verdict().contains("Not supported"), page.verdict());
        String version = page.profileRow("kubernetesVersion");
        assertTrue(version.contains("1.24.3") && version.contains("kubectl-version.txt, line 2"), "read from the evidence: " + version);
        assertTrue(page.profileRow("platform").contains("Azure Local 24H2") || page.profileRow("platform").contains("24H2"),
                page.profileRow("platform"));
        assertTrue(page.profileRow("platform").contains("entered"), page.profileRow("platform"));
        assertTrue(page.profileRow("lastAzureConnection").contains(yesterday), page.profileRow("lastAzureConnection"));
        assertTrue(page.profileRow("cni").contains("not known"), page.profileRow("cni"));
        assertTrue(page.factsRead().contains("Facts read from the evidence"), page.factsRead());
        assertTrue(page.factsRead().contains("Server Version: v1.24.3"), "the line the fact was read from: " + page.factsRead());

        assertTrue(page.descriptionFolded(), "30 lines are folded");
        assertTrue(page.text("descriptionMore").contains("Show more"), page.text("descriptionMore"));
        assertTrue(page.bottomOf("verdict") <= 768, "the verdict is above the fold at 1366 × 768: " + page.bottomOf("verdict"));
        Browser.screenshot(browser, "desk-case-profile-en");
        page.showWholeDescription();
        assertTrue(page.descriptionRestShown());
        assertTrue(page.text("descriptionRest").contains("Line 30:"), page.text("descriptionRest"));

        // a bad version and a day after today are refused, naming the field; nothing is saved
        page.editProfile();
        page.profileVersion("one.thirty");
        page.profileDate("stoppedSince", "2999-01-01");
        page.saveProfile();
        assertTrue(page.profileMessages().contains("Kubernetes version: \"one.thirty\" is not a Kubernetes version"), page.profileMessages());
        assertTrue(page.profileMessages().contains("Stopped since: must not be after the as-of day ("), page.profileMessages());
        assertTrue(page.verdict().contains("Not supported"));

        // the version entered by the engineer wins over the evidence, and the case is triaged again at once
        page.profileVersion("1.32.6");
        page.profileDate("stoppedSince", "");
        page.saveProfile();
        assertTrue(page.messages().contains("The profile is saved and the case was triaged again"), page.messages());
        assertFalse(page.verdict().contains("Not supported"), page.verdict());
        version = page.profileRow("kubernetesVersion");
        assertTrue(version.contains("1.32.6") && version.contains("entered"), version);
        assertTrue(page.factsRead().contains("not used: an entered value wins"), page.factsRead());
        assertTrue(page.history().contains("Changed the cluster profile: Kubernetes version"), page.history());
        JsonObject now = engineer.get("api/v1/cases/" + ref).json().asJsonObject();
        assertNotEquals("UNSUPPORTED", now.getString("verdict"), now.toString());

        page.switchLanguageTo("ja");
        assertTrue(page.text("profileHeading").contains("クラスター プロファイル"), page.text("profileHeading"));
        assertTrue(page.profileRow("kubernetesVersion").contains("入力値"), page.profileRow("kubernetesVersion"));
        assertTrue(page.history().contains("クラスター プロファイルを変更: Kubernetes バージョン"), page.history());
        assertTrue(page.descriptionFolded());
        assertTrue(page.bottomOf("verdict") <= 768, "ja: the verdict is above the fold: " + page.bottomOf("verdict"));
        Browser.screenshot(browser, "desk-case-profile-ja");
    }

    /** Issue 20: the inbox flags cases that need review and says why, sorts by severity, and shows many rows at once. */
    @Test
    void theInboxFlagsCasesToReviewAndSortsBySeverity() {
        String token = "zr" + new Random().ints(12, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        List<String> refs = new ArrayList<>();
        String[] severities = {"C", "A", "B", "C", "A", "B", "C", "B", "A", "C"};
        for (int i = 0; i < severities.length; i++) {
            refs.add(file("Review case " + i + " " + token + " with a rather long title that would wrap onto a second line in Japanese",
                    "kubectl get nodes shows NotReady " + token, severities[i]).getString("reference"));
        }
        // one case gets everything the rules need and a corrected area: it needs no review
        String settled = refs.get(0);
        JsonObject one = engineer.get("api/v1/cases/" + settled).json().asJsonObject();
        assertEquals(200, engineer.put("api/v1/cases/" + settled + "/area", "{\"area\": \"AGENT_NODE\", \"reason\": \"nodes\", \"version\": "
                + one.getJsonNumber("version") + "}").status());

        signIn();
        InboxPage inbox = new InboxPage(browser, deployment).openWith("q=" + token);
        assertEquals(10, inbox.total());
        assertTrue(inbox.text("reviewLegend").contains("Needs review:"), inbox.text("reviewLegend"));
        int flagged = 0;
        for (int row = 0; row < 10; row++) {
            String review = inbox.reviewOfRow(row);
            if (!review.isEmpty()) {
                flagged++;
                assertTrue(review.matches("(?s).*(\\d+ facts missing|area \\d+%|no area|not triaged).*"), "the flag says why: " + review);
                String whole = inbox.reviewTitleOfRow(row);
                assertTrue(whole.startsWith("Needs review: "), whole);
                assertTrue(whole.matches("(?s).*(provisional verdict: \\d+ facts missing|area uncertain \\(\\d+%\\), not corrected yet"
                        + "|no coverage area|not triaged yet).*"), "the tooltip says it in full: " + whole);
            }
        }
        // filed without a profile, each case misses facts: provisional, so flagged
        assertEquals(10, flagged, "every case misses facts the rules need");
        assertEquals("so far", inbox.provisionalOfRow(0), "the verdict is marked provisional beside its badge");
        int settledRow = inbox.references().indexOf(settled);
        assertFalse(inbox.reviewTitleOfRow(settledRow).contains("area uncertain"), "a corrected area is settled: "
                + inbox.reviewTitleOfRow(settledRow));

        inbox.order("SEVERITY");
        List<String> shown = new ArrayList<>();
        for (int row = 0; row < 10; row++) {
            shown.add(inbox.severityOfRow(row));
        }
        assertEquals(shown.stream().sorted().toList(), shown, "A first, then B, then C: " + shown);
        assertTrue(shown.get(0).startsWith("A"), shown.get(0));
        assertEquals(refs.get(8), inbox.references().get(0), "within a severity, newest first");

        inbox.switchLanguageTo("ja");
        assertEquals("ja", inbox.language());
        assertTrue(inbox.reviewTitleOfRow(0).startsWith("要確認: "), inbox.reviewTitleOfRow(0));
        assertTrue(inbox.reviewOfRow(0).contains("件不足"), inbox.reviewOfRow(0));
        assertEquals("重大度順", inbox.text("inboxForm:sort_label"));
        assertEquals("暫定", inbox.provisionalOfRow(0));
        int rows = inbox.rowsAboveTheFold();
        assertTrue(rows >= 6, "several rows above the fold in Japanese at 1366 × 768: " + rows);
        assertEquals(List.of(), inbox.sidewaysOverflow());
        Browser.screenshot(browser, "desk-inbox-review-ja");
        inbox.switchLanguageTo("en");
        assertTrue(inbox.rowsAboveTheFold() >= 6, "and in English: " + inbox.rowsAboveTheFold());
        Browser.screenshot(browser, "desk-inbox-review-en");
    }

    @Test
    void theInboxFiltersSearchesPagesAndSpeaksJapanese() {
        // letters only: the analysers split words at digits
        String token = "zq" + new Random().ints(12, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        List<JsonObject> mine = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            mine.add(file("Inbox case " + i + " " + token, "etcd mvcc database space exceeded " + token, i < 4 ? "A" : "C"));
        }
        String waiting = mine.get(2).getString("reference");
        assertEquals(200, engineer.put("api/v1/cases/" + waiting + "/status",
                "{\"status\": \"WAITING_FOR_CUSTOMER\", \"version\": " + mine.get(2).getJsonNumber("version").longValue() + "}").status());

        signIn();
        InboxPage inbox = new InboxPage(browser, deployment).openWith("");
        assertTrue(inbox.references().contains(mine.get(10).getString("reference")), "cases filed through the API show up");

        inbox.filter("", "", "", "", token);
        assertEquals(11, inbox.references().size(), "20 rows a page: all 11 on the first");
        assertEquals(11, inbox.total());
        Browser.screenshot(browser, "desk-inbox-en");
        // rows per page: 10 → two pages
        inbox.rowsPerPage(10);
        assertEquals(10, inbox.references().size());
        assertEquals(mine.get(10).getString("reference"), inbox.references().get(0), "newest first");
        inbox.nextPage();
        assertEquals(List.of(mine.get(0).getString("reference")), inbox.references());

        inbox.filter("WAITING_FOR_CUSTOMER", "", "", "", token);
        assertEquals(List.of(waiting), inbox.references());
        inbox.filter("", "", "", "A", token);
        assertEquals(4, inbox.total());
        String area = mine.get(5).getString("coverageArea");
        long sameArea = mine.stream().filter(c -> area.equals(c.getString("coverageArea", null))).count();
        inbox.filter("", area, "", "", token);
        assertEquals(sameArea, inbox.total());
        String verdict = mine.get(5).getString("verdict");
        String otherVerdict = verdict.equals("UNSUPPORTED") ? "SUPPORTED" : "UNSUPPORTED";
        inbox.filter("", "", verdict, "", token);
        assertEquals(mine.stream().filter(c -> verdict.equals(c.getString("verdict"))).count(), inbox.total());
        inbox.filter("", "", otherVerdict, "", token);
        assertTrue(inbox.table().contains("No case matches"), inbox.table());

        // the filters as a bookmark
        inbox.openWith("status=WAITING_FOR_CUSTOMER&q=" + token);
        assertEquals(List.of(waiting), inbox.references());
        assertEquals("Waiting for customer", inbox.text("inboxForm:cases:0:status"));

        inbox.openWith("status=DONE");
        assertTrue(inbox.text("inboxMessages").contains("Status: “DONE” is not one of the choices"), inbox.text("inboxMessages"));
        inbox.openWith("status=WAITING_FOR_CUSTOMER&q=" + token);

        assertEquals("Title", inbox.columnHeader("colTitle"));
        inbox.switchLanguageTo("ja");
        assertEquals("ja", inbox.language());
        assertEquals("タイトル", inbox.columnHeader("colTitle"));
        assertEquals("判定", inbox.columnHeader("colVerdict"));
        assertEquals(List.of(waiting), inbox.references(), "the switch keeps the filtered view");
        assertEquals(JA_WAITING, inbox.text("inboxForm:cases:0:status"));
        inbox.filter("", "", "", "", token);
        assertEquals(11, inbox.total());
        Browser.screenshot(browser, "desk-inbox-ja");
    }

    @Test
    void theNewCaseFormNamesWhatIsMissingAndKeepsWhatWasTyped() {
        signIn();
        NewCasePage form = new NewCasePage(browser, deployment).open();
        form.submit();
        assertTrue(form.messages().contains("Severity: choose A, B or C."), form.messages());
        assertTrue(form.fieldMessage("title").contains("title or description is required"), form.fieldMessage("title"));
        assertTrue(form.fieldMessage("description").contains("title or description is required"), form.fieldMessage("description"));
        assertEquals("/desk/new-case.xhtml", form.currentPath());

        form.describe("Cannot upgrade the cluster", "", "Northwind", "A");
        form.cluster("", "one.two");
        form.evidence("az-version.txt", "azure-cli 2.61.0");
        form.submit();
        assertTrue(form.messages().contains("Kubernetes version: \"one.two\" is not a Kubernetes version"), form.messages());
        assertEquals("Cannot upgrade the cluster", form.value("title"));
        assertEquals("Northwind", form.value("customer"));
        assertEquals("one.two", form.value("kubernetesVersion"));
        assertEquals("azure-cli 2.61.0", form.value("evidence:0:evidenceText"));

        // every invalid field at once, each beside its field: a day that is no day and a version that is none
        form.cluster("", "one.thirty").lastAzureConnection("2024-02-30");
        form.submit();
        assertTrue(form.fieldMessage("lastAzureConnection").contains("\"2024-02-30\" is not a date: February has no 30th"),
                form.fieldMessage("lastAzureConnection"));
        assertTrue(form.fieldMessage("kubernetesVersion").contains("\"one.thirty\" is not a Kubernetes version"),
                form.fieldMessage("kubernetesVersion"));

        form.cluster("", "1.29.4").lastAzureConnection("2999-01-01");
        form.submit();
        assertTrue(form.messages().contains("Last connection to Azure: must not be after the as-of day ("), form.messages());
        assertTrue(form.fieldMessage("lastAzureConnection").contains("must not be after the as-of day"), form.fieldMessage("lastAzureConnection"));
        assertEquals("/desk/new-case.xhtml", form.currentPath());
        Browser.screenshot(browser, "desk-new-case-en");
        form.scrollTo("newCase:platform");
        Browser.screenshot(browser, "desk-new-case-cluster-en");
        form.switchLanguageTo("ja");
        assertEquals("新しいケース", form.text("newCaseHeading"));
        assertEquals("Cannot upgrade the cluster", form.value("title"), "the switch keeps what was typed");
        assertEquals("2999-01-01", form.value("lastAzureConnection_input"));
        form.submit();
        assertTrue(form.messages().contains("Azure への最終接続日: 判定の基準日より後の日付は指定できません"), form.messages());
        Browser.screenshot(browser, "desk-new-case-ja");
    }

    @Test
    void whatACustomerWroteIsShownAsText() {
        String title = "<script>alert(1)</script>";
        String ref = file(title, "<img src=x onerror=alert(2)> kubectl hangs", "C").getString("reference");
        signIn();
        InboxPage inbox = new InboxPage(browser, deployment).openWith("");
        assertEquals(ref, inbox.references().get(0));
        assertEquals(title, inbox.titleOfRow(0));
        assertNoAlert();
        CasePage page = new CasePage(browser, deployment).openCase(ref);
        assertEquals(title, page.title());
        assertTrue(page.text("caseDescription").startsWith("<img src=x onerror=alert(2)>"), page.text("caseDescription"));
        assertNoAlert();
    }

    private void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    }

    @Test
    void anUnknownReferenceSaysThereIsNoSuchCase() {
        signIn();
        CasePage page = new CasePage(browser, deployment).openCase("CASE-1999-000042");
        assertTrue(page.notFound().contains("There is no case CASE-1999-000042"), page.notFound());
        assertFalse(page.has("casePage"));
        page.openCase("");
        assertTrue(page.notFound().contains("No case reference was given"), page.notFound());
    }
}
