package org.triagedesk.api;

import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import org.triagedesk.platform.Jsons;

/** The error body of the public contract: {@code {"status", "error", "violations": [{"field", "message"}]}}. */
public final class ApiError {

    public static final String JSON = "application/json;charset=UTF-8";

    private ApiError() {
    }

    public static JsonObject body(int status, String error, List<Violation> violations) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        violations.forEach(v -> list.add(Jsons.createObjectBuilder().add("field", v.field()).add("message", v.message())));
        return Jsons.createObjectBuilder().add("status", status).add("error", error).add("violations", list).build();
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
