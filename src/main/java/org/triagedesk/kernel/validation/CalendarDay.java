package org.triagedesk.kernel.validation;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day typed as {@code 2025-01-31}, read strictly by the API and the pages alike: a text in that format that names
 * no day (February 30th, month 13) is refused with the reason ("February has no 30th"), not with the format it
 * already follows; any other text with the format to use. Nothing is quietly moved to the month's last day.
 */
public final class CalendarDay {

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private final LocalDate day;
    private final String problem;

    private CalendarDay(LocalDate day, String problem) {
        this.day = day;
        this.problem = problem;
    }

    /** Reads {@code text} (surrounding blanks ignored); a refusal is worded in {@code locale}. */
    public static CalendarDay read(String text, Locale locale) {
        Matcher m = DAY.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return new CalendarDay(null, message(locale, "format", text));
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int dayOfMonth = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return new CalendarDay(null, message(locale, "month", text, month));
        }
        int last = Month.of(month).length(Year.isLeap(year));
        if (dayOfMonth < 1 || dayOfMonth > last) {
            String monthName = message(locale, "month." + month);
            if (month == 2 && dayOfMonth == 29) {
                return new CalendarDay(null, message(locale, "leap", text, String.valueOf(year)));
            }
            return new CalendarDay(null, message(locale, "day", text, monthName, dayOfMonth, ordinal(dayOfMonth)));
        }
        return new CalendarDay(LocalDate.of(year, month, dayOfMonth), null);
    }

    /** The day, when the text names one. */
    public Optional<LocalDate> day() {
        return Optional.ofNullable(day);
    }

    /** Why the text names no day, in the reader's language; {@code null} when it does. */
    public String problem() {
        return problem;
    }

    private static String ordinal(int n) {
        int tens = n % 100;
        if (tens >= 11 && tens <= 13) {
            return n + "th";
        }
        return n + switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String message(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("org.triagedesk.validation.CalendarDay." + key), locale).format(arguments);
    }
}
