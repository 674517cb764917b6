package org.triagedesk.web.pages;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page object shares: the browser, the application's address, finding elements by their
 * hand-chosen ids (Faces prefixes them with the form id, e.g. {@code selfCheck:title}), and waiting
 * for PrimeFaces' AJAX queue to drain.
 */
public abstract class Page {

    protected final WebDriver browser;
    protected final URL base;

    protected Page(WebDriver browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    protected void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
        waitForPage();
    }

    public WebElement byId(String id) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public List<WebElement> allById(String id) {
        return browser.findElements(By.id(id));
    }

    public boolean has(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    public String text(String id) {
        return byId(id).getText();
    }

    public void type(String id, String value) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(value);
    }

    public void click(String id) {
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        waitForPage();
    }

    /**
     * Clicks a control that loads a new page (a non-AJAX submit or a link) and waits until the old
     * page is gone and the new one loaded; a plain {@link #click} could return while the old page
     * still shows, and the next step would then race the navigation.
     */
    public void clickAndWaitForNewPage(String id) {
        WebElement control = waitFor().until(ExpectedConditions.elementToBeClickable(By.id(id)));
        control.click();
        waitFor().until(ExpectedConditions.stalenessOf(control));
        waitForPage();
    }

    /** Waits until the document is loaded and no PrimeFaces AJAX request is pending. */
    public void waitForPage() {
        waitFor().until(d -> {
            Object done = ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'"
                    + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                    + " && (!window.jQuery || jQuery.active === 0)");
            return Boolean.TRUE.equals(done);
        });
    }

    /**
     * What scrolls sideways on this page: the page itself
     * ({@code document.scrollingElement.scrollWidth > clientWidth}), or a box in the content whose
     * content is wider than it and so is cut or scrolls on its own (a table in a narrow card). Form
     * fields and text cut on purpose with an ellipsis do not count. Empty when everything fits.
     */
    @SuppressWarnings("unchecked")
    public List<String> sidewaysOverflow() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                var page = document.scrollingElement, wide = [];
                if (page.scrollWidth > page.clientWidth) {
                    wide.push('the page: ' + page.scrollWidth + ' > ' + page.clientWidth + ' px');
                }
                document.querySelectorAll('main *').forEach(function (e) {
                    if (/^(INPUT|TEXTAREA|SELECT|OPTION)$/.test(e.tagName) || e.offsetParent === null || e.clientWidth < 2) {
                        return;
                    }
                    var style = getComputedStyle(e);
                    if (style.textOverflow !== 'ellipsis' && /^(auto|scroll|hidden|clip)$/.test(style.overflowX)
                            && e.scrollWidth > e.clientWidth + 1) {
                        wide.push((e.id || e.tagName.toLowerCase() + '.' + String(e.className).split(' ')[0]) + ': '
                                + e.scrollWidth + ' > ' + e.clientWidth + ' px');
                    }
                });
                return wide;""");
    }

    /** Where the element's bottom edge is, in CSS pixels from the top of the page as loaded (not scrolled). */
    public int bottomOf(String id) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return Math.round(r.bottom + window.scrollY);", byId(id))).intValue();
    }

    /** Scrolls back to the top of the page. */
    public void scrollToTop() {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
    }

    /** Scrolls until the element is at the top of the window. */
    public void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", byId(id));
    }

    public String title() {
        return browser.getTitle();
    }

    /** The address of the current page below the application's root, e.g. {@code /login.xhtml?next=…}. */
    public String currentPath() {
        String root = base.toString().replaceAll("/$", "");
        String url = browser.getCurrentUrl();
        return url.startsWith(root) ? url.substring(root.length()) : url;
    }

    protected WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Switches the page language with the header's switch ({@code en} or {@code ja}). */
    public void switchLanguage(String code) {
        clickAndWaitForNewPage("headerForm:lang" + (code.equals("ja") ? "Ja" : "En"));
        waitFor().until(d -> {
            try {
                return code.equals(d.findElement(By.tagName("html")).getAttribute("lang"));
            } catch (StaleElementReferenceException reloading) {
                return false;
            }
        });
        waitForPage();
    }

    public String language() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }
}
