package org.triagedesk.web.pages;

import java.net.URL;

import org.openqa.selenium.WebDriver;

/** {@code /login.xhtml}: the sign-in form. */
public class LoginPage extends Page {

    public LoginPage(WebDriver browser, URL base) {
        super(browser, base);
    }

    public LoginPage open() {
        open("/login.xhtml");
        return this;
    }

    /** Signs in and waits for the page the application lands on. */
    public void signIn(String username, String password) {
        type("loginForm:username", username);
        type("loginForm:password", password);
        clickAndWaitForNewPage("loginForm:signIn");
    }

    public String messages() {
        return text("loginMessages");
    }

    public void signOut() {
        clickAndWaitForNewPage("headerForm:signOut");
    }
}
