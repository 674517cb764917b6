package org.triagedesk.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Debian Chromium driven through Debian's chromedriver. Nothing is ever downloaded: the
 * binaries come from {@code /usr/bin} (or {@code CHROMIUM_BIN} / {@code CHROMEDRIVER_BIN}), and a
 * missing browser fails the suite with the command that installs it.
 */
public final class Browser {

    static final String INSTALL = "apt-get update && apt-get install -y chromium chromium-driver fonts-noto-cjk";

    private Browser() {
    }

    /** A browser whose preferred language is {@code acceptLanguage} (e.g. {@code "ja"} or {@code "en-US"}). */
    public static WebDriver start(String acceptLanguage) {
        File chromium = binary("CHROMIUM_BIN", "/usr/bin/chromium");
        File driver = binary("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
        System.setProperty("webdriver.chrome.driver", driver.getPath());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=" + acceptLanguage, "--window-size=1366,911");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        // the console, to catch what the Content-Security-Policy blocked (cspViolations)
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // a common laptop screen: every page must fit its width, and the screenshots show what it shows
        viewport(browser, 1366, 768);
        return browser;
    }

    /**
     * What the page's Content-Security-Policy refused since the last call (the browser console's
     * "Refused to …" lines): a script or handler the policy blocks is a button that silently does
     * nothing. Drains the console.
     */
    public static List<String> cspViolations(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to"))
                .toList();
    }

    /** Saves a full-window screenshot as {@code target/screenshots/<name>.png} for a person to look at. */
    public static Path screenshot(WebDriver browser, String name) {
        try {
            Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }

    /**
     * Makes the page area (the viewport, scroll bar included) {@code width} × {@code height} CSS
     * pixels, what a browser shows of a page on a screen of about that size; headless Chromium
     * counts its window frame into the window size, so the frame is measured and added.
     */
    public static void viewport(WebDriver browser, int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        @SuppressWarnings("unchecked")
        List<Number> frame = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight];");
        browser.manage().window().setSize(new Dimension(width + frame.get(0).intValue(), height + frame.get(1).intValue()));
    }

    /** Like {@link #screenshot}, with the window made as tall as the page (up to 5,000 pixels) for the shot. */
    public static Path fullPage(WebDriver browser, String name) {
        Dimension before = browser.manage().window().getSize();
        Object height = ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        int tall = Math.min(5000, Math.max(before.getHeight(), ((Number) height).intValue() + 140));
        browser.manage().window().setSize(new Dimension(before.getWidth(), tall));
        try {
            return screenshot(browser, name);
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    private static File binary(String variable, String fallback) {
        String configured = System.getenv(variable);
        File file = new File(configured == null || configured.isBlank() ? fallback : configured);
        if (!file.canExecute()) {
            throw new IllegalStateException(file + " is missing; browser tests need Debian's Chromium: " + INSTALL);
        }
        return file;
    }
}
