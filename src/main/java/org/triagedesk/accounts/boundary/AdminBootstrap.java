package org.triagedesk.accounts.boundary;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.triagedesk.accounts.entity.Role;
import org.triagedesk.platform.NodeLock;

/**
 * On the first start, with an empty user store, creates the user {@code admin}: its password comes
 * from {@code TRIAGE_ADMIN_PASSWORD}, or is generated and printed to the log this one time.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());
    static final String ADMIN = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    Users users;

    @Inject
    @ConfigProperty(name = "triage.admin.password")
    Optional<String> configuredPassword;

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    /** Nodes starting together on an empty database create one admin: the first holds the lock, the others then see it. */
    @PostConstruct
    void createFirstAdmin() {
        NodeLock.exclusive(em, "admin-bootstrap");
        if (!users.isEmpty()) {
            return;
        }
        boolean generated = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? randomPassword() : configuredPassword.get();
        users.create(ADMIN, password, EnumSet.of(Role.ADMIN));
        if (generated) {
            LOG.warning("Created user 'admin' with this generated password, shown only now: " + password
                    + " (set TRIAGE_ADMIN_PASSWORD to choose it)");
        } else {
            LOG.info("Created user 'admin' with the password from TRIAGE_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
