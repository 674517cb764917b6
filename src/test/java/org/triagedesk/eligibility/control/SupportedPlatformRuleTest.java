package org.triagedesk.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triagedesk.eligibility.control.Policies.*;
import static org.triagedesk.eligibility.entity.PolicyRule.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.entity.EligibilityDecision;

class SupportedPlatformRuleTest {

    private final SupportedPlatformRule cut = new SupportedPlatformRule();

    @Test
    void supportsPlatformOnItsLastDayOfSupport() {
        assertEquals(List.of(), rules(decide(cut, profile().platform("AZURE_STACK_HCI_22H2").build(), "2027-05-31")));
    }

    @Test
    void rejectsPlatformTheDayAfterItsEndOfSupport() {
        EligibilityDecision decision = decide(cut, profile().platform("AZURE_STACK_HCI_22H2").build(), "2027-06-01");
        assertEquals(List.of(PLATFORM_UNSUPPORTED), rules(decision));
        assertEquals("ended", decision.findings().get(0).variant());
    }

    @Test
    void supportsPlatformWithoutAnnouncedEnd() {
        assertEquals(List.of(), rules(decide(cut, profile().platform("WINDOWS_SERVER_2022").build(), "2099-01-01")));
    }

    @Test
    void rejectsUnknownPlatform() {
        EligibilityDecision decision = decide(cut, profile().platform("WINDOWS_SERVER_2016").build(), "2025-01-01");
        assertEquals(List.of(PLATFORM_UNSUPPORTED), rules(decision));
        assertEquals("unknown", decision.findings().get(0).variant());
        assertEquals("WINDOWS_SERVER_2016", decision.findings().get(0).subject());
    }

    @Test
    void asksForThePlatformWhenItIsUnknown() {
        EligibilityDecision decision = decide(cut, profile().platform(null).build(), "2025-01-01");
        assertEquals(List.of(), rules(decision));
        assertEquals("platform", decision.missingFacts().get(0).fact());
    }
}
