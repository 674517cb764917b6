package org.triagedesk.web.pages;

import java.net.URL;

import org.openqa.selenium.WebDriver;

/**
 * Just enough of the public self-check start page ({@code /}) for the maintainers' suite: describe a
 * case, check it, read the verdict and the matched known issues. Uses the ids the self-check page
 * agreed on: form {@code selfCheck}, result elements {@code verdict} and {@code knownIssues}.
 */
public class SelfCheckProbe extends Page {

    public SelfCheckProbe(WebDriver browser, URL base) {
        super(browser, base);
    }

    public SelfCheckProbe open() {
        open("/");
        return this;
    }

    public SelfCheckProbe check(String title, String description, String evidenceText) {
        type("selfCheck:title", title);
        type("selfCheck:description", description);
        if (evidenceText != null) {
            type("selfCheck:evidenceText", evidenceText);
        }
        clickAndWaitForNewPage("selfCheck:check");
        byId("verdict");
        return this;
    }

    public String verdict() {
        return text("verdict");
    }

    public String knownIssues() {
        return text("knownIssues");
    }
}
