package org.triagedesk.web.admin;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.triagedesk.accounts.boundary.LastAdminException;
import org.triagedesk.accounts.boundary.Users;
import org.triagedesk.accounts.entity.Role;
import org.triagedesk.web.PageTexts;

/** The dialog that changes a user's roles. */
@Named
@ViewScoped
public class UserRolesDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users users;

    @Inject
    UsersView view;

    @Inject
    PageTexts texts;

    private String username;
    private Role[] roles = {};

    public void edit(UserRow row) {
        username = row.username();
        roles = row.roles().toArray(Role[]::new);
    }

    public void save() {
        try {
            users.update(username, null, EnumSet.copyOf(Arrays.asList(roles)), null);
            texts.info("mt", "user.rolesChanged", username);
        } catch (LastAdminException e) {
            texts.error("mt", "user.lastAdmin", username);
            FacesContext.getCurrentInstance().validationFailed();
        }
        view.changed();
    }

    public String getUsername() {
        return username;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }
}
