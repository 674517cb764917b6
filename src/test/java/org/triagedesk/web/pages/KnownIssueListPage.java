package org.triagedesk.web.pages;

import java.net.URL;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /maintain/known-issues.xhtml}: search and filter the known issues, open one, start a new one. */
public class KnownIssueListPage extends Page {

    public KnownIssueListPage(WebDriver browser, URL base) {
        super(browser, base);
    }

    public KnownIssueListPage open() {
        open("/maintain/known-issues.xhtml");
        return this;
    }

    public KnownIssueListPage search(String q) {
        type("listForm:q", q);
        click("listForm:search");
        return this;
    }

    /** The keys of the rows on the current page of the table, top to bottom. */
    public List<String> keys() {
        return rows().stream().map(row -> row.findElement(By.cssSelector("a[id$=':open']")).getText()).toList();
    }

    /** The titles of the rows, as the browser shows them (text, never markup). */
    public List<String> titles() {
        return rows().stream().map(row -> row.findElement(By.cssSelector("span[id$=':rowTitle']")).getText()).toList();
    }

    public void openFirst() {
        rows().get(0).findElement(By.cssSelector("a[id$=':open']")).click();
        waitForPage();
    }

    public void newKnownIssue() {
        click("newKnownIssue");
    }

    private List<WebElement> rows() {
        return byId("listForm:knownIssues_data").findElements(By.cssSelector("tr[data-ri]"));
    }
}
