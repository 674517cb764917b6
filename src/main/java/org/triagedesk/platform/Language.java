package org.triagedesk.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * The two languages Triage Desk speaks. A case written in Japanese is answered in Japanese; the
 * caller's {@code Accept-Language} header, when it names one of the two, wins over the text.
 */
public enum Language {
    EN(Locale.ENGLISH), JA(Locale.JAPANESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** Japanese when the text holds kana or kanji, English otherwise. */
    public static Language ofText(String... texts) {
        for (String text : texts) {
            if (text != null && text.codePoints().anyMatch(Language::isJapanese)) {
                return JA;
            }
        }
        return EN;
    }

    /** The first of our languages an {@code Accept-Language} header asks for, by quality; empty when none. */
    public static Optional<Language> ofAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && (tag.equals("ja") || tag.startsWith("ja-"))) {
                    return Optional.of(JA);
                }
                if (range.getWeight() > 0 && (tag.equals("en") || tag.startsWith("en-"))) {
                    return Optional.of(EN);
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "ja" -> Optional.of(JA);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    private static boolean isJapanese(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HAN;
    }
}
