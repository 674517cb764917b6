package org.triagedesk.web.pages;

import java.net.URL;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /maintain/reload.xhtml}: reload kb/ and read the load report with its problems per file. */
public class ReloadPage extends Page {

    public ReloadPage(WebDriver browser, URL base) {
        super(browser, base);
    }

    public ReloadPage open() {
        open("/maintain/reload.xhtml");
        return this;
    }

    public boolean mayReload() {
        return has("reloadForm:reload");
    }

    public ReloadPage reload() {
        click("reloadForm:reload");
        return this;
    }

    public String directory() {
        return text("reloadForm:reportDirectory");
    }

    public int count(String name) {
        return Integer.parseInt(text("count" + name).strip());
    }

    /** The problem rows: file, line and message of each. */
    public List<List<String>> problems() {
        return byId("reloadForm:problems_data").findElements(By.cssSelector("tr[data-ri]")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }

    public String messages() {
        return text("reloadForm:messages");
    }
}
