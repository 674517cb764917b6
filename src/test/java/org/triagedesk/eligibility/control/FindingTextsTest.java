package org.triagedesk.eligibility.control;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.MissingFact;
import org.triagedesk.eligibility.entity.PolicyRule;
import org.triagedesk.platform.Language;

/** Every rule speaks both languages, and the two message files hold the same keys. */
class FindingTextsTest {

    @Test
    void everyRuleHasAMessageAndARemediationInBothLanguages() {
        for (Language language : Language.values()) {
            FindingTexts cut = new FindingTexts(language);
            for (PolicyRule rule : PolicyRule.values()) {
                Finding plain = Finding.of(rule, "1.28", "2025-01-01", "2026-01-01");
                // the platform rule always says which of its two cases it is
                Finding finding = rule == PolicyRule.PLATFORM_UNSUPPORTED ? plain.withVariant("unknown") : plain;
                assertFalse(cut.message(finding).isBlank(), rule + " " + language);
                assertFalse(cut.remediation(finding).isBlank(), rule + " " + language);
            }
        }
    }

    @Test
    void fillsArgumentsAndTranslatesValues() {
        Finding finding = Finding.of(PolicyRule.SUBSCRIPTION_LAPSED, "SUSPENDED", "2025-01-01", "90");
        assertEquals("The Azure subscription has been suspended since 2025-01-01: 90 days, more than 60.",
                new FindingTexts(Language.EN).message(finding));
        assertTrue(new FindingTexts(Language.JA).message(finding).contains("一時停止"));
    }

    @Test
    void variantsHaveTheirOwnWording() {
        Finding unknown = Finding.about(PolicyRule.PLATFORM_UNSUPPORTED, "X", "X").withVariant("unknown");
        Finding ended = Finding.about(PolicyRule.PLATFORM_UNSUPPORTED, "X", "Old HCI", "2023-12-31").withVariant("ended");
        for (Language language : Language.values()) {
            FindingTexts cut = new FindingTexts(language);
            assertNotEquals(cut.message(unknown), cut.message(ended));
            assertTrue(cut.message(ended).contains("2023-12-31"));
        }
    }

    @Test
    void explainsEveryMissingFact() {
        for (String fact : List.of("kubernetesVersion", "platform", "lastAzureConnection", "subscriptionStateSince")) {
            for (Language language : Language.values()) {
                assertFalse(new FindingTexts(language).why(new MissingFact(fact, List.of())).isBlank());
            }
        }
    }

    @Test
    void englishAndJapaneseFilesHoldTheSameKeys() throws IOException {
        assertEquals(load("/i18n/messages.properties").keySet(), load("/i18n/messages_ja.properties").keySet());
    }

    @Test
    void citesBothTitlesOfTheSection() {
        assertEquals("停止または切断されたクラスター / Stopped or disconnected clusters",
                PolicyRule.AZURE_DISCONNECTED.section().citation());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(FindingTextsTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
