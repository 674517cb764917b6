package org.triagedesk.web.admin;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.triagedesk.accounts.boundary.LastAdminException;
import org.triagedesk.accounts.boundary.Users;
import org.triagedesk.accounts.entity.Role;
import org.triagedesk.web.PageTexts;

/**
 * The administrators' list of users: roles and whether each may sign in; enable, disable and delete
 * here, create, change roles and reset a password in dialogs. The product never lets the last
 * enabled administrator go.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The shortest password the product accepts, as in the API. */
    public static final int MIN_PASSWORD = 10;

    @Inject
    Users users;

    @Inject
    PageTexts texts;

    private List<UserRow> rows;

    @PostConstruct
    void refresh() {
        rows = users.all().stream().map(UserRow::of).toList();
    }

    public void setEnabled(String username, boolean enabled) {
        try {
            users.update(username, null, null, enabled);
            texts.info("mt", enabled ? "user.enabled" : "user.disabled", username);
        } catch (LastAdminException e) {
            texts.error("mt", "user.lastAdmin", username);
        }
        refresh();
    }

    public void delete(String username) {
        try {
            if (users.delete(username)) {
                texts.info("mt", "user.deleted", username);
            }
        } catch (LastAdminException e) {
            texts.error("mt", "user.lastAdmin", username);
        }
        refresh();
    }

    void changed() {
        refresh();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public int getMinPassword() {
        return MIN_PASSWORD;
    }

    public List<UserRow> getRows() {
        return rows;
    }
}
