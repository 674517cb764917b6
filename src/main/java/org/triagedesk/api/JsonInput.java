package org.triagedesk.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;

import org.triagedesk.kernel.validation.CalendarDay;
import org.triagedesk.kernel.validation.FieldProblem;
import org.triagedesk.platform.Violation;

/**
 * Reads typed fields out of a JSON request body and collects every violation, each named by its
 * JSON path, so a caller learns all that is wrong in one answer. Absent and {@code null} fields read
 * as {@code null}. What a field must say beyond its JSON type (a version, a day not after the as-of
 * day) is a constraint of the request record: {@link #check(List)} adds the record's problems and
 * answers every violation in the order the fields were read.
 * The body itself is parsed by {@link JsonBody}.
 * <p>
 * Over 150 lines: one reader per JSON type (string, boolean, day, number, code, list, object), each with the
 * wording of its type error, and the ordering of the answer.
 */
public final class JsonInput {

    private final List<Violation> violations = new ArrayList<>();
    /** The paths in the order they were read: the order of the answer's violations. */
    private final LinkedHashSet<String> read = new LinkedHashSet<>();

    public String string(JsonObject json, String name, String path, int maxLength) {
        read.add(path);
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
        read.add(path);
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
        CalendarDay day = CalendarDay.read(text, Locale.ENGLISH);
        return day.day().orElseGet(() -> invalid(path, day.problem()));
    }

    public Long number(JsonObject json, String name, String path) {
        read.add(path);
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
        read.add(path);
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
        read.add(path);
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
        read.add(path);
        violations.add(new Violation(path, message));
        return null;
    }

    /** Whether the field at {@code path} could not be read (its value is not known, not absent). */
    public boolean failed(String path) {
        return violations.stream().anyMatch(v -> v.field().equals(path));
    }

    public boolean valid() {
        return violations.isEmpty();
    }

    /**
     * Throws {@link InvalidRequestException} with every violation collected and every constraint problem of the
     * record read (except on a field that could not be read at all), in the order the fields were read.
     */
    public void check(List<FieldProblem> constraints) {
        constraints.stream().filter(p -> !failed(p.field())).forEach(p -> invalid(p.field(), p.message()));
        List<String> order = List.copyOf(read);
        violations.sort(Comparator.comparingInt(v -> order.indexOf(v.field())));
        check();
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
