package org.triagedesk.accounts.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import org.triagedesk.accounts.control.PasswordHashing;
import org.triagedesk.accounts.control.VerifiedCredentials;
import org.triagedesk.accounts.entity.UserAccount;

/**
 * Checks sign-ins against the product's user store. A verified name and password is remembered for
 * a minute so that HTTP Basic callers do not cost a PBKDF2 computation per request.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {

    private final VerifiedCredentials verified = new VerifiedCredentials(Duration.ofSeconds(60));

    @Inject
    Users users;

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
        Optional<UserAccount> user = users.find(name).filter(UserAccount::enabled);
        if (user.isEmpty() || !hashing.matches(password, user.get().passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Set<String> roles = user.get().effectiveRoles();
        verified.remember(name, password, roles, clock.instant());
        return new CredentialValidationResult(name, roles);
    }

    /** The roles of an enabled account, to refresh a session sign-in; empty when the account is gone or disabled. */
    public Optional<Set<String>> current(String username) {
        return users.find(username).filter(UserAccount::enabled).map(UserAccount::effectiveRoles);
    }

    public void forget(String username) {
        verified.forget(username);
    }
}
