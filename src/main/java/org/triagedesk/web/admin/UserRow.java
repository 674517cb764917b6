package org.triagedesk.web.admin;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.triagedesk.accounts.entity.Role;
import org.triagedesk.accounts.entity.UserAccount;

/** A user as the administration table shows them: name, roles, whether they may sign in. Never the password hash. */
public record UserRow(String username, List<Role> roles, boolean enabled, LocalDate created) implements Serializable {

    static UserRow of(UserAccount user) {
        return new UserRow(user.username(), user.roles().stream().sorted().toList(), user.enabled(),
                LocalDate.ofInstant(user.createdAt(), ZoneOffset.UTC));
    }
}
