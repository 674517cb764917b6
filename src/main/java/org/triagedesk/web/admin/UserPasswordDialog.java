package org.triagedesk.web.admin;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.triagedesk.accounts.boundary.Users;
import org.triagedesk.web.PageTexts;

/** The dialog that sets a new password for a user who forgot theirs. */
@Named
@ViewScoped
public class UserPasswordDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    @Inject
    PageTexts texts;

    private String username;
    private String password;

    public void edit(UserRow row) {
        username = row.username();
        password = null;
    }

    public void save() {
        users.update(username, password, null, null);
        password = null;
        texts.info("mt", "user.passwordReset", username);
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
