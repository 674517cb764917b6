package org.triagedesk.web.pages;

import java.net.URL;
import java.util.List;
import java.util.stream.IntStream;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code /maintain/catalogs.xhtml}: the Kubernetes versions and host platforms, added and edited in dialogs. */
public class CatalogsPage extends Page {

    public CatalogsPage(WebDriver browser, URL base) {
        super(browser, base);
    }

    public CatalogsPage open() {
        open("/maintain/catalogs.xhtml");
        return this;
    }

    /** Opens the dialog, fills it in and saves; the dialog stays open when the input is refused. */
    public CatalogsPage addVersion(String minor, String releaseDate, String removalDate, String note) {
        startNewVersion();
        type("versionForm:minor", minor);
        date("versionForm:releaseDate_input", releaseDate);
        date("versionForm:removalDate_input", removalDate);
        type("versionForm:note", note);
        click("versionForm:save");
        return this;
    }

    /** Opens the dialog on a new minor, without filling it in. */
    public CatalogsPage startNewVersion() {
        click("catalogs:addVersion");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("versionForm:minor")));
        return this;
    }

    /** Opens the dialog on a row of the table, with its values filled in. */
    public CatalogsPage editVersion(String minor) {
        int row = minors().indexOf(minor);
        if (row < 0) {
            throw new IllegalArgumentException(minor + " is not in the table");
        }
        click("catalogs:versions:" + row + ":edit");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("versionForm:note")));
        return this;
    }

    /** The value of a field of the open version dialog, e.g. {@code releaseDate_input} or {@code note}. */
    public String versionDialogValue(String field) {
        return byId("versionForm:" + field).getAttribute("value");
    }

    /** Closes the version dialog without saving. */
    public CatalogsPage cancelVersionDialog() {
        click("versionForm:cancel");
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("versionDialog")));
        return this;
    }

    /** Replaces the note in the open version dialog and saves. */
    public CatalogsPage saveVersionNote(String note) {
        type("versionForm:note", note);
        click("versionForm:save");
        return this;
    }

    /** The note shown in the table for a minor. */
    public String versionNote(String minor) {
        int row = minors().indexOf(minor);
        return text("catalogs:versions:" + row + ":note");
    }

    public boolean versionDialogOpen() {
        return byId("versionDialog").isDisplayed();
    }

    public String versionDialogMessages() {
        return text("versionForm:versionMessages");
    }

    public String messages() {
        return text("messages");
    }

    public List<String> minors() {
        return browser.findElements(By.cssSelector("[id^='catalogs:versions:'][id$=':minor']")).stream().map(WebElement::getText).toList();
    }

    public List<String> platformCodes() {
        return browser.findElements(By.cssSelector("[id^='catalogs:platforms:'][id$=':code']")).stream().map(WebElement::getText).toList();
    }

    public CatalogsPage deleteVersion(String minor) {
        int row = minors().indexOf(minor);
        if (row < 0) {
            throw new IllegalArgumentException(minor + " is not in the table");
        }
        click("catalogs:versions:" + row + ":delete");
        click("catalogs:confirmYes");
        return this;
    }

    /** The banner that says the catalog has no supported minor today. */
    public boolean staleBannerShown() {
        return has("catalogStale");
    }

    /** Pastes a text into the import box and reads it: the preview table shows what was found. */
    public CatalogsPage readImport(String pasted) {
        type("catalogs:importText", pasted);
        click("catalogs:importRead");
        return this;
    }

    /** The preview's rows as "minor change", e.g. "1.95 NEW". */
    public List<String> importRows() {
        List<String> minors = browser.findElements(By.cssSelector("[id^='catalogs:importRows:'][id$=':importMinor']")).stream()
                .map(WebElement::getText).toList();
        List<String> changes = browser.findElements(By.cssSelector("[id^='catalogs:importRows:'][id$=':importChange']")).stream()
                .map(WebElement::getText).toList();
        return IntStream.range(0, Math.min(minors.size(), changes.size())).mapToObj(i -> minors.get(i) + " " + changes.get(i))
                .toList();
    }

    public CatalogsPage applyImport() {
        click("catalogs:importApply");
        return this;
    }

    /** The status shown for a minor today ("supported", "deprecated", …). */
    public String status(String minor) {
        int row = minors().indexOf(minor);
        return text("catalogs:versions:" + row + ":status");
    }

    private void date(String id, String value) {
        type(id, value == null ? "" : value);
    }
}
