package org.triagedesk.eligibility.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.EligibilityDecision;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.PlatformLifecycle;
import org.triagedesk.eligibility.entity.PolicyCatalog;
import org.triagedesk.eligibility.entity.PolicyRule;
import org.triagedesk.eligibility.entity.SubscriptionState;
import org.triagedesk.eligibility.entity.VersionLifecycle;

/** Test fixtures: a small fixed catalog and a fluent way to write cluster profiles. */
final class Policies {

    static final PolicyCatalog CATALOG = PolicyCatalog.of(List.of(
            new VersionLifecycle(KubernetesMinor.of("1.27"), LocalDate.parse("2024-02-29"), null),
            new VersionLifecycle(KubernetesMinor.of("1.28"), LocalDate.parse("2024-06-10"), LocalDate.parse("2025-09-01")),
            new VersionLifecycle(KubernetesMinor.of("1.30"), LocalDate.parse("2025-09-15"), null)),
            List.of(new PlatformLifecycle("AZURE_STACK_HCI_22H2", "Azure Stack HCI 22H2", LocalDate.parse("2027-05-31")),
                    new PlatformLifecycle("WINDOWS_SERVER_2019", "Windows Server 2019", LocalDate.parse("2028-03-26")),
                    new PlatformLifecycle("WINDOWS_SERVER_2022", "Windows Server 2022", null)));

    private Policies() {
    }

    static Profile profile() {
        return new Profile();
    }

    static List<PolicyRule> rules(EligibilityDecision decision) {
        return decision.findings().stream().map(Finding::rule).toList();
    }

    static EligibilityDecision decide(EligibilityRule rule, ClusterProfile cluster, String asOf) {
        return decide(rule, cluster, asOf, CATALOG);
    }

    static EligibilityDecision decide(EligibilityRule rule, ClusterProfile cluster, String asOf, PolicyCatalog catalog) {
        Assessment assessment = new Assessment();
        rule.evaluate(new PolicyInput(cluster, LocalDate.parse(asOf), catalog), assessment);
        return assessment.decide();
    }

    /** A builder over {@link ClusterProfile} for readable tests. */
    static final class Profile {
        private String platform = "WINDOWS_SERVER_2022";
        private String version = "1.30.2";
        private LocalDate lastSync;
        private LocalDate stoppedSince;
        private Boolean deallocated;
        private SubscriptionState state;
        private LocalDate stateSince;
        private Boolean iaas;
        private Boolean metadata;
        private List<String> preview = List.of();
        private List<String> alpha = List.of();

        Profile platform(String code) { platform = code; return this; }
        Profile version(String v) { version = v; return this; }
        Profile lastSync(String day) { lastSync = day == null ? null : LocalDate.parse(day); return this; }
        Profile stoppedSince(String day) { stoppedSince = LocalDate.parse(day); return this; }
        Profile deallocated() { deallocated = true; return this; }
        Profile subscription(SubscriptionState s, String since) { state = s; stateSince = since == null ? null : LocalDate.parse(since); return this; }
        Profile iaasChanged() { iaas = true; return this; }
        Profile metadataChanged() { metadata = true; return this; }
        Profile preview(String... features) { preview = Arrays.asList(features); return this; }
        Profile alpha(String... gates) { alpha = Arrays.asList(gates); return this; }

        ClusterProfile build() {
            return new ClusterProfile(platform, version, lastSync, stoppedSince, deallocated, state, stateSince, null,
                    iaas, metadata, preview, alpha);
        }
    }

}
