package org.triagedesk.platform;

import java.io.IOException;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one writer of the API's error body, {@code {"status", "error", "violations": [{"field", "message"}]}}: for the
 * JAX-RS resources (through {@code api.ApiError}), and for the answers given before a request reaches them (sign-in
 * refusals, the rate limit, the container's error page).
 */
public final class ErrorBody {

    public static final String JSON = "application/json;charset=UTF-8";

    private ErrorBody() {
    }

    /** The body, open for a caller that adds more (e.g. the likely duplicates of a refused known issue). */
    public static JsonObjectBuilder builder(int status, String error, List<Violation> violations) {
        JsonArrayBuilder list = Jsons.arrayOf(violations, v -> Jsons.createObjectBuilder().add("field", v.field()).add("message", v.message()));
        return Jsons.createObjectBuilder().add("status", status).add("error", error).add("violations", list);
    }

    /** Answers a servlet response with the body and {@code status}; headers set before stay. */
    public static void write(HttpServletResponse response, int status, String error, String field, String message) {
        try {
            response.setStatus(status);
            response.setContentType(JSON);
            response.getWriter().write(builder(status, error, List.of(new Violation(field, message))).build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away; nothing left to tell it
        }
    }
}
