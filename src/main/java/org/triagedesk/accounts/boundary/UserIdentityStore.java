package org.triagedesk.accounts.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.triagedesk.accounts.control.PasswordHashing;
import org.triagedesk.accounts.control.VerifiedCredentials;
import org.triagedesk.accounts.entity.UserAccount;
import org.triagedesk.platform.Cluster;

/**
 * Checks sign-ins against the product's user store. A verified name and password is remembered for
 * a minute so that HTTP Basic callers do not cost a PBKDF2 computation per request.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    static final Duration REMEMBERED = Duration.ofSeconds(60);

    private VerifiedCredentials verified;

    @Inject
    Users users;

    @Inject
    Cluster cluster;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The account versions are the cluster's when clustered (see {@link VerifiedCredentials}). */
    @PostConstruct
    void init() {
        verified = new VerifiedCredentials(REMEMBERED, cluster.entries("triage-account-versions", 3600, 100_000));
    }

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String name = login.getCaller();
        String password = login.getPasswordAsString();
        Optional<Set<String>> remembered = verified.roles(name, password, clock.instant());
        if (remembered.isPresent()) {
            return new CredentialValidationResult(name, remembered.get());
        }
        long versionBefore = verified.version(name);
        Optional<UserAccount> user = users.find(name).filter(UserAccount::enabled);
        if (user.isEmpty() || !hashing.matches(password, user.get().passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> roles = user.get().effectiveRoles();
        verified.remember(name, password, roles, clock.instant(), versionBefore);
        return new CredentialValidationResult(name, roles);
    }

    /** The roles of an enabled account, to refresh a session sign-in; empty when the account is gone or disabled. */
    public Optional<Set<String>> current(String username) {
        return users.find(username).filter(UserAccount::enabled).map(UserAccount::effectiveRoles);
    }

    /**
     * The account changes in the current transaction: forget it now and once more when the transaction ends, so a
     * node that read the old row before the commit cannot keep the old password for the cache's minute.
     */
    public void forget(String username) {
        verified.forget(username);
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    verified.forget(username);
                }
            });
        }
    }
}
