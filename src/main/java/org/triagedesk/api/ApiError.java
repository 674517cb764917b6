package org.triagedesk.api;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

import org.triagedesk.platform.ErrorBody;
import org.triagedesk.platform.Violation;

/** The error body of the public contract as a JAX-RS answer; the body itself is {@link ErrorBody}'s, the one writer of it. */
public final class ApiError {

    public static final String JSON = ErrorBody.JSON;

    private ApiError() {
    }

    public static JsonObject body(int status, String error, List<Violation> violations) {
        return ErrorBody.builder(status, error, violations).build();
    }

    public static Response response(int status, String error, List<Violation> violations) {
        return Response.status(status).type(JSON).entity(body(status, error, violations).toString()).build();
    }

    public static Response response(int status, String error) {
        return response(status, error, List.of());
    }

    public static Response response(int status, String error, String field, String message) {
        return response(status, error, List.of(new Violation(field, message)));
    }
}
