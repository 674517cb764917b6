package org.triagedesk.web;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.triagedesk.web.pages.SelfCheckPage;

/**
 * The public self-check as a customer uses it: in Japanese and English, with pasted and uploaded
 * evidence, a language switch after the answer, hostile text, and bad input. The catalogs are the
 * seeded ones (V2__seed_catalogs.sql), so each check is pinned to a day with a known answer.
 */
class SelfCheckUiIT extends BrowserSuite {

    static final String CERT_PROBLEM = "証明書の期限切れで kubectl が接続できない";

    @TempDir
    Path temp;

    private SelfCheckPage open(String acceptLanguage) {
        browser = Browser.start(acceptLanguage);
        return new SelfCheckPage(browser, deployment).open();
    }

    @Test
    void japaneseCustomerChecksACertificateProblem() {
        SelfCheckPage page = open("ja");
        assertEquals("ja", page.language());
        assertEquals("セルフチェック: このケースはサポート対象ですか?", page.text("selfCheckHeading"));
        assertEquals("チェックする", page.text("selfCheck:check"));

        // Azure Stack HCI 22H2 and 1.26 are both supported on 2024-01-15; the last sync with Azure is not known
        page.select("platform", "AZURE_STACK_HCI_22H2").kubernetesVersion("1.26.3")
                .title(CERT_PROBLEM)
                .description(CERT_PROBLEM + "。Unable to connect to the server: x509: certificate has expired or is not yet valid")
                .evidence("kubectl-version.txt", "Client Version: v1.26.3\nServer Version: v1.26.3")
                .date("asOf", "2024-01-15")
                .check();

        assertTrue(page.has("verdict"), () -> "no answer: " + page.formMessages());
        assertTrue(page.verdictClass().contains("td-verdict-SUPPORTED_WITH_WARNINGS"), page.verdictClass());
        assertTrue(page.has("verdict") && page.byId("verdict").findElement(By.cssSelector(".pi-exclamation-triangle")) != null);
        assertTrue(page.verdict().contains("サポート対象（注意事項あり）"), page.verdict());
        assertTrue(page.text("judgedAsOf").contains("2024-01-15"));
        String findings = page.text("findings");
        assertTrue(findings.contains("停止または切断されたクラスター"), "the Japanese policy section title: " + findings);
        assertTrue(findings.contains("対処方法"), findings);
        String missing = page.text("missingFacts");
        assertTrue(missing.contains("Azure への最終接続日"), missing);
        assertTrue(missing.contains("Get-AzureStackHCI"), missing);
        String area = page.text("coverageArea");
        assertTrue(area.contains("ライフサイクル"), "expired certificates are LIFECYCLE under spec/coverage-areas.md: " + area);
        assertTrue(area.matches("(?s).*確信度\\s*\\d+%.*"), area);
        assertTrue(page.chartDrawn(), "the area chart is drawn");
        assertTrue(page.knownIssueKeys().contains("KI-0103"), page.knownIssueKeys().toString());
        assertFalse(page.knownIssueLinks().isEmpty());
        for (WebElement link : page.knownIssueLinks()) {
            assertEquals("_blank", link.getAttribute("target"));
            assertEquals("noopener noreferrer", link.getAttribute("rel"));
            assertTrue(link.getAttribute("href").startsWith("https://"), link.getAttribute("href"));
        }
        String facts = page.text("facts");
        assertTrue(facts.contains("Kubernetes のバージョン") && facts.contains("v1.26.3"), facts);
        assertTrue(facts.contains("kubectl-version.txt、2 行目"), facts);
        assertTrue(facts.contains("Server Version: v1.26.3"), facts);
        assertEquals(CERT_PROBLEM, page.value("title"), "the form keeps what was typed");
        // issue 20: the verdict, the provisional line and the next steps fit the first screen at 1366 × 768
        page.scrollToTop();
        assertTrue(page.bottomOf("nextSteps") <= 768, "next steps above the fold: " + page.bottomOf("nextSteps"));
        assertTrue(page.text("provisional").contains("暫定") && page.text("provisional").contains("Azure への最終接続日"),
                page.text("provisional"));
        assertTrue(page.text("nextSteps").contains("次にすること"), page.text("nextSteps"));
        Browser.screenshot(browser, "selfcheck-ja");
    }

    /**
     * Issue 20: the answer is short. Known issues are folded to their title, why they matched and the first line
     * of their workaround, and open on a click; the shown terms leave out numbers and Japanese function words;
     * the page is far shorter than the 6,000 pixels it was.
     */
    @Test
    void theAnswerIsFoldedAndItsTermsAreWords() {
        SelfCheckPage page = open("ja");
        page.select("platform", "AZURE_LOCAL_24H2").kubernetesVersion("1.30.4")
                .title("CoreDNS が CrashLoopBackOff のまま")
                .description("Pod から 192.168.10.20 と 192.168.10.21 の名前解決ができないまま です。coredns の Pod が CrashLoopBackOff"
                        + " になり、ログに plugin/loop: Loop (127.0.0.1:53 -> :53) detected for zone \".\" と出ています。")
                .evidence("coredns.log", "[FATAL] plugin/loop: Loop (127.0.0.1:37845 -> :53) detected for zone \".\"")
                .date("lastAzureConnection", "2025-05-30")
                .date("asOf", "2025-06-01")
                .check();
        assertTrue(page.has("verdict"), page::formMessages);
        page.scrollToTop();
        assertTrue(page.bottomOf("nextSteps") <= 768, "next steps above the fold: " + page.bottomOf("nextSteps"));
        if (page.has("areaTerms")) {
            String terms = page.text("areaTerms");
            for (String noise : List.of("192", "168", "まま", "10", "20")) {
                assertFalse(Arrays.asList(terms.split("\\s+")).contains(noise), noise + " is not a word worth showing: " + terms);
            }
        }
        List<WebElement> issues = browser.findElements(By.cssSelector("#knownIssues details.sc-ki"));
        assertFalse(issues.isEmpty(), "a CoreDNS loop matches a known issue");
        for (WebElement issue : issues) {
            assertNull(issue.getAttribute("open"), "folded at first");
            assertFalse(issue.findElement(By.className("sc-ki-body")).isDisplayed());
            String summary = issue.findElement(By.tagName("summary")).getText();
            assertTrue(summary.contains("一致した理由"), summary);
        }
        WebElement first = issues.get(0);
        first.findElement(By.tagName("summary")).click();
        assertNotNull(first.getAttribute("open"));
        assertTrue(first.findElement(By.className("sc-ki-body")).isDisplayed(), "a click opens the whole workaround");
        long height = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight;")).longValue();
        assertTrue(height < 4000, "the whole page, form included, is far shorter than 6,000 px: " + height);
        page.scrollToTop();
        Browser.screenshot(browser, "selfcheck-folded-ja");
        page.switchLanguage("en");
        assertTrue(page.text("nextSteps").contains("What to do next"), page.text("nextSteps"));
        page.scrollToTop();
        assertTrue(page.bottomOf("nextSteps") <= 768, "en: next steps above the fold: " + page.bottomOf("nextSteps"));
        Browser.screenshot(browser, "selfcheck-folded-en");
    }

    @Test
    void stoppedClusterOnAnOldVersionIsNotSupported() {
        SelfCheckPage page = open("en-US");
        assertEquals("en", page.language());

        // on 2026-01-15 1.23 is long past its one-year window, and the cluster has been stopped for 106 days
        page.select("platform", "WINDOWS_SERVER_2022").kubernetesVersion("1.23.4")
                .title("Cluster does not come back after restart")
                .date("stoppedSince", "2025-10-01")
                .answer("allNodesDeallocatedManually", 1)
                .date("asOf", "2026-01-15")
                .check();

        assertTrue(page.has("verdict"), () -> "no answer: " + page.formMessages() + " [" + page.dateValue("stoppedSince") + "]");
        assertTrue(page.verdictClass().contains("td-verdict-UNSUPPORTED"), page.verdictClass());
        assertTrue(page.verdict().contains("Not supported"), page.verdict());
        assertFalse(browser.findElements(By.cssSelector("#verdict .pi-times-circle")).isEmpty());
        String findings = page.text("findings");
        assertTrue(findings.contains("Stopped or disconnected clusters"), findings);
        assertTrue(findings.contains("Service updates and releases"), findings);
        assertEquals("2025-10-01", page.dateValue("stoppedSince"));
        page.scrollToTop();
        assertTrue(page.bottomOf("verdict") <= 768, "the verdict above the fold: " + page.bottomOf("verdict"));
        Browser.screenshot(browser, "selfcheck-en-unsupported");
    }

    @Test
    void aCurrentClusterOnAStaleCatalogHearsThatSupportConfirmsItsVersion() {
        SelfCheckPage page = open("ja");
        // on 2026-12-03 the shipped catalog, which ends at 1.32, has no minor inside its window
        page.select("platform", "AZURE_LOCAL_24H2").kubernetesVersion("1.32.6")
                .title("ノードプールのスケールが終わらない")
                .date("lastAzureConnection", "2026-12-02")
                .date("asOf", "2026-12-03")
                .check();
        assertTrue(page.has("verdict"), page::formMessages);
        assertFalse(page.verdictClass().contains("td-verdict-UNSUPPORTED"), page.verdictClass());
        assertTrue(page.has("catalogStaleHint"), "the answer says the version verdict is provisional");
        assertTrue(page.text("catalogStaleHint").contains("暫定"), page.text("catalogStaleHint"));
        assertTrue(page.text("findings").contains("サポートされているバージョン ポリシー"), page.text("findings"));
    }

    @Test
    void switchingLanguageRewordsTheAnswer() {
        SelfCheckPage page = open("en-US");
        page.select("platform", "AZURE_STACK_HCI_22H2").kubernetesVersion("1.26.3")
                .title("kubectl cannot connect: certificate has expired")
                .date("asOf", "2024-01-15")
                .check();
        assertTrue(page.verdict().contains("Supported, with warnings"), page.verdict());
        assertTrue(page.text("findings").contains("Stopped or disconnected clusters"));
        assertTrue(page.text("missingFacts").contains("Last connection to Azure"));

        page.switchLanguage("ja");

        assertEquals("ja", page.language());
        assertTrue(page.verdict().contains("サポート対象（注意事項あり）"), page.verdict());
        String findings = page.text("findings");
        assertTrue(findings.contains("停止または切断されたクラスター") && findings.contains("管理クラスター"), findings);
        assertTrue(page.text("missingFacts").contains("Azure への最終接続日"));
        assertTrue(page.text("coverageArea").contains("確信度"));
        assertEquals("kubectl cannot connect: certificate has expired", page.value("title"));
        Browser.screenshot(browser, "selfcheck-switched-ja");

        page.switchLanguage("en");
        assertTrue(page.verdict().contains("Supported, with warnings"), page.verdict());
        assertTrue(page.text("findings").contains("Stopped or disconnected clusters"));
    }

    @Test
    void scriptInTheCaseShowsAsText() {
        SelfCheckPage page = open("en-US");
        String hostile = "<script>alert(1)</script>";

        page.title(hostile).description(hostile).check();

        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        assertEquals(hostile, page.text("checkedTitle"));
        assertEquals(hostile, page.value("title"));
        assertEquals(hostile, page.value("description"));
        String source = browser.getPageSource();
        assertFalse(source.contains(hostile), "the text never becomes markup");
        assertTrue(source.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void badInputIsNamedAndWhatWasTypedStays() {
        SelfCheckPage page = open("en-US");

        page.check();

        assertFalse(page.has("result"));
        assertTrue(page.fieldMessage("title").contains("title or description is required"), page.fieldMessage("title"));
        assertTrue(page.fieldMessage("description").contains("title or description is required"), page.fieldMessage("description"));
        assertTrue(page.formMessages().contains("title or description is required"), page.formMessages());

        page.description("Nodes are NotReady").kubernetesVersion("one.two").date("stoppedSince", "2025-02-30").check();

        assertFalse(page.has("result"));
        assertTrue(page.fieldMessage("stoppedSince").contains("Cluster stopped since"), page.fieldMessage("stoppedSince"));
        assertTrue(page.fieldMessage("stoppedSince").contains("\"2025-02-30\" is not a date: February has no 30th"),
                page.fieldMessage("stoppedSince"));
        assertTrue(page.fieldMessage("kubernetesVersion").contains("Kubernetes version: \"one.two\" is not a Kubernetes version"),
                page.fieldMessage("kubernetesVersion"));
        assertEquals("2025-02-30", page.dateValue("stoppedSince"));
        assertEquals("one.two", page.value("kubernetesVersion"));
        assertEquals("Nodes are NotReady", page.value("description"));
        page.fullHeight();
        Browser.screenshot(browser, "selfcheck-bad-input-en");

        page.switchLanguage("ja");
        page.description("").check();
        assertTrue(page.fieldMessage("title").contains("タイトルまたは説明"), page.fieldMessage("title"));
    }

    @Test
    void uploadedBundleFillsTheVersion() throws IOException {
        Path bundle = zip("support-bundle.zip", "logs/kubectl-version.txt",
                "Client Version: v1.30.1\nKustomize Version: v5.0.4\nServer Version: v1.30.4\n");
        Path unsafe = zip("unsafe.zip", "../../escape.txt", "Server Version: v1.30.4\n");
        SelfCheckPage page = open("en-US");

        page.title("Pods stay Pending").select("platform", "AZURE_LOCAL_24H2").upload(bundle).date("asOf", "2025-06-01").check();

        String facts = page.text("facts");
        assertTrue(facts.contains("Kubernetes version") && facts.contains("v1.30.4"), facts);
        assertTrue(facts.contains("logs/kubectl-version.txt, line 3"), facts);
        assertTrue(page.text("selfCheck:uploaded").contains("logs/kubectl-version.txt"));
        assertFalse(page.text("missingFacts").contains("Kubernetes version"), "the version came from the bundle");

        page.upload(unsafe).check();

        assertTrue(page.fieldMessage("files").contains("Files or support bundles"), page.fieldMessage("files"));
        assertTrue(page.fieldMessage("files").contains("cannot be read safely"), page.fieldMessage("files"));
        assertEquals("Pods stay Pending", page.value("title"));

        page.upload(zip("bomb.zip", "big.txt", "0".repeat(3_000_000))).check();

        assertTrue(page.fieldMessage("files").contains("too large"), page.fieldMessage("files"));
    }

    @Test
    void overTheRateLimitThePageSaysWhyAndWhenToTryAgainInItsLanguage() throws Exception {
        String client = "203.0.113.90";
        try (RateLimitHammer hammer = new RateLimitHammer(deployment, client)) {
            SelfCheckPage page = open("en-US").fromAddress(client);
            page.title("Pods stay Pending after the upgrade").description("kubectl get pods shows Pending for every new pod");

            // a full submit: 429, the reason and the wait in English, and the form as it was
            assertTrue(hammer.untilRefused(page::check, () -> page.responseStatus() == 429), "the limit refused a full submit");
            String message = page.formMessages();
            assertTrue(message.matches("(?s).*Too many checks came from your address.*Try again in (1 second|\\d+ seconds);.*"), message);
            assertEquals("Pods stay Pending after the upgrade", page.value("title"), "what was typed stays");
            assertEquals("kubectl get pods shows Pending for every new pod", page.value("description"));
            assertFalse(page.has("result"), "no answer is shown for a check that did not run");

            // an Ajax submit: the page stays and its script says the same, with the seconds of Retry-After
            assertEquals("", page.rateLimitNotice(), "the notice is hidden until a refusal");
            assertTrue(hammer.untilRefused(page::checkByAjax, () -> !page.rateLimitNotice().isEmpty()), "the limit refused an Ajax submit");
            assertTrue(page.rateLimitNotice().matches("(?s)Too many checks came from your address.*Try again in (1 second|\\d+ seconds);.*"),
                    page.rateLimitNotice());
            assertEquals("", page.formMessages(), "the notice is the answer to this request; the last one's message is gone");
            assertEquals("Pods stay Pending after the upgrade", page.value("title"));
            page.scrollTo("selfCheck");
            Browser.screenshot(browser, "selfcheck-rate-limited-en");

            // in Japanese: the language switch itself is no check and goes through
            page.switchLanguage("ja");
            assertEquals("ja", page.language());
            assertTrue(hammer.untilRefused(page::check, () -> page.responseStatus() == 429));
            assertTrue(page.formMessages().matches("(?s).*短時間にこのアドレスからのチェックが多すぎる.*\\d+ 秒後にもう一度お試しください.*"),
                    page.formMessages());
            assertTrue(hammer.untilRefused(page::checkByAjax, () -> !page.rateLimitNotice().isEmpty()));
            assertTrue(page.rateLimitNotice().matches("(?s)短時間にこのアドレスからのチェックが多すぎる.*\\d+ 秒後にもう一度お試しください.*"),
                    page.rateLimitNotice());
            assertEquals("Pods stay Pending after the upgrade", page.value("title"));
        }
    }

    private Path zip(String name, String entry, String content) throws IOException {
        Path file = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
