package org.triagedesk.accounts.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

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

import org.triagedesk.accounts.control.BasicCredentials;
import org.triagedesk.platform.ClientAddress;
import org.triagedesk.platform.ErrorBody;

/**
 * How a caller proves who they are. Integrations send HTTP Basic on every call ({@link BasicCredentials}); people
 * sign in once on the login page and are known by their session from then on ({@link SessionSignIns}); failed
 * attempts of either wait out a back-off ({@link SignInAttempts}). A request without either goes on anonymously
 * (the public self-check needs no account): protected API resources answer 401 themselves, protected pages send the
 * browser to the login page. Refusals carry the API's error body ({@link ErrorBody}).
 *
 * <p>A session sign-in counts for pages and for reading the API (GET, HEAD), never for API writes:
 * a forged cross-site form could otherwise write with the victim's cookie. Pages are protected
 * against that by the Faces view state, which a foreign site cannot know.
 */
@ApplicationScoped
public class TriageAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    /** Request attribute: the seconds a refused sign-in must wait (the back-off), for the login page to say. */
    public static final String SIGN_IN_WAIT = "org.triagedesk.signInWaitSeconds";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionSignIns sessions;

    @Inject
    SignInAttempts attempts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (BasicCredentials.isBasic(header)) {
            return basic(header, request, response, context);
        }
        Credential signIn = context.getAuthParameters().getCredential();
        if (signIn != null) {
            return signIn(signIn, request, context);
        }
        Optional<CredentialValidationResult> session = isApi(request) && !isSafe(request) ? Optional.empty() : sessions.restore(request);
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
        sessions.end(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus basic(String header, HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<UsernamePasswordCredential> login = BasicCredentials.decode(header);
        if (login.isPresent()) {
            String user = login.get().getCaller();
            String client = ClientAddress.of(request);
            OptionalLong wait = attempts.waitFor(user, client);
            if (wait.isPresent()) {
                // too many failed attempts for this user from this client: even a right password waits
                response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
                ErrorBody.write(response, 429, "Too Many Requests", "Authorization",
                        "too many failed sign-ins for this user from this address; try again in " + wait.getAsLong() + " s");
                return AuthenticationStatus.SEND_FAILURE;
            }
            CredentialValidationResult result = identityStores.validate(login.get());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                attempts.succeeded(user, client);
                return context.notifyContainerAboutLogin(result);
            }
            attempts.failed(user, client);
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Triage Desk\"");
        ErrorBody.write(response, 401, "Unauthorized", "Authorization", "unknown user or wrong password");
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The login page's programmatic sign-in: a session of its own, the back-off's wait for the page to say. */
    private AuthenticationStatus signIn(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        String user = credential instanceof UsernamePasswordCredential up ? up.getCaller() : "";
        String client = ClientAddress.of(request);
        OptionalLong wait = attempts.waitFor(user, client);
        if (wait.isPresent()) {
            request.setAttribute(SIGN_IN_WAIT, wait.getAsLong());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            attempts.failed(user, client);
            attempts.waitFor(user, client).ifPresent(w -> request.setAttribute(SIGN_IN_WAIT, w));
            return AuthenticationStatus.SEND_FAILURE;
        }
        attempts.succeeded(user, client);
        sessions.start(request, result);
        return context.notifyContainerAboutLogin(result);
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
}
