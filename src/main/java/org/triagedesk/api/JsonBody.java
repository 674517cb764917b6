package org.triagedesk.api;

import java.io.ByteArrayInputStream;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

import org.triagedesk.platform.Jsons;

/**
 * A request body that must be one JSON object: parsed with a guard against deep nesting, and refused as field
 * {@code body} when it is empty, malformed, something other than an object, or followed by more. Its fields are
 * then read by {@link JsonInput}.
 */
public final class JsonBody {

    private JsonBody() {
    }

    /** Parses a body that must be a JSON object; malformed JSON is a violation of field {@code body}. */
    public static JsonObject object(byte[] body) {
        if (body == null || body.length == 0) {
            throw InvalidRequestException.of("body", "a JSON object is required");
        }
        if (depth(body) > MAX_DEPTH) {
            throw InvalidRequestException.of("body", "nested deeper than " + MAX_DEPTH + " levels");
        }
        try (JsonParser parser = Jsons.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext()) {
                throw InvalidRequestException.of("body", "a JSON object is required");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw InvalidRequestException.of("body", "malformed JSON: more after the end of the first value");
            }
            if (value.getValueType() != ValueType.OBJECT) {
                throw InvalidRequestException.of("body", "must be a JSON object, not " + JsonInput.kind(value));
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw InvalidRequestException.of("body", "malformed JSON" + (at == null ? "" : " at line " + at.getLineNumber()
                    + ", column " + at.getColumnNumber()));
        } catch (JsonException e) {
            throw InvalidRequestException.of("body", "malformed JSON");
        }
    }

    /** No body of this API nests deeper; a deeper one is an attack on the parser's stack. */
    static final int MAX_DEPTH = 32;

    /** The deepest nesting of objects and arrays in a JSON text (strings skipped), without parsing it. */
    static int depth(byte[] json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return deepest;
    }

}
