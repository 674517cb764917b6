package org.triagedesk.api;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import org.triagedesk.platform.DatabaseUnavailable;
import org.triagedesk.platform.Violation;

/**
 * The container's own error answers (unknown paths, failures outside JAX-RS, pages a role may not
 * open): the API's JSON error body for the API and for machine callers, a short page with a way
 * back for a browser asking for a page.
 */
@WebServlet("/error")
public class ErrorPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        if (status == 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.is(failure)) {
            // e.g. a sign-in that could not read the user store: the same request works once the database is back
            status = 503;
            response.setHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String error = status == 503 ? "Service Unavailable" : status >= 500 ? "Internal Server Error" : type == null ? "Error" : type.getReasonPhrase();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        response.setStatus(status);
        if (wantsPage(request, uri)) {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(page(status, error, request.getContextPath(), request.getLocale().getLanguage()));
            return;
        }
        List<Violation> violations = List.of(violation(status, request, uri));
        response.setContentType(ApiError.JSON);
        response.getWriter().write(ApiError.body(status, error, violations).toString());
    }

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    /** What was wrong with the request, named like the API's own errors (see {@link ErrorMappers}). */
    static Violation violation(int status, HttpServletRequest request, Object uri) {
        String method = request.getMethod();
        return switch (status) {
            case 400 -> new Violation("request", "the request could not be read (its URL, headers or body are malformed)");
            case 401 -> new Violation("Authorization", "sign in with HTTP Basic");
            case 403 -> new Violation("Authorization", "your roles do not allow this");
            case 404 -> new Violation("path", "no such resource: " + (uri == null ? request.getRequestURI() : uri));
            case 405 -> new Violation("method", method + " is not served at this path");
            case 406 -> new Violation("Accept", "this resource answers application/json");
            case 408 -> new Violation("request", "the request took too long to arrive");
            case 411 -> new Violation("Content-Length", "a body needs its Content-Length (or chunked transfer)");
            case 413 -> new Violation("body", "the body is too large");
            case 414 -> new Violation("path", "the URL is too long");
            case 415 -> new Violation("Content-Type", "unsupported Content-Type: send application/json (multipart/form-data for evidence uploads)");
            case 429 -> new Violation("request", "too many requests; wait for the time in Retry-After");
            case 431 -> new Violation("headers", "the request headers are too large");
            case 503 -> new Violation("database", "the database cannot be reached just now; try again in a few seconds");
            default -> status >= 500 ? incident(request) : new Violation("request", "request refused");
        };
    }

    /** An unexpected failure: logged with an id that the answer repeats, as the API's own failures are. */
    private static Violation incident(HttpServletRequest request) {
        String incident = UUID.randomUUID().toString();
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        LOG.log(Level.SEVERE, "incident " + incident + " (" + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + ")",
                failure instanceof Throwable t ? t : null);
        return new Violation("incident", "logged as " + incident);
    }

    private static boolean wantsPage(HttpServletRequest request, Object uri) {
        String accept = request.getHeader("Accept");
        boolean api = uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
        return !api && accept != null && accept.contains("text/html");
    }

    private static String page(int status, String error, String contextPath, String language) {
        boolean ja = "ja".equals(language);
        String text = switch (status) {
            case 403 -> ja ? "このページを開く権限がありません。別のアカウントでサインインしてください。"
                    : "Your account may not open this page. Sign in with an account that holds the role it needs.";
            case 404 -> ja ? "お探しのページは見つかりませんでした。" : "There is no such page.";
            default -> ja ? "問題が発生しました。もう一度お試しください。" : "Something went wrong. Please try again.";
        };
        return "<!DOCTYPE html><html lang=\"" + (ja ? "ja" : "en") + "\"><head><meta charset=\"UTF-8\"><title>" + status + " "
                + error + " · Triage Desk</title><link rel=\"stylesheet\" href=\"" + contextPath
                + "/jakarta.faces.resource/triage.css.xhtml?ln=triage\"></head><body class=\"td-body\"><main class=\"td-main\">"
                + "<section class=\"td-card td-narrow\"><h1 id=\"errorStatus\">" + status + " " + error + "</h1><p>" + text
                + "</p><p><a id=\"errorHome\" href=\"" + contextPath + "/\">Triage Desk</a> · <a href=\"" + contextPath
                + "/login.xhtml\">" + (ja ? "サインイン" : "Sign in") + "</a></p></section></main></body></html>";
    }
}
