package org.triagedesk.web.pages;

import java.net.URL;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code /admin/users.xhtml}: the users with their roles; create, change roles, reset a password, enable, disable, delete. */
public class UsersPage extends Page {

    public UsersPage(WebDriver browser, URL base) {
        super(browser, base);
    }

    public UsersPage open() {
        open("/admin/users.xhtml");
        return this;
    }

    /** Creates a user through the dialog; roles are codes such as ENGINEER (ENGINEER is ticked to begin with). */
    public UsersPage create(String username, String password, List<String> roles) {
        click("toolbar:newUser");
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("createUserForm:username")));
        type("createUserForm:username", username);
        type("createUserForm:newPassword", password);
        List<WebElement> boxes = byId("createUserForm:newRoles").findElements(By.cssSelector("input[type=checkbox]"));
        for (WebElement box : boxes) {
            boolean wanted = roles.contains(box.getAttribute("value"));
            if (box.isSelected() != wanted) {
                // the visible box sits next to the hidden input; clicking its label toggles it
                browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
            }
        }
        click("createUserForm:save");
        return this;
    }

    public List<String> usernames() {
        return browser.findElements(By.cssSelector("[id^='usersForm:users:'][id$=':username']")).stream().map(WebElement::getText).toList();
    }

    public String state(String username) {
        return text("usersForm:users:" + row(username) + ":state");
    }

    public String roles(String username) {
        return browser.findElements(By.cssSelector("#usersForm\\:users_data tr[data-ri]")).get(row(username))
                .findElements(By.tagName("td")).get(1).getText();
    }

    public UsersPage disable(String username) {
        click("usersForm:users:" + row(username) + ":disable");
        return this;
    }

    public String messages() {
        return text("messages");
    }

    private int row(String username) {
        int row = usernames().indexOf(username);
        if (row < 0) {
            throw new IllegalArgumentException(username + " is not in the table");
        }
        return row;
    }
}
