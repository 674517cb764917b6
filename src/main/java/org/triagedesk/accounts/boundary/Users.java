package org.triagedesk.accounts.boundary;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.triagedesk.accounts.control.PasswordHashing;
import org.triagedesk.accounts.entity.Role;
import org.triagedesk.accounts.entity.UserAccount;

/** The product's own user store: who may sign in, with which roles. Managed by admins. */
@Stateless
public class Users {

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    UserIdentityStore identityStore;

    @Inject
    Clock clock;

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }

    public List<UserAccount> all() {
        return em.createNamedQuery("UserAccount.all", UserAccount.class).getResultList();
    }

    public boolean isEmpty() {
        return em.createNamedQuery("UserAccount.count", Long.class).getSingleResult() == 0;
    }

    /** Creates a user; empty when the name is taken. */
    public Optional<UserAccount> create(String username, String password, Set<Role> roles) {
        if (find(username).isPresent()) {
            return Optional.empty();
        }
        UserAccount user = new UserAccount(username, hashing.hash(password), roles, clock.instant());
        em.persist(user);
        return Optional.of(user);
    }

    public Optional<UserAccount> update(String username, String password, Set<Role> roles, Boolean enabled) {
        Optional<UserAccount> found = find(username);
        found.ifPresent(user -> {
            boolean staysAdmin = (roles == null ? user.roles() : roles).contains(Role.ADMIN)
                    && (enabled == null ? user.enabled() : enabled);
            if (!staysAdmin) {
                requireAnotherAdmin(user);
            }
            if (password != null) {
                user.changePasswordHash(hashing.hash(password));
            }
            if (roles != null) {
                user.assign(roles);
            }
            if (enabled != null) {
                user.enable(enabled);
            }
            identityStore.forget(username);
        });
        return found;
    }

    public boolean delete(String username) {
        identityStore.forget(username);
        return find(username).map(user -> {
            requireAnotherAdmin(user);
            em.remove(user);
            return true;
        }).orElse(false);
    }

    /** Nobody may lock the product out of its own administration. */
    private void requireAnotherAdmin(UserAccount leaving) {
        if (!leaving.enabled() || !leaving.roles().contains(Role.ADMIN)) {
            return;
        }
        boolean another = all().stream().anyMatch(u -> u != leaving && u.enabled() && u.roles().contains(Role.ADMIN));
        if (!another) {
            throw new LastAdminException(leaving.username());
        }
    }
}
