package org.triagedesk.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

/** The container's own error answers (unknown paths, failures outside JAX-RS) in the API's JSON error body. */
@WebServlet("/error")
public class ErrorPage extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String error = type == null ? "Error" : type.getReasonPhrase();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        List<Violation> violations = status == 404 && uri != null
                ? List.of(new Violation("path", "no such resource: " + uri)) : List.of();
        response.setStatus(status);
        response.setContentType(ApiError.JSON);
        response.getWriter().write(ApiError.body(status, status >= 500 ? "Internal Server Error" : error, violations).toString());
    }
}
