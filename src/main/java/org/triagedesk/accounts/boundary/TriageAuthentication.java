package org.triagedesk.accounts.boundary;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.triagedesk.accounts.control.LoginThrottle;
import org.triagedesk.accounts.control.SessionSignIn;
import org.triagedesk.platform.ClientAddress;
import org.triagedesk.platform.Cluster;

/**
 * How a caller proves who they are. Integrations send HTTP Basic on every call; people sign in once
 * on the login page and are known by their session from then on. A request without either goes on
 * anonymously (the public self-check needs no account): protected API resources answer 401
 * themselves, protected pages send the browser to the login page.
 *
 * <p>A session sign-in counts for pages and for reading the API (GET, HEAD), never for API writes:
 * a forged cross-site form could otherwise write with the victim's cookie. Pages are protected
 * against that by the Faces view state, which a foreign site cannot know.
 */
@ApplicationScoped
public class TriageAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    UserIdentityStore accounts;

    @Inject
    Clock clock;

    /** Request attribute: the seconds a refused sign-in must wait (the back-off), for the login page to say. */
    public static final String SIGN_IN_WAIT = "org.triagedesk.signInWaitSeconds";

    @Inject
    Cluster cluster;

    private LoginThrottle throttle;

    /** One back-off for all nodes when clustered: trying each node in turn gains nothing. */
    @PostConstruct
    void init() {
        throttle = new LoginThrottle(cluster.entries("triage-sign-in-failures", (int) LoginThrottle.FORGET_AFTER.toSeconds(),
                LoginThrottle.MAX_ENTRIES));
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header, request, response, context);
        }
        Credential signIn = context.getAuthParameters().getCredential();
        if (signIn != null) {
            return signIn(signIn, request, context);
        }
        Optional<CredentialValidationResult> session = session(request);
        if (session.isPresent()) {
            return context.notifyContainerAboutLogin(session.get());
        }
        if (context.isProtected() && !isApi(request)) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(target(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SessionSignIn.ATTRIBUTE);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus basic(String header, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String[] login = decode(header.substring(6).trim());
        if (login != null) {
            String client = ClientAddress.of(request);
            Optional<Duration> wait = throttle.waitFor(login[0], client, clock.instant());
            if (wait.isPresent()) {
                return tooManyFailures(response, seconds(wait.get()));
            }
            CredentialValidationResult result = identityStores.validate(new UsernamePasswordCredential(login[0], login[1]));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                throttle.succeeded(login[0], client);
                return context.notifyContainerAboutLogin(result);
            }
            throttle.failed(login[0], client, clock.instant());
        }
        return refuse(response);
    }

    /** The login page's programmatic sign-in: a new session id, so a planted session id is worthless. */
    private AuthenticationStatus signIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        String user = credential instanceof UsernamePasswordCredential up ? up.getCaller() : "";
        String client = ClientAddress.of(request);
        Optional<Duration> wait = throttle.waitFor(user, client, clock.instant());
        if (wait.isPresent()) {
            request.setAttribute(SIGN_IN_WAIT, seconds(wait.get()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(user, client, clock.instant());
            throttle.waitFor(user, client, clock.instant()).ifPresent(w -> request.setAttribute(SIGN_IN_WAIT, seconds(w)));
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(user, client);
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SessionSignIn.ATTRIBUTE,
                new SessionSignIn(result.getCallerPrincipal().getName(), result.getCallerGroups(), clock.millis()));
        return context.notifyContainerAboutLogin(result);
    }

    private Optional<CredentialValidationResult> session(HttpServletRequest request) {
        if (isApi(request) && !isSafe(request)) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionSignIn.ATTRIBUTE) instanceof SessionSignIn signedIn)) {
            return Optional.empty();
        }
        long now = clock.millis();
        if (!signedIn.isFresh(now)) {
            // the account may have been disabled or its roles changed since sign-in
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

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isSafe(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static String target(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String[] decode(String token) {
        try {
            String text = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon <= 0 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    /** 429 with Retry-After: too many failed attempts for this user from this client, even a right password waits. */
    private static AuthenticationStatus tooManyFailures(HttpServletResponse response, long seconds) {
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":429,\"error\":\"Too Many Requests\",\"violations\":"
                    + "[{\"field\":\"Authorization\",\"message\":\"too many failed sign-ins for this user from this address; try again in "
                    + seconds + " s\"}]}");
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing left to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus refuse(HttpServletResponse response) {
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Triage Desk\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"status\":401,\"error\":\"Unauthorized\",\"violations\":"
                    + "[{\"field\":\"Authorization\",\"message\":\"unknown user or wrong password\"}]}");
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing left to tell it
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
