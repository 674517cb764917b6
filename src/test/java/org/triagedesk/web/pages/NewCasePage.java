package org.triagedesk.web.pages;

import java.net.URL;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** {@code /desk/new-case.xhtml}: the form that files a new case. */
public class NewCasePage extends Page {

    public NewCasePage(WebDriver browser, URL base) {
        super(browser, base);
    }

    public NewCasePage open() {
        open("/desk/new-case.xhtml");
        return this;
    }

    public NewCasePage describe(String title, String description, String customer, String severity) {
        type("newCase:title", title);
        type("newCase:description", description);
        type("newCase:customer", customer);
        InboxPage.choose(this, browser, "newCase:severity", severity);
        return this;
    }

    public NewCasePage cluster(String platform, String kubernetesVersion) {
        InboxPage.choose(this, browser, "newCase:platform", platform);
        type("newCase:kubernetesVersion", kubernetesVersion);
        return this;
    }

    /** Types the day of the last Azure connection (the calendar opens only from its button). */
    public NewCasePage lastAzureConnection(String day) {
        type("newCase:lastAzureConnection_input", day);
        return this;
    }

    public NewCasePage evidence(String name, String text) {
        type("newCase:evidence:0:evidenceName", name);
        type("newCase:evidence:0:evidenceText", text);
        return this;
    }

    /** A full-page POST (the form's file upload needs one): waits for the answered page, not just any loaded page. */
    public void submit() {
        clickAndWaitForNewPage("newCase:submit");
    }

    public String messages() {
        return has("newCase:newCaseMessages") ? text("newCase:newCaseMessages") : "";
    }

    /** The message shown beside one field ({@code p:message} with the id {@code <field>Message}), empty when none. */
    public String fieldMessage(String field) {
        return has("newCase:" + field + "Message") ? text("newCase:" + field + "Message") : "";
    }

    public String value(String id) {
        return byId("newCase:" + id).getAttribute("value");
    }

    /** The header's language switch, waiting until the new page has loaded in that language. */
    public void switchLanguageTo(String code) {
        switchLanguage(code);
        waitFor().until(d -> code.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' ? document.documentElement.lang : null")));
        waitForPage();
    }
}
