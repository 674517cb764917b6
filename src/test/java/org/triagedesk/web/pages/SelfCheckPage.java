package org.triagedesk.web.pages;

import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;

/** {@code /} (index.xhtml): the public self-check, its form {@code selfCheck} and the answer below {@code result}. */
public class SelfCheckPage extends Page {

    public SelfCheckPage(WebDriver browser, URL base) {
        super(browser, base);
    }

    public SelfCheckPage open() {
        open("/");
        return this;
    }

    public SelfCheckPage title(String text) {
        type("selfCheck:title", text);
        return this;
    }

    public SelfCheckPage description(String text) {
        type("selfCheck:description", text);
        return this;
    }

    public SelfCheckPage evidence(String name, String text) {
        type("selfCheck:evidenceName", name);
        type("selfCheck:evidenceText", text);
        return this;
    }

    public SelfCheckPage kubernetesVersion(String version) {
        type("selfCheck:kubernetesVersion", version);
        return this;
    }

    /** Picks a value of a PrimeFaces select (platform, cni, subscriptionState) by its code. */
    public SelfCheckPage select(String field, String code) {
        byId("selfCheck:" + field);
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                "selfCheck:" + field, code);
        return this;
    }

    /**
     * Puts text into a date picker's input as typed text (so impossible dates reach the server too),
     * without opening its calendar, whose focus handling makes key-by-key typing flaky in headless Chromium.
     */
    public SelfCheckPage date(String field, String value) {
        WebElement input = byId("selfCheck:" + field + "_input");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
        return this;
    }

    public String dateValue(String field) {
        return byId("selfCheck:" + field + "_input").getAttribute("value");
    }

    /** Answers a yes/no/not-known question: index 0 yes, 1 no, 2 not known. */
    public SelfCheckPage answer(String field, int index) {
        byId("selfCheck:" + field);
        browser.findElement(By.cssSelector("label[for='selfCheck:" + field + ":" + index + "']")).click();
        return this;
    }

    public SelfCheckPage upload(Path... files) {
        WebElement input = byId("selfCheck:files_input");
        input.sendKeys(String.join("\n", Arrays.stream(files).map(Path::toString).toList()));
        return this;
    }

    public SelfCheckPage check() {
        clickAndWaitForNewPage("selfCheck:check");
        return this;
    }

    /**
     * Makes every request of this browser say it comes from {@code address} (X-Forwarded-For, which
     * the test deployment trusts), so a test has a rate-limit bucket of its own.
     */
    public SelfCheckPage fromAddress(String address) {
        ChromiumDriver chromium = (ChromiumDriver) browser;
        chromium.executeCdpCommand("Network.enable", Map.of());
        chromium.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
        return this;
    }

    /** Submits the form through PrimeFaces' Ajax (as an Ajax button of the form would), and waits for the answer. */
    public SelfCheckPage checkByAjax() {
        waitForPage();
        ((JavascriptExecutor) browser).executeScript(
                "PrimeFaces.ab({s: 'selfCheck:check', f: 'selfCheck', p: '@form', u: 'selfCheck'});");
        waitForPage();
        return this;
    }

    /** The HTTP status the current page was answered with. */
    public int responseStatus() {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus;")).intValue();
    }

    /** The rate-limit notice the page's script shows after a refused Ajax submit; empty while hidden. */
    public String rateLimitNotice() {
        WebElement notice = byId("rateLimited");
        return notice.isDisplayed() ? notice.getText() : "";
    }

    public String value(String field) {
        return byId("selfCheck:" + field).getAttribute("value");
    }

    public String verdictClass() {
        return byId("verdict").getAttribute("class");
    }

    public String verdict() {
        return text("verdict");
    }

    public String formMessages() {
        return text("selfCheck:formMessages");
    }

    /** The message shown beside one field. */
    public String fieldMessage(String field) {
        return text("selfCheck:" + field + "Message");
    }

    public List<String> knownIssueKeys() {
        return browser.findElements(By.cssSelector("[id^='kiList:'][id$=':kiKey']")).stream().map(WebElement::getText).toList();
    }

    public List<WebElement> knownIssueLinks() {
        return browser.findElements(By.cssSelector("#knownIssues a"));
    }

    /** Makes the window as tall as the page, so a screenshot shows all of it. */
    public SelfCheckPage fullHeight() {
        Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.manage().window().setSize(new Dimension(1366, Math.min(6000, ((Number) height).intValue() + 40)));
        return this;
    }

    public boolean chartDrawn() {
        return !browser.findElements(By.cssSelector("[id='areaChart'] canvas")).isEmpty();
    }
}
