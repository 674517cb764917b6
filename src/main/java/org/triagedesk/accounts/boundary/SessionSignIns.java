package org.triagedesk.accounts.boundary;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.triagedesk.accounts.control.SessionSignIn;

/**
 * A person signed in on the login page is known by the session from then on: started with a new session id (a
 * planted id is worthless), restored on each request, and checked against the user store again once it is no
 * longer fresh (the account may have been disabled or its roles changed since).
 */
@ApplicationScoped
public class SessionSignIns {

    @Inject
    UserIdentityStore accounts;

    @Inject
    Clock clock;

    /** Keeps the signed-in caller in a session of its own. */
    public void start(HttpServletRequest request, CredentialValidationResult result) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SessionSignIn.ATTRIBUTE,
                new SessionSignIn(result.getCallerPrincipal().getName(), result.getCallerGroups(), clock.millis()));
    }

    /** The caller the request's session holds, checked again when it is not fresh; empty when there is none. */
    public Optional<CredentialValidationResult> restore(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionSignIn.ATTRIBUTE) instanceof SessionSignIn signedIn)) {
            return Optional.empty();
        }
        long now = clock.millis();
        if (!signedIn.isFresh(now)) {
            String username = signedIn.username();
            Optional<SessionSignIn> current = accounts.current(username).map(r -> new SessionSignIn(username, r, now));
            if (current.isEmpty()) {
                session.removeAttribute(SessionSignIn.ATTRIBUTE);
                return Optional.empty();
            }
            signedIn = current.get();
            session.setAttribute(SessionSignIn.ATTRIBUTE, signedIn);
        }
        return Optional.of(new CredentialValidationResult(signedIn.username(), signedIn.roles()));
    }

    /** Forgets the signed-in caller of the request's session (sign-out). */
    public void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionSignIn.ATTRIBUTE);
        }
    }
}
