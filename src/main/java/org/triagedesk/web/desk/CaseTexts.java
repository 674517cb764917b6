package org.triagedesk.web.desk;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small wordings of the case pages that do not depend on the language: times and file sizes. */
final class CaseTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private CaseTexts() {
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** 512 B, 1.2 KB, 3.4 MB (units of 1024). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** A redaction summary as kept ({@code {ip=2, subscription=1}}) without its braces. */
    static String redactions(String kept) {
        return kept == null ? null : kept.replaceAll("^\\{|\\}$", "").replace("=", " × ");
    }
}
