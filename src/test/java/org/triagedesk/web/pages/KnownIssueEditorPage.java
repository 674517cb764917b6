package org.triagedesk.web.pages;

import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code /maintain/known-issue.xhtml}: edit every field of a known issue, watch the Markdown preview, save or retire. */
public class KnownIssueEditorPage extends Page {

    public KnownIssueEditorPage(WebDriver browser, URL base) {
        super(browser, base);
    }

    public KnownIssueEditorPage openNew() {
        open("/maintain/known-issue.xhtml");
        return this;
    }

    public KnownIssueEditorPage openIssue(String key) {
        open("/maintain/known-issue.xhtml?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        return this;
    }

    /** Types into a field of the form: key, title, affectedVersions, fixedIn, symptoms, cause, workaround, signatures, tags, upstreamUrl, timeline, links. */
    public KnownIssueEditorPage set(String field, String value) {
        type("editor:" + field, value);
        return this;
    }

    public String value(String field) {
        return byId("editor:" + field).getAttribute("value");
    }

    /** Chooses an option of a menu (area, status, language) by its code. */
    public KnownIssueEditorPage choose(String menu, String code) {
        WebElement select = byId("editor:" + menu + "_input");
        List<WebElement> options = select.findElements(By.tagName("option"));
        int index = -1;
        for (int i = 0; i < options.size(); i++) {
            if (code.equals(options.get(i).getAttribute("value"))) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("no option " + code + " in " + menu);
        }
        click("editor:" + menu);
        WebElement item = waitFor().until(ExpectedConditions.visibilityOfAllElementsLocatedBy(
                By.cssSelector("[id='editor:" + menu + "_items'] li"))).get(index);
        item.click();
        waitForPage();
        return this;
    }

    public String chosen(String menu) {
        return byId("editor:" + menu + "_input").getAttribute("value");
    }

    public KnownIssueEditorPage lastReviewed(String isoDate) {
        type("editor:lastReviewed_input", isoDate);
        return this;
    }

    /** Waits until the preview shows {@code text}, then returns the preview element. */
    public WebElement previewShowing(String text) {
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:preview"), text));
        return byId("editor:preview");
    }

    /** Waits until the line under affectedVersions (or fixedIn) says {@code text}, then returns the whole line. */
    public String readAs(String field, String text) {
        String id = "editor:" + (field.equals("fixedIn") ? "fixedRead" : "affectedRead");
        waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
        return byId(id).getText();
    }

    public WebElement preview() {
        return byId("editor:preview");
    }

    public void save() {
        click("editor:save");
    }

    public void retire() {
        click("editor:retire");
        click("editor:confirmYes");
    }

    public void overwrite() {
        click("editor:overwrite");
    }

    public boolean conflictShown() {
        return has("editor:staleNote");
    }

    public String heading() {
        return text("editorHeading");
    }

    public String messages() {
        return has("editor:messages") ? text("editor:messages") : "";
    }

    /** The key in the address after a save, e.g. {@code KI-0143}. */
    public String keyInAddress() {
        String path = currentPath();
        int at = path.indexOf("key=");
        return at < 0 ? null : URLDecoder.decode(path.substring(at + 4).replaceAll("&.*$", ""), StandardCharsets.UTF_8);
    }
}
