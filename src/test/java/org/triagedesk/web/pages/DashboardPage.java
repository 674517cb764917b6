package org.triagedesk.web.pages;

import java.net.URL;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** {@code /desk/dashboard.xhtml}: the desk's figures and charts. */
public class DashboardPage extends Page {

    public DashboardPage(WebDriver browser, URL base) {
        super(browser, base);
    }

    public DashboardPage open() {
        open("/desk/dashboard.xhtml");
        return this;
    }

    /** The number of cases the period holds, read from the sentence above the charts. */
    public long caseCount() {
        String sentence = text("caseCount");
        return Long.parseLong(sentence.replaceAll("^\\D*?(\\d+) (cases|件).*$", "$1").replaceAll("\\D", ""));
    }

    /** Whether Chart.js drew the chart: its canvas exists and has a size. */
    public boolean chartDrawn(String chartId) {
        Object width = ((JavascriptExecutor) browser).executeScript(
                "var c = document.querySelector('[id$=\"" + chartId + "\"] canvas'); return c ? c.width : 0;");
        return width instanceof Number n && n.intValue() > 0;
    }
}
