package org.triagedesk.api;

/** Whole-number query parameters (page, size) read with a range, a default and a named violation. */
final class QueryNumbers {

    private QueryNumbers() {
    }

    static int read(JsonInput in, String name, String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                in.invalid(name, "must be between " + min + " and " + max);
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            in.invalid(name, "must be a whole number, not \"" + text + "\"");
            return fallback;
        }
    }
}
