package org.triagedesk.cases.entity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference a case is known by, {@code CASE-2026-000042}: the year it was filed and a number
 * from one sequence that never goes back, so a reference is never reused.
 */
public record CaseReference(int year, long number) {

    private static final Pattern FORMAT = Pattern.compile("^CASE-(\\d{4})-(\\d{6,})$");

    public CaseReference {
        if (year < 1000 || year > 9999 || number < 1) {
            throw new IllegalArgumentException("not a case reference: " + year + "/" + number);
        }
    }

    public static Optional<CaseReference> parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CaseReference(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2))));
    }

    @Override
    public String toString() {
        return String.format("CASE-%04d-%06d", year, number);
    }
}
