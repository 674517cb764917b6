package org.triagedesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.triagedesk.DeployedSuite;

/**
 * A browser suite over the deployment: the test opens {@link #browser} ({@link Browser#start}); after each test a
 * failure leaves a screenshot ({@link ScreenshotOnFailure}), then the browser is closed and the test fails if the
 * Content-Security-Policy blocked anything on the pages it saw.
 */
@ExtendWith(ScreenshotOnFailure.class)
public abstract class BrowserSuite extends DeployedSuite {

    /** The headless Chromium of the current test, or {@code null} until the test opens it. */
    protected WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser == null) {
            return;
        }
        List<String> blocked = Browser.cspViolations(browser);
        browser.quit();
        browser = null;
        assertEquals(List.of(), blocked, "nothing on the pages was blocked by the Content-Security-Policy");
    }
}
