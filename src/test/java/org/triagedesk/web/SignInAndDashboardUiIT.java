package org.triagedesk.web;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.triagedesk.api.ApiClient;
import org.triagedesk.web.pages.DashboardPage;
import org.triagedesk.web.pages.LoginPage;

/**
 * Signing in and out, being sent to sign in for a protected page, pages a role may not open, and the
 * dashboard's figures over cases filed through the API.
 */
class SignInAndDashboardUiIT extends BrowserSuite {

    static final String PASSWORD = "ui-password-123";

    @BeforeEach
    void openBrowser() {
        admin.ensureUser("signin-engineer", PASSWORD, "ENGINEER");
        browser = Browser.start("en-US");
    }

    /** Issue 20: with every role (the most links) and the Japanese labels, the header is one line at 1366 px. */
    @Test
    void theJapaneseHeaderFitsOneLineWithEveryLink() {
        admin.ensureUserWithRoles("nav-all-roles", PASSWORD, List.of("ENGINEER", "KB_MAINTAINER", "ADMIN"));
        LoginPage login = new LoginPage(browser, deployment).open();
        login.signIn("nav-all-roles", PASSWORD);
        for (String language : List.of("ja", "en")) {
            login.switchLanguage(language);
            assertEquals(language, login.language());
            for (String link : List.of("navSelfCheck", "navInbox", "navNewCase", "navDashboard", "navKnownIssues", "navCatalogs", "navReload", "navUsers")) {
                assertTrue(login.has(link), link);
            }
            @SuppressWarnings("unchecked")
            List<Number> tops = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                    "return Array.from(document.querySelectorAll('.td-header a, .td-header .td-user')).filter(e => e.offsetParent !== null)"
                    + ".map(e => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2));");
            long lines = tops.stream().map(Number::intValue).distinct().count();
            int spread = tops.stream().mapToInt(Number::intValue).max().orElse(0) - tops.stream().mapToInt(Number::intValue).min().orElse(0);
            assertTrue(spread <= 6, language + ": every header link on one line, their middles " + tops + " (" + lines + " heights)");
            assertTrue(login.sidewaysOverflow().isEmpty(), login.sidewaysOverflow().toString());
            Browser.screenshot(browser, "header-all-roles-" + language);
        }
    }

    @Test
    void protectedPageSendsToSignInAndBackAfterwards() {
        LoginPage login = new LoginPage(browser, deployment);
        browser.get(deployment + "desk/inbox.xhtml?status=NEW");
        login.waitForPage();
        assertEquals("/login.xhtml?next=%2Fdesk%2Finbox.xhtml%3Fstatus%3DNEW", login.currentPath());
        assertTrue(login.has("loginRequired"));

        login.signIn("signin-engineer", PASSWORD);

        assertEquals("/desk/inbox.xhtml?status=NEW", login.currentPath());
        assertTrue(login.text("signedInAs").contains("signin-engineer"));
        assertTrue(login.has("navInbox"));
        assertFalse(login.has("navUsers"), "an engineer sees no administration link");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        LoginPage login = new LoginPage(browser, deployment).open();

        login.signIn("signin-engineer", "not-the-password");

        assertEquals("/login.xhtml", login.currentPath());
        assertTrue(login.messages().contains("Unknown user or wrong password"), login.messages());
        assertFalse(login.has("signedInAs"));
    }

    @Test
    void signInPageSpeaksJapaneseAfterTheSwitch() {
        LoginPage login = new LoginPage(browser, deployment).open();

        login.switchLanguage("ja");

        assertEquals("ja", login.language());
        assertEquals("サインイン", login.text("loginHeading"));
        Browser.screenshot(browser, "login-ja");
    }

    @Test
    void engineerMayNotOpenAdministrationAndSignsOut() {
        LoginPage login = new LoginPage(browser, deployment).open();
        login.signIn("signin-engineer", PASSWORD);

        browser.get(deployment + "admin/users.xhtml");

        assertTrue(login.text("errorStatus").startsWith("403"), login.text("errorStatus"));
        login.open();
        login.signOut();
        assertFalse(login.has("signedInAs"));
        browser.get(deployment + "desk/inbox.xhtml");
        login.waitForPage();
        assertTrue(login.currentPath().startsWith("/login.xhtml"), login.currentPath());
    }

    @Test
    void dashboardCountsFiledCasesTheirKnownIssuesAndCorrections() {
        ApiClient engineer = new ApiClient(URI.create(deployment.toString()), "signin-engineer", PASSWORD);
        JsonObject filed = engineer.post("api/v1/cases", """
                {"title": "Pods on one node cannot reach pods on other nodes", "severity": "B", "customer": "Contoso",
                 "description": "After adding a node, traffic from its pods to pods on other nodes times out."}""").json().asJsonObject();
        engineer.post("api/v1/cases", """
                {"title": "Certificates expired after the cluster was powered off for 70 days", "severity": "A", "customer": "Fabrikam",
                 "description": "kubectl fails with x509: certificate has expired or is not yet valid"}""");
        String from = filed.getString("coverageArea");
        String to = "NETWORKING".equals(from) ? "CNI_BASIC_INSTALL" : "NETWORKING";
        assertEquals(200, engineer.put("api/v1/cases/" + filed.getString("reference") + "/area", "{\"area\": \"" + to
                + "\", \"reason\": \"calico VXLAN port blocked\", \"version\": " + filed.getJsonNumber("version") + "}").status());
        LoginPage login = new LoginPage(browser, deployment).open();
        login.signIn("signin-engineer", PASSWORD);

        DashboardPage dashboard = new DashboardPage(browser, deployment).open();

        assertTrue(dashboard.caseCount() >= 2, dashboard.text("caseCount"));
        assertTrue(dashboard.chartDrawn("areaChart") && dashboard.chartDrawn("verdictChart"), "the charts are drawn");
        assertTrue(dashboard.text("dashboard:corrections").contains("1"), dashboard.text("dashboard:corrections"));
        assertFalse(dashboard.text("dashboard:topIssues").isBlank());
        assertEquals(List.of(), dashboard.sidewaysOverflow(), "the correction rates fit their card at 1366 px");
        // the shipped catalog ends at 1.32 (window ended 2026-10-22): engineers see that it is out of date
        assertTrue(dashboard.has("catalogStale"), "the stale-catalog banner is on the dashboard");
        assertTrue(dashboard.text("catalogStale").contains("no supported Kubernetes minor"), dashboard.text("catalogStale"));
        Browser.screenshot(browser, "dashboard-en");
        dashboard.scrollTo("topIssuesHeading");
        Browser.screenshot(browser, "dashboard-corrections-en");
        dashboard.switchLanguage("ja");
        assertTrue(dashboard.text("dashboardHeading").contains("ダッシュボード"));
        assertEquals(List.of(), dashboard.sidewaysOverflow());
        Browser.screenshot(browser, "dashboard-ja");
        dashboard.scrollTo("topIssuesHeading");
        Browser.screenshot(browser, "dashboard-corrections-ja");
    }
}
