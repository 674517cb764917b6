package org.triagedesk.accounts.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Someone who may sign in to Triage Desk. Only a PBKDF2 hash of the password is kept; the roles
 * decide what the user may do ({@link Role#ADMIN} implies the others).
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.all", query = "select u from UserAccount u order by u.username")
@NamedQuery(name = "UserAccount.count", query = "select count(u) from UserAccount u")
public class UserAccount {

    @Id
    @Column(name = "username")
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "roles", nullable = false)
    private String roles;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        assign(roles);
    }

    public void assign(Set<Role> granted) {
        if (granted.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        this.roles = granted.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public void enable(boolean on) {
        this.enabled = on;
    }

    public Set<Role> roles() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
        return set;
    }

    /** The roles in effect, with those that {@link Role#ADMIN} implies. */
    public Set<String> effectiveRoles() {
        return roles().stream().flatMap(r -> r.implied().stream()).map(Role::name).collect(Collectors.toSet());
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long rowVersion() {
        return rowVersion;
    }
}
