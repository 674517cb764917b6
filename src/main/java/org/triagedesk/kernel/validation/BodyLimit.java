package org.triagedesk.kernel.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one limit on how much a request may send, for the API (a larger body is answered {@code 413} before it is
 * read) and the pages (a form whose texts are larger is refused beside its description, {@link SizedText}),
 * with the same message on both paths. One setting: the system property {@code triage.max-body-bytes} or the
 * environment variable {@code TRIAGE_MAX_BODY_BYTES}, default 1 MiB. Evidence uploads (support bundles as files)
 * have their own, larger limit.
 */
public final class BodyLimit {

    public static final long DEFAULT_BYTES = 1_048_576;
    public static final String PROPERTY = "triage.max-body-bytes";
    public static final String VARIABLE = "TRIAGE_MAX_BODY_BYTES";

    private static final long BYTES = configured(System.getProperty(PROPERTY, System.getenv(VARIABLE)));

    private BodyLimit() {
    }

    /** The limit in bytes. */
    public static long bytes() {
        return BYTES;
    }

    /** Reads a setting: a whole number of bytes, at least 1 KiB; anything else is refused at start rather than guessed. */
    static long configured(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT_BYTES;
        }
        try {
            long bytes = Long.parseLong(setting.strip());
            if (bytes >= 1024) {
                return bytes;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalStateException(PROPERTY + " (" + VARIABLE + ") must be a whole number of bytes of at least 1024, not \""
                + setting + "\"");
    }

    /** Why a request over the limit is refused, in the reader's language. */
    public static String message(Locale locale) {
        return message(BYTES, locale);
    }

    static String message(long limit, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("ValidationMessages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString("org.triagedesk.validation.BodyLimit.message"), Locale.ROOT)
                .format(new Object[] {size(limit), String.valueOf(limit)});
    }

    private static String size(long bytes) {
        if (bytes % 1_048_576 == 0) {
            return bytes / 1_048_576 + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " B";
    }
}
