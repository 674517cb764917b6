package org.triagedesk.web;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.triagedesk.api.ApiClient;
import org.triagedesk.web.pages.CatalogsPage;
import org.triagedesk.web.pages.KnownIssueEditorPage;
import org.triagedesk.web.pages.KnownIssueListPage;
import org.triagedesk.web.pages.LoginPage;
import org.triagedesk.web.pages.ReloadPage;
import org.triagedesk.web.pages.SelfCheckProbe;
import org.triagedesk.web.pages.UsersPage;

/**
 * The knowledge-base maintainers' pages and the administrators' users page, in a browser: writing a
 * known issue that the very next self-check finds, conflicts and retiring, the catalogs, the kb/
 * reload report, user administration, who may open what, and user text never running as markup.
 */
class MaintainerUiIT extends BrowserSuite {

    static final String PASSWORD = "ui-maintain-pw-123";
    static final String MAINTAINER = "ui-maintainer";
    static final String ENGINEER = "ui-mt-engineer";
    static final String ERROR = "moc-operator: failed to renew kvs token ZX-9021";

    ApiClient maintainer;

    @BeforeEach
    void openBrowser() {
        maintainer = admin.ensureUser(MAINTAINER, PASSWORD, "KB_MAINTAINER");
        admin.ensureUser(ENGINEER, PASSWORD, "ENGINEER");
        browser = Browser.start("en-US");
    }

    @Test
    void maintainerWritesAKnownIssueThatTheNextSelfCheckFinds() {
        signIn(MAINTAINER);
        KnownIssueListPage list = new KnownIssueListPage(browser, deployment);
        assertEquals("/maintain/known-issues.xhtml", list.currentPath(), "a maintainer lands on the known issues");
        Browser.screenshot(browser, "maintain-known-issues-en");
        list.newKnownIssue();

        KnownIssueEditorPage editor = new KnownIssueEditorPage(browser, deployment);
        editor.set("title", "MOC operator cannot renew its KVS token after the host clock jumps")
                .choose("area", "ARC_INTEGRATION")
                .set("affectedVersions", "1.28, 1.29")
                .set("signatures", ERROR)
                .set("tags", "moc, kvs, token")
                .lastReviewed("2026-11-20")
                .set("symptoms", "Cluster operations stall and the **moc-operator** log repeats:\n\n    " + ERROR
                        + "\n\n- `az aksarc show` reports the cluster as *Updating*")
                .set("cause", "The host clock moved forward by more than the token lifetime.")
                .set("workaround", "1. Fix the host time with `w32tm /resync`.\n2. Run `Repair-AksHciCerts`.");
        WebElement preview = editor.previewShowing("Repair-AksHciCerts");
        assertEquals("moc-operator", preview.findElement(By.cssSelector("[id='editor:previewSymptoms'] strong, #editor\\:preview strong")).getText());
        assertEquals(2, preview.findElements(By.cssSelector("ol li")).size(), "the resolution renders as a numbered list");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Browser.screenshot(browser, "maintain-known-issue-en");

        editor.save();
        String key = editor.keyInAddress();
        assertNotNull(key, editor.currentPath());
        assertTrue(key.matches("KI-\\d{4,}"), key);
        assertTrue(editor.messages().contains("Saved known issue " + key), editor.messages());
        assertEquals(ERROR, editor.value("signatures"));
        JsonObject stored = maintainer.get("api/v1/known-issues/" + key).json().asJsonObject();
        assertEquals("ARC_INTEGRATION", stored.getString("coverageArea"));
        assertEquals("2026-11-20", stored.getString("lastReviewed"));
        assertEquals(List.of("moc", "kvs", "token"), stored.getJsonArray("tags").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());
        assertEquals("en", stored.getString("language"), "the language is detected from the text");

        list.open().search("ZX-9021");
        assertEquals(key, list.keys().get(0), "the new issue is found by its error string");

        // The engine side: the public triage finds it at once.
        JsonObject triage = anonymous.post("api/v1/triage",
                "{\"title\":\"Cluster stuck updating\",\"description\":\"Since this morning the log says " + ERROR
                        + " again and again\"}").json().asJsonObject();
        assertTrue(triage.getJsonArray("knownIssues").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("key").equals(key)), triage.toString());

        // The same through the self-check page (built on another branch with the agreed ids).
        new LoginPage(browser, deployment).signOut();
        SelfCheckProbe selfCheck = new SelfCheckProbe(browser, deployment).open();
        selfCheck.check("Cluster stuck updating", "Since this morning the log says " + ERROR + " again and again", null);
        assertTrue(selfCheck.knownIssues().contains(key), selfCheck.knownIssues());
    }

    @Test
    void staleSaveKeepsTheTextAndRetiringAsks() {
        String key = "UITEST-STALE-1";
        assertEquals(201, maintainer.post("api/v1/known-issues", "{\"key\":\"" + key + "\",\"title\":\"Stale test issue\","
                + "\"coverageArea\":\"NETWORKING\",\"symptoms\":\"first text\",\"workaround\":\"none\"}").status());
        signIn(MAINTAINER);
        KnownIssueEditorPage editor = new KnownIssueEditorPage(browser, deployment).openIssue(key);
        editor.set("symptoms", "my careful rewrite");

        long version = maintainer.get("api/v1/known-issues/" + key).json().asJsonObject().getJsonNumber("version").longValue();
        assertEquals(200, maintainer.put("api/v1/known-issues/" + key, "{\"version\":" + version + ",\"title\":\"Stale test issue\","
                + "\"coverageArea\":\"NETWORKING\",\"symptoms\":\"someone else's text\"}").status());
        editor.save();

        assertTrue(editor.messages().contains("Someone else saved " + key), editor.messages());
        assertTrue(editor.conflictShown());
        assertEquals("my careful rewrite", editor.value("symptoms"), "nothing typed is lost");
        assertEquals("someone else's text", symptomsOf(key));

        editor.overwrite();
        assertTrue(editor.messages().contains("Saved known issue " + key), editor.messages());
        assertEquals("my careful rewrite", symptomsOf(key));

        editor.retire();
        assertTrue(editor.messages().contains("Retired known issue " + key), editor.messages());
        assertEquals("RETIRED", maintainer.get("api/v1/known-issues/" + key).json().asJsonObject().getString("status"));
        assertEquals("RETIRED", editor.chosen("status"));
        assertFalse(editor.has("editor:retire"), "a retired issue offers no retire button");

        // A taken key and a missing title: each named, nothing typed lost. Version notes are free text: the
        // line under each says, as the maintainer types, what was read from it.
        editor.openNew().set("key", key).set("title", "Another one").choose("area", "NETWORKING").set("symptoms", "kept text");
        editor.save();
        assertTrue(editor.messages().contains("Key: a known issue " + key + " exists already"), editor.messages());
        assertEquals("kept text", editor.value("symptoms"));
        editor.set("affectedVersions", "containerd 1.6.x before 1.6.24, 1.7.x before 1.7.4");
        assertEquals("Read as: containerd 1.6.x <1.6.24; containerd 1.7.x <1.7.4.",
                editor.readAs("affectedVersions", "containerd 1.7.x <1.7.4"));
        editor.set("affectedVersions", "AKS-HCI PowerShell module releases of late 2021");
        assertTrue(editor.readAs("affectedVersions", "No version read").contains("kept as written"));
        editor.set("fixedIn", "fixed in 2505");
        assertEquals("Fixed in: Azure Local release 2505.", editor.readAs("fixedIn", "2505"));
        editor.set("key", "").set("title", "");
        editor.save();
        assertTrue(editor.messages().contains("Title: a value is required"), editor.messages());
        assertFalse(editor.messages().contains("versions"), "a version note is never an error: " + editor.messages());
        assertEquals("kept text", editor.value("symptoms"));
        assertEquals("AKS-HCI PowerShell module releases of late 2021", editor.value("affectedVersions"));
        assertEquals("/maintain/known-issue.xhtml", editor.currentPath());
        browser.get(deployment + "maintain/known-issue.xhtml?lang=ja");
        editor.set("affectedVersions", "Kubernetes 1.28.0 以降、1.28.5 より前");
        assertEquals("読み取った範囲: Kubernetes >=1.28.0 <1.28.5", editor.readAs("affectedVersions", "1.28.5"));
    }

    @Test
    void catalogsAddAndDeleteAKubernetesVersionAndRefuseABadMinor() {
        signIn(MAINTAINER);
        CatalogsPage catalogs = new CatalogsPage(browser, deployment).open();
        assertFalse(catalogs.platformCodes().isEmpty(), "the policy's platforms are listed");

        catalogs.addVersion("1.x", "2030-01-15", null, "UI test");
        assertTrue(catalogs.versionDialogOpen(), "the dialog stays open on bad input");
        assertTrue(catalogs.versionDialogMessages().contains("Minor version: write major.minor"), catalogs.versionDialogMessages());
        assertFalse(catalogs.minors().contains("1.x"));

        catalogs.open().addVersion("1.99", "2030-01-15", "2029-01-01", "UI test");
        assertTrue(catalogs.versionDialogMessages().contains("Removal date: must be after the release date"),
                catalogs.versionDialogMessages());

        catalogs.open().addVersion("1.99", "2030-01-15", "2031-06-30", "UI test row");
        assertTrue(catalogs.messages().contains("Saved Kubernetes version 1.99"), catalogs.messages());
        assertTrue(catalogs.minors().contains("1.99"), catalogs.minors().toString());
        JsonObject saved = maintainer.get("api/v1/kubernetes-versions/1.99").json().asJsonObject();
        assertEquals("2030-01-15", saved.getString("releaseDate"));
        assertEquals("2031-06-30", saved.getString("removalDate"));
        Browser.screenshot(browser, "maintain-catalogs-en");
        browser.get(deployment + "maintain/catalogs.xhtml?lang=ja");
        Browser.screenshot(browser, "maintain-catalogs-ja");
        browser.get(deployment + "maintain/catalogs.xhtml?lang=en");

        catalogs.open().editVersion("1.99");
        assertEquals("2030-01-15", catalogs.versionDialogValue("releaseDate_input"), "the dialog opens on the row's values");
        assertEquals("UI test row", catalogs.versionDialogValue("note"));
        catalogs.saveVersionNote("UI test row, edited");
        assertTrue(catalogs.messages().contains("Saved Kubernetes version 1.99"), catalogs.messages());
        assertEquals("UI test row, edited", catalogs.versionNote("1.99"));
        JsonObject edited = maintainer.get("api/v1/kubernetes-versions/1.99").json().asJsonObject();
        assertEquals("2031-06-30", edited.getString("removalDate"), "what the edit did not touch stays");
        catalogs.open().editVersion("1.99").cancelVersionDialog().startNewVersion();
        assertEquals("", catalogs.versionDialogValue("minor"), "a new entry starts empty after an edit");
        assertEquals("", catalogs.versionDialogValue("note"));

        catalogs.open().deleteVersion("1.99");
        assertTrue(catalogs.messages().contains("Deleted Kubernetes version 1.99"), catalogs.messages());
        assertFalse(catalogs.minors().contains("1.99"));
        assertEquals(404, maintainer.get("api/v1/kubernetes-versions/1.99").status());
    }

    @Test
    void aStaleCatalogIsSaidAndAPastedCalendarBringsItUpToDate() {
        signIn(MAINTAINER);
        CatalogsPage catalogs = new CatalogsPage(browser, deployment).open();
        List<String> minors = catalogs.minors();
        assertEquals(minors.stream().sorted(Comparator.comparing((String m) -> Integer.parseInt(m.split("\\.")[1])).reversed()).toList(),
                minors, "newest first");
        // the shipped catalog ends at 1.32, whose window ended on 2026-10-22
        assertTrue(catalogs.staleBannerShown(), "no catalogued minor is supported today: the banner says so");
        assertEquals("deprecated", catalogs.status("1.32"));
        assertTrue(catalogs.text("catalogs:versions").contains("Status on " + LocalDate.now(ZoneOffset.UTC)),
                "the column says the day its statuses hold for");
        for (String minor : minors) {
            assertTrue(List.of("supported", "deprecated", "removed", "not released yet").contains(catalogs.status(minor)), minor);
        }

        catalogs.readImport("no table here");
        assertTrue(catalogs.messages().contains("Nothing was imported"), catalogs.messages());

        // a release this month, in the calendar's layout, as a maintainer would paste it
        String thisMonth = YearMonth.now().format(DateTimeFormatter.ofPattern("yyMM"));
        catalogs.readImport("| K8s minor version | Supported Azure Local versions | Current status |\n|--|--|--|\n"
                + "| 1.95 | " + thisMonth + " | Generally available |\n| 1.32 | " + thisMonth + ", 2510 | Generally available |");
        assertEquals(List.of("1.95 new", "1.32 unchanged"), catalogs.importRows());
        assertEquals(404, maintainer.get("api/v1/kubernetes-versions/1.95").status(), "reading changes nothing");
        Browser.screenshot(browser, "maintain-catalogs-import-en");

        catalogs.applyImport();
        assertTrue(catalogs.messages().contains("Imported: 1 new and 0 changed"), catalogs.messages());
        catalogs.open();
        assertEquals("supported", catalogs.status("1.95"));
        assertFalse(catalogs.staleBannerShown(), "a supported minor again: no banner");
        assertEquals(MAINTAINER, maintainer.get("api/v1/kubernetes-versions/1.95").json().asJsonObject().getString("updatedBy"));

        catalogs.deleteVersion("1.95");
        assertTrue(catalogs.open().staleBannerShown());
    }

    @Test
    void reloadShowsTheReportWithProblemsPerFile() throws IOException {
        signIn(MAINTAINER);
        ReloadPage reload = new ReloadPage(browser, deployment).open();
        assertFalse(reload.mayReload(), "reloading is an administrator's action, as in the API");
        assertTrue(reload.count("Files") > 0, "the last load's report shows when the page opens");
        new LoginPage(browser, deployment).signOut();

        signIn("admin");
        reload.open();
        Path kb = Path.of(reload.directory());
        Path broken = kb.resolve("known-issues/HOW_TO/UITEST-0001-broken.md");
        Files.writeString(broken, "---\nid: UITEST-0001\ntitle: A broken file\narea: HOW_TO\nlanguage: en\nstatus: SOMETIMES\n---\n\n"
                + "## Symptoms\nx\n\n## Resolution\ny\n");
        try {
            reload.reload();
            assertTrue(reload.messages().contains("1 problem;"), reload.messages());
            List<List<String>> problems = reload.problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("known-issues/HOW_TO/UITEST-0001-broken.md", problems.get(0).get(0));
            assertEquals("6", problems.get(0).get(1));
            assertEquals("unknown status 'SOMETIMES'; one of [OPEN, MITIGATED, FIXED, RETIRED]", problems.get(0).get(2));
            assertTrue(reload.count("Unchanged") > 0);
            Browser.viewport(browser, 1366, 768);
            Browser.screenshot(browser, "maintain-reload-en");

            // the same report in Japanese: the problem is worded again, not left in English
            browser.get(deployment + "maintain/reload.xhtml?lang=ja");
            reload.waitForPage();
            List<List<String>> japanese = reload.problems();
            assertEquals("6", japanese.get(0).get(1));
            assertEquals("状態 'SOMETIMES' は存在しません。次のいずれかを指定してください: [OPEN, MITIGATED, FIXED, RETIRED]",
                    japanese.get(0).get(2));
            Browser.screenshot(browser, "maintain-reload-ja");
            browser.get(deployment + "maintain/reload.xhtml?lang=en");

            // the API keeps the English message and adds the code, its arguments and both wordings
            JsonObject problem = maintainer.get("api/v1/kb/report").json().asJsonObject().getJsonArray("problems").getJsonObject(0);
            assertEquals("unknown status 'SOMETIMES'; one of [OPEN, MITIGATED, FIXED, RETIRED]", problem.getString("message"));
            assertEquals("issue.status", problem.getString("code"));
            assertEquals(List.of("SOMETIMES", "[OPEN, MITIGATED, FIXED, RETIRED]"),
                    problem.getJsonArray("arguments").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
            assertEquals(japanese.get(0).get(2), problem.getJsonObject("messages").getString("ja"));
            assertEquals(problem.getString("message"), problem.getJsonObject("messages").getString("en"));
        } finally {
            Files.deleteIfExists(broken);
        }
        reload.reload();
        assertTrue(reload.problems().isEmpty(), reload.problems().toString());
        assertTrue(reload.messages().contains("no problems"), reload.messages());
    }

    @Test
    void adminManagesUsersButNotTheLastAdminAndOthersMayNotOpenThePages() {
        signIn("admin");
        UsersPage users = new UsersPage(browser, deployment).open();
        assertFalse(browser.getPageSource().contains("PBKDF2") || browser.getPageSource().toLowerCase().contains("hash:"),
                "no password hash on the page");

        users.create("ui-new-user", "new-user-pw-123", List.of("ENGINEER", "KB_MAINTAINER"));
        assertTrue(users.messages().contains("Created user ui-new-user"), users.messages());
        assertTrue(users.roles("ui-new-user").contains("Engineer"), users.roles("ui-new-user"));
        assertTrue(users.roles("ui-new-user").contains("KB maintainer"), users.roles("ui-new-user"));
        JsonObject created = admin.get("api/v1/users/ui-new-user").json().asJsonObject();
        assertEquals(2, created.getJsonArray("roles").size(), created.toString());

        users.disable("ui-new-user");
        assertEquals("Disabled", users.state("ui-new-user"));
        assertFalse(admin.get("api/v1/users/ui-new-user").json().asJsonObject().getBoolean("enabled"));
        assertEquals(401, admin.as("ui-new-user", "new-user-pw-123").get("api/v1/known-issues").status(), "a disabled user cannot sign in");

        users.disable("admin");
        assertTrue(users.messages().contains("admin is the last enabled administrator"), users.messages());
        assertEquals("Enabled", users.state("admin"));
        Browser.screenshot(browser, "admin-users-en");
        browser.get(deployment + "admin/users.xhtml?lang=ja");
        Browser.screenshot(browser, "admin-users-ja");
        browser.get(deployment + "admin/users.xhtml?lang=en");

        users.create("ui-new-user", "another-pw-1234", List.of("ENGINEER"));
        assertTrue(browser.findElement(By.id("createUserForm:createMessages")).getText().contains("User name: a user named ui-new-user exists"));

        new LoginPage(browser, deployment).open().signOut();
        signIn(ENGINEER);
        LoginPage page = new LoginPage(browser, deployment);
        browser.get(deployment + "admin/users.xhtml");
        assertTrue(page.text("errorStatus").startsWith("403"), page.text("errorStatus"));
        browser.get(deployment + "maintain/known-issues.xhtml");
        assertTrue(page.text("errorStatus").startsWith("403"), page.text("errorStatus"));
        browser.get(deployment + "maintain/known-issue.xhtml");
        assertTrue(page.text("errorStatus").startsWith("403"), page.text("errorStatus"));
    }

    @Test
    void userTextShowsAsTextInListEditorAndPreview() {
        String key = "UITEST-ESCAPE-1";
        String title = "<script>alert(1)</script> escaping check";
        String symptoms = "Raw <script>alert(2)</script> and <img src=x onerror=alert(3)> and [a link](javascript:alert(4)).";
        assertEquals(201, maintainer.post("api/v1/known-issues", "{\"key\":\"" + key + "\",\"title\":\"" + title.replace("\"", "\\\"")
                + "\",\"coverageArea\":\"HOW_TO\",\"symptoms\":\"" + symptoms + "\"}").status());
        signIn(MAINTAINER);

        KnownIssueListPage list = new KnownIssueListPage(browser, deployment).open().search(key);
        assertEquals(key, list.keys().get(0), "the key itself is the best match");
        assertEquals(title, list.titles().get(0));
        assertNoScriptRan();

        list.openFirst();
        KnownIssueEditorPage editor = new KnownIssueEditorPage(browser, deployment);
        assertEquals(title, editor.value("title"));
        WebElement preview = editor.preview();
        assertEquals(title, preview.findElement(By.id("previewTitle")).getText());
        String shown = preview.findElement(By.id("editor:previewSymptoms")).getText();
        assertTrue(shown.contains("<script>alert(2)</script>"), shown);
        assertTrue(shown.contains("<img src=x onerror=alert(3)>"), shown);
        assertTrue(preview.findElements(By.tagName("script")).isEmpty());
        assertTrue(preview.findElements(By.tagName("img")).isEmpty());
        List<WebElement> links = preview.findElements(By.tagName("a"));
        assertEquals(1, links.size());
        assertFalse(String.valueOf(links.get(0).getAttribute("href")).toLowerCase().contains("javascript"), links.get(0).getAttribute("href"));

        // Typed into the editor: the live preview neutralises it too.
        editor.set("workaround", "Try <script>alert(5)</script> or [this](javascript:alert(6))");
        preview = editor.previewShowing("alert(5)");
        assertTrue(preview.findElements(By.tagName("script")).isEmpty());
        assertTrue(preview.findElements(By.cssSelector("a[href^='javascript']")).isEmpty());
        assertNoScriptRan();

        // Screenshots of a realistic issue in both languages.
        new KnownIssueListPage(browser, deployment).open();
        browser.get(deployment + "maintain/known-issues.xhtml?lang=ja");
        Browser.screenshot(browser, "maintain-known-issues-ja");
        browser.get(deployment + "maintain/known-issue.xhtml?key=KI-0101");
        Browser.screenshot(browser, "maintain-known-issue-ja");
    }

    private void assertNoScriptRan() {
        try {
            String text = browser.switchTo().alert().getText();
            fail("a script from user text ran: alert " + text);
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    private String symptomsOf(String key) {
        return maintainer.get("api/v1/known-issues/" + key).json().asJsonObject().getString("symptoms");
    }

    private void signIn(String user) {
        new LoginPage(browser, deployment).open().signIn(user, user.equals("admin") ? ADMIN_PASSWORD : PASSWORD);
    }
}
