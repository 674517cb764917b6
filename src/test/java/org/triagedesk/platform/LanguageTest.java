package org.triagedesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void japaneseTextIsAnsweredInJapanese() {
        assertEquals(Language.JA, Language.ofText("CoreDNS が再起動を繰り返す"));
        assertEquals(Language.JA, Language.ofText(null, "証明書の期限切れ"));
        assertEquals(Language.JA, Language.ofText("ノード"));
    }

    @Test
    void otherTextIsAnsweredInEnglish() {
        assertEquals(Language.EN, Language.ofText("CoreDNS crash loop", null));
        assertEquals(Language.EN, Language.ofText((String) null));
    }

    @Test
    void acceptLanguagePicksTheFirstOfOurLanguagesByQuality() {
        assertEquals(Optional.of(Language.JA), Language.ofAcceptLanguage("ja-JP,ja;q=0.9,en;q=0.8"));
        assertEquals(Optional.of(Language.EN), Language.ofAcceptLanguage("fr-FR, en;q=0.5, ja;q=0.1"));
        assertEquals(Optional.empty(), Language.ofAcceptLanguage("fr, de"));
        assertEquals(Optional.empty(), Language.ofAcceptLanguage("*"));
        assertEquals(Optional.empty(), Language.ofAcceptLanguage(";;;=="));
        assertEquals(Optional.empty(), Language.ofAcceptLanguage(null));
    }
}
