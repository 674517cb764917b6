package org.triagedesk.web;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * When a browser test fails, keeps what the browser showed: a screenshot and the page source as
 * {@code target/screenshots/FAILED-<class>-<test>.png/.html}, with the address in the first line.
 * It reads the test's {@code WebDriver} field, before {@code @AfterEach} closes the browser.
 */
public class ScreenshotOnFailure implements AfterTestExecutionCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Object test = context.getRequiredTestInstance();
        for (Class<?> type = test.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (WebDriver.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    if (field.get(test) instanceof WebDriver browser) {
                        keep(browser, "FAILED-" + test.getClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
                    }
                }
            }
        }
    }

    private static void keep(WebDriver browser, String name) {
        try {
            Path shot = Browser.fullPage(browser, name);
            Files.writeString(shot.resolveSibling(name + ".html"), "<!-- " + browser.getCurrentUrl() + " -->\n" + browser.getPageSource(),
                    StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            System.err.println("no screenshot of the failure: " + e);
        }
    }
}
