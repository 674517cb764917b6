package org.triagedesk.web.pages;

import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** {@code /desk/inbox.xhtml}: the engineers' case inbox with its filters, search and paged table. */
public class InboxPage extends Page {

    public InboxPage(WebDriver browser, URL base) {
        super(browser, base);
    }

    /** Opens the inbox with a query such as {@code status=NEW&q=etcd} (or {@code ""}). */
    public InboxPage openWith(String query) {
        open("/desk/inbox.xhtml" + (query.isEmpty() ? "" : "?" + query));
        return this;
    }

    /** Picks a value of a PrimeFaces select (by its code; {@code ""} for any) through its widget. */
    public static void choose(Page page, WebDriver browser, String id, String value) {
        page.byId(id);
        ((JavascriptExecutor) browser).executeScript(
                "PrimeFaces.widgets['widget_' + arguments[0].replace(/:/g, '_')].selectValue(arguments[1]);", id, value);
    }

    public InboxPage filter(String status, String area, String verdict, String severity, String q) {
        choose(this, browser, "inboxForm:filterStatus", status);
        choose(this, browser, "inboxForm:filterArea", area);
        choose(this, browser, "inboxForm:filterVerdict", verdict);
        choose(this, browser, "inboxForm:filterSeverity", severity);
        type("inboxForm:q", q);
        click("inboxForm:search");
        return this;
    }

    /** The references shown on the current page of the table, top to bottom. */
    public List<String> references() {
        return byId("inboxForm:cases").findElements(By.cssSelector("a[id$=':open']")).stream().map(WebElement::getText).toList();
    }

    /** Orders the table ({@code NEWEST} or {@code SEVERITY}); the table is reloaded at once. */
    public InboxPage order(String order) {
        choose(this, browser, "inboxForm:sort", order);
        click("inboxForm:search");
        return this;
    }

    /** The needs-review flag of a row with its reasons, {@code ""} for a row that needs none. */
    public String reviewOfRow(int row) {
        return has("inboxForm:cases:" + row + ":review") ? text("inboxForm:cases:" + row + ":review") : "";
    }

    /** The flag's whole wording (its tooltip), {@code ""} for a row that needs no review. */
    public String reviewTitleOfRow(int row) {
        return has("inboxForm:cases:" + row + ":review") ? byId("inboxForm:cases:" + row + ":review").getAttribute("title") : "";
    }

    /** The "so far" mark beside a provisional verdict, {@code ""} when the verdict waits for no fact. */
    public String provisionalOfRow(int row) {
        return has("inboxForm:cases:" + row + ":provisional") ? text("inboxForm:cases:" + row + ":provisional") : "";
    }

    public String severityOfRow(int row) {
        return text("inboxForm:cases:" + row + ":severity");
    }

    /** How many rows of the table are whole inside the window (768 px tall) with the page scrolled to the top. */
    public int rowsAboveTheFold() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "window.scrollTo(0, 0); return Array.from(document.querySelectorAll('[id=\"inboxForm:cases_data\"] > tr'))"
                + ".filter(r => r.getBoundingClientRect().bottom <= window.innerHeight).length;")).intValue();
    }

    public String titleOfRow(int row) {
        return text("inboxForm:cases:" + row + ":title");
    }

    public String table() {
        return text("inboxForm:cases");
    }

    public String columnHeader(String column) {
        return text("inboxForm:cases:" + column);
    }

    public void nextPage() {
        WebElement next = byId("inboxForm:cases").findElement(By.cssSelector(".ui-paginator-next"));
        next.click();
        waitForPage();
    }

    public void rowsPerPage(int rows) {
        WebElement select = byId("inboxForm:cases").findElement(By.name("inboxForm:cases_rppDD"));
        new Select(select).selectByValue(String.valueOf(rows));
        waitForPage();
    }

    /** How many cases match in all, from the paginator's "Page 1 of 2 · 11 cases". */
    public long total() {
        String report = byId("inboxForm:cases").findElement(By.cssSelector(".ui-paginator-current")).getText();
        Matcher m = Pattern.compile("(\\d+)\\D*$").matcher(report);
        if (!m.find()) {
            throw new AssertionError("no total in " + report);
        }
        return Long.parseLong(m.group(1));
    }

    public void openCase(int row) {
        click("inboxForm:cases:" + row + ":open");
    }

    /** The header's language switch, waiting until the new page has loaded in that language. */
    public void switchLanguageTo(String code) {
        switchLanguage(code);
        waitFor().until(d -> code.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' ? document.documentElement.lang : null")));
        waitForPage();
    }
}
