package org.triagedesk.eligibility.control;

import static org.triagedesk.eligibility.entity.PolicyRule.*;

import java.time.LocalDate;

import org.triagedesk.eligibility.entity.Finding;

/**
 * On Azure Stack HCI 22H2 the management cluster must sync with Azure at least every 30 days, or
 * day-2 operations stop. Windows Server 2019 and 2022 hosts have no such requirement.
 */
public class AzureConnectivityRule implements EligibilityRule {

    public static final String AZURE_STACK_HCI_22H2 = "AZURE_STACK_HCI_22H2";
    static final int MAX_DAYS = 30;

    @Override
    public void evaluate(PolicyInput input, Assessment assessment) {
        if (!input.cluster().runsOn(AZURE_STACK_HCI_22H2)) {
            return;
        }
        LocalDate lastSync = input.cluster().lastAzureConnection();
        if (lastSync == null) {
            assessment.add(Finding.of(AZURE_SYNC_UNKNOWN));
            assessment.missing("lastAzureConnection", "Get-AzureStackHCI", "Get-AksHciCluster");
            return;
        }
        long days = input.daysSince(lastSync);
        if (days > MAX_DAYS) {
            assessment.add(Finding.of(AZURE_DISCONNECTED, lastSync, days));
        }
    }
}
