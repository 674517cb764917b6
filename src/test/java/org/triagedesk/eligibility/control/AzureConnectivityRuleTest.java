package org.triagedesk.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.triagedesk.eligibility.control.Policies.*;
import static org.triagedesk.eligibility.entity.PolicyRule.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.eligibility.entity.EligibilityDecision;

class AzureConnectivityRuleTest {

    private final AzureConnectivityRule cut = new AzureConnectivityRule();

    @Test
    void acceptsASyncThirtyDaysAgo() {
        assertEquals(List.of(), rules(decide(cut, hci().lastSync("2025-09-01").build(), "2025-10-01")));
    }

    @Test
    void warnsWhenTheLastSyncIsThirtyOneDaysOld() {
        EligibilityDecision decision = decide(cut, hci().lastSync("2025-08-31").build(), "2025-10-01");
        assertEquals(List.of(AZURE_DISCONNECTED), rules(decision));
        assertEquals(List.of("2025-08-31", "31"), decision.findings().get(0).arguments());
    }

    @Test
    void asksForTheLastSyncOnAzureStackHci() {
        EligibilityDecision decision = decide(cut, hci().lastSync(null).build(), "2025-10-01");
        assertEquals(List.of(AZURE_SYNC_UNKNOWN), rules(decision));
        assertEquals("lastAzureConnection", decision.missingFacts().get(0).fact());
    }

    @Test
    void hasNoConnectivityRuleOnWindowsServer() {
        for (String platform : List.of("WINDOWS_SERVER_2019", "WINDOWS_SERVER_2022")) {
            assertEquals(List.of(), rules(decide(cut, profile().platform(platform).lastSync("2019-01-01").build(), "2025-10-01")));
            EligibilityDecision unknownSync = decide(cut, profile().platform(platform).build(), "2025-10-01");
            assertEquals(List.of(), rules(unknownSync));
            assertEquals(List.of(), unknownSync.missingFacts());
        }
    }

    private static Policies.Profile hci() {
        return profile().platform("AZURE_STACK_HCI_22H2");
    }
}
