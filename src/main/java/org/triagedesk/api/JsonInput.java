package org.triagedesk.api;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import jakarta.json.stream.JsonParsingException;
import org.triagedesk.platform.Jsons;

/**
 * Reads typed fields out of a JSON request body and collects every violation, each named by its
 * JSON path, so a caller learns all that is wrong in one answer. Absent and {@code null} fields read
 * as {@code null}.
 */
public final class JsonInput {

    private final List<Violation> violations = new ArrayList<>();

    /** Parses a body that must be a JSON object; malformed JSON is a violation of field {@code body}. */
    public static JsonObject object(byte[] body) {
        if (body == null || body.length == 0) {
            throw InvalidRequestException.of("body", "a JSON object is required");
        }
        if (depth(body) > MAX_DEPTH) {
            throw InvalidRequestException.of("body", "nested deeper than " + MAX_DEPTH + " levels");
        }
        try (jakarta.json.stream.JsonParser parser = Jsons.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext()) {
                throw InvalidRequestException.of("body", "a JSON object is required");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw InvalidRequestException.of("body", "malformed JSON: more after the end of the first value");
            }
            if (value.getValueType() != ValueType.OBJECT) {
                throw InvalidRequestException.of("body", "must be a JSON object, not " + kind(value));
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

    public String string(JsonObject json, String name, String path, int maxLength) {
        JsonValue value = present(json, name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != ValueType.STRING) {
            return invalid(path, "must be a string, not " + kind(value));
        }
        String text = ((JsonString) value).getString();
        if (text.length() > maxLength) {
            return invalid(path, "must be at most " + maxLength + " characters");
        }
        return text;
    }

    public Boolean bool(JsonObject json, String name, String path) {
        JsonValue value = present(json, name);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        return invalid(path, "must be true or false, not " + kind(value));
    }

    public LocalDate date(JsonObject json, String name, String path) {
        String text = string(json, name, path, 64);
        if (text == null) {
            return null;
        }
        try {
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return invalid(path, "must be a date YYYY-MM-DD, not \"" + text + "\"");
        }
    }

    public Long number(JsonObject json, String name, String path) {
        JsonValue value = present(json, name);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != ValueType.NUMBER || !json.getJsonNumber(name).isIntegral()) {
            return invalid(path, "must be a whole number, not " + kind(value));
        }
        return json.getJsonNumber(name).longValue();
    }

    public <E extends Enum<E>> E code(JsonObject json, String name, String path, Class<E> type) {
        String text = string(json, name, path, 64);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return invalid(path, "unknown code \"" + text + "\"; one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public List<String> strings(JsonObject json, String name, String path, int maxItems, int maxLength) {
        return list(json, name, path, maxItems, (item) -> {
            if (item.value().getValueType() != ValueType.STRING) {
                return invalid(item.path(), "must be a string, not " + kind(item.value()));
            }
            String text = ((JsonString) item.value()).getString();
            return text.length() > maxLength ? invalid(item.path(), "must be at most " + maxLength + " characters") : text;
        });
    }

    public JsonObject object(JsonObject json, String name, String path) {
        JsonValue value = present(json, name);
        if (value == null) {
            return null;
        }
        return value.getValueType() == ValueType.OBJECT ? value.asJsonObject() : invalid(path, "must be an object, not " + kind(value));
    }

    /** An element of an array with its path, e.g. {@code evidence[2]}. */
    public record Item(JsonValue value, String path) {
    }

    public <T> List<T> list(JsonObject json, String name, String path, int maxItems, Function<Item, T> element) {
        JsonValue value = present(json, name);
        if (value == null) {
            return List.of();
        }
        if (value.getValueType() != ValueType.ARRAY) {
            invalid(path, "must be an array, not " + kind(value));
            return List.of();
        }
        JsonArray array = value.asJsonArray();
        if (array.size() > maxItems) {
            invalid(path, "must have at most " + maxItems + " items");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            T item = element.apply(new Item(array.get(i), path + "[" + i + "]"));
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    public <T> T invalid(String path, String message) {
        violations.add(new Violation(path, message));
        return null;
    }

    public boolean valid() {
        return violations.isEmpty();
    }

    /** Throws {@link InvalidRequestException} with every violation collected, if any. */
    public void check() {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private static JsonValue present(JsonObject json, String name) {
        JsonValue value = json == null ? null : json.get(name);
        return value == null || value.getValueType() == ValueType.NULL ? null : value;
    }

    static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }
}
