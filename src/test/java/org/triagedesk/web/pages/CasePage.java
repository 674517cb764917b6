package org.triagedesk.web.pages;

import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code /desk/case.xhtml?ref=…}: one case with its triage, draft, evidence, area correction, status and history. */
public class CasePage extends Page {

    public CasePage(WebDriver browser, URL base) {
        super(browser, base);
    }

    public CasePage openCase(String reference) {
        open("/desk/case.xhtml?ref=" + reference);
        return this;
    }

    public String reference() {
        return text("caseReference");
    }

    public String title() {
        return text("caseTitle");
    }

    public String status() {
        return text("caseStatus");
    }

    public String verdict() {
        return text("verdictText");
    }

    public String area() {
        return text("areaForm:area");
    }

    /** The profile table's row of one fact: its label, value (with "needed") and where it came from. */
    public String profileRow(String field) {
        return byId("profileTable").findElement(By.cssSelector("tr[data-field='" + field + "']")).getText();
    }

    public String factsRead() {
        return text("profileCard");
    }

    public void editProfile() {
        click("profileForm:editProfile");
        waitFor().until(d -> !d.findElements(By.id("profileForm:saveProfile")).isEmpty());
    }

    public void profileVersion(String version) {
        type("profileForm:kubernetesVersion", version);
    }

    public void profileDate(String field, String day) {
        if (day.isEmpty()) {
            // clear() alone leaves the date picker's value in place
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = '';", byId("profileForm:" + field + "_input"));
        } else {
            type("profileForm:" + field + "_input", day);
        }
    }

    /** Saves the profile and waits for the page to show the outcome (the new triage, or the form's messages). */
    public void saveProfile() {
        click("profileForm:saveProfile");
        waitForPage();
    }

    public String profileMessages() {
        return has("profileForm:profileMessages") ? text("profileForm:profileMessages") : "";
    }

    /** Whether the long description is folded, its rest hidden until "show more". */
    public boolean descriptionFolded() {
        return has("descriptionFold") && byId("descriptionFold").getAttribute("open") == null && !byId("descriptionRest").isDisplayed();
    }

    public void showWholeDescription() {
        click("descriptionMore");
    }

    public boolean descriptionRestShown() {
        return byId("descriptionRest").isDisplayed();
    }

    public String messages() {
        return text("caseMessages");
    }

    public String history() {
        return text("history");
    }

    public String evidence() {
        return has("evidenceTable") ? text("evidenceTable") : "";
    }

    /** Uploads files through the upload widget and waits until the page shows what changed. */
    public void upload(Path... files) {
        int before = browser.findElements(By.className("td-desk-upload-result")).size();
        WebElement input = byId("uploadForm:evidenceUpload_input");
        input.sendKeys(String.join("\n", Arrays.stream(files).map(f -> f.toAbsolutePath().toString()).toList()));
        waitFor().until(d -> d.findElements(By.className("td-desk-upload-result")).size() >= before + files.length
                || !d.findElements(By.cssSelector("#caseMessages .ui-messages-error")).isEmpty());
        waitForPage();
    }

    /** Fetches a piece of evidence through its download link, with the browser's session, and returns its text. */
    public String download(String name) {
        WebElement row = byId("evidenceTable").findElements(By.cssSelector("tr.td-desk-evidence-item")).stream()
                .filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
        String href = row.findElement(By.cssSelector("a.td-download")).getAttribute("href");
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                href);
    }

    public int evidenceCount() {
        return has("evidenceTable") ? byId("evidenceTable").findElements(By.cssSelector("tr.td-desk-evidence-item")).size() : 0;
    }

    public String uploadResults() {
        return has("uploadResults") ? text("uploadResults") : "";
    }

    /** Opens the dialog, picks the area (its code), gives the reason and saves. */
    public void correctArea(String area, String reason) {
        openCorrection();
        InboxPage.choose(this, browser, "correctForm:correctArea", area);
        type("correctForm:reason", reason);
        click("correctForm:saveCorrection");
    }

    public void openCorrection() {
        click("areaForm:correctArea");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("correctForm:reason")));
    }

    public boolean correctionDialogOpen() {
        return byId("correctDialog").isDisplayed();
    }

    public String correctionMessages() {
        return text("correctForm:correctMessages");
    }

    public void editDraft(String text) {
        WebElement draft = byId("draftForm:draft");
        draft.clear();
        draft.sendKeys(text);
    }

    public String draft() {
        return byId("draftForm:draft").getAttribute("value");
    }

    /** Presses "Save draft" and waits for the card to come back. */
    public void saveDraft() {
        click("draftForm:saveDraft");
    }

    public String draftMessages() {
        return text("draftForm:draftMessages");
    }

    /** The line under the draft: which version is saved by whom, and the template it started from. */
    public String draftState() {
        return text("draftState");
    }

    /** The warning that the latest triage drafts from another template; empty when there is none. */
    public String templateChanged() {
        return has("draftForm:templateChanged") ? text("draftForm:templateChanged") : "";
    }

    public void startFromLatestTemplate() {
        click("draftForm:startFromLatest");
    }

    /** Presses Copy and waits until the button says it copied. */
    public void copyDraft() {
        byId("copyDraft").click();
        waitFor().until(d -> "true".equals(d.findElement(By.id("copyDraft")).getAttribute("data-copied")));
    }

    public String copyStatus() {
        return text("copyStatus");
    }

    public boolean canMoveTo(String status) {
        return has("statusForm:moveTo" + status);
    }

    public void moveTo(String status) {
        click("statusForm:moveTo" + status);
    }

    public String notFound() {
        return text("notFoundHeading");
    }

    /** The header's language switch, waiting until the new page has loaded in that language. */
    public void switchLanguageTo(String code) {
        switchLanguage(code);
        waitFor().until(d -> code.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' ? document.documentElement.lang : null")));
        waitForPage();
    }
}
