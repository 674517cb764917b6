package org.triagedesk.api;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The body of a {@code PUT} on one catalog row (a Kubernetes minor, a host platform) as both catalog resources read
 * it: the key named in the body, if any, must be the key of the path; a field left out keeps the row's current value
 * while one sent as {@code null} clears it; the note is at most 500 characters. Every violation is collected in
 * {@link #in()}, as for any other body.
 *
 * @param <R> the catalog row, present when the key is already in the catalog
 */
final class CatalogRowPut<R> {

    static final int NOTE_MAX_LENGTH = 500;

    private final JsonObject json;
    private final Optional<R> current;
    private final JsonInput in = new JsonInput();

    CatalogRowPut(byte[] body, Optional<R> current) {
        this.json = JsonBody.object(body);
        this.current = current;
    }

    JsonInput in() {
        return in;
    }

    JsonObject json() {
        return json;
    }

    /** Refuses a body whose {@code field} names another key than the path's ({@code samePath} says whether it is the same). */
    void keyMatchesPath(String field, int maxLength, Predicate<String> samePath, Object pathKey) {
        String named = in.string(json, field, field, maxLength);
        if (named != null && !samePath.test(named)) {
            in.invalid(field, "must match the path (" + pathKey + "), not \"" + named + "\"");
        }
    }

    /** The field as sent ({@code read}), or, left out of the body, the current row's value (none for a new row). */
    <T> T sentOrKept(String field, Supplier<T> read, Function<R, T> kept) {
        return json.containsKey(field) ? read.get() : current.map(kept).orElse(null);
    }

    String note(Function<R, String> kept) {
        return sentOrKept("note", () -> in.string(json, "note", "note", NOTE_MAX_LENGTH), kept);
    }

    /** 201 with the row's address for a key that was new, 200 for a row that was changed; the body is the row. */
    static Response saved(boolean created, String row, UriInfo uri) {
        return created ? Response.created(URI.create(uri.getAbsolutePath().toString())).entity(row).build()
                : Response.ok(row).build();
    }
}
