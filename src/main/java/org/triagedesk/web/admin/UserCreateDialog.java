package org.triagedesk.web.admin;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.triagedesk.accounts.boundary.Users;
import org.triagedesk.accounts.entity.Role;
import org.triagedesk.web.PageTexts;

/** The dialog that creates a user: name, first password, roles. */
@Named
@ViewScoped
public class UserCreateDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A user name as the API accepts it. */
    public static final String NAME_PATTERN = "[A-Za-z0-9._@-]{1,64}";

    @Inject
    Users users;

    @Inject
    UsersView view;

    @Inject
    PageTexts texts;

    private String username;
    private String password;
    private Role[] roles = {};

    public void startNew() {
        username = null;
        password = null;
        roles = new Role[] {Role.ENGINEER};
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (users.create(username, password, EnumSet.copyOf(Arrays.asList(roles))).isEmpty()) {
            faces.addMessage("createUserForm:username", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get("mt", "user.taken", username), null));
            faces.validationFailed();
            return;
        }
        password = null;
        view.changed();
        texts.info("mt", "user.created", username);
    }

    public String getNamePattern() {
        return NAME_PATTERN;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }
}
