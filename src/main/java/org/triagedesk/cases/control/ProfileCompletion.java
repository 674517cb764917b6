package org.triagedesk.cases.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.triagedesk.cases.entity.CompletedProfile;
import org.triagedesk.cases.entity.ExtractedFact;
import org.triagedesk.cases.entity.FactProvenance;
import org.triagedesk.eligibility.control.FeatureGateCatalog;
import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.ContainerNetworking;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.knowledgebase.entity.Component;

/**
 * Fills the facts a case left empty from what its evidence shows. A value the case gives wins over
 * the evidence; alpha feature gates seen switched on in evidence join those the case lists, judged
 * against the cluster's own minor version. Component versions (containerd, the kernel, …) fill no
 * field of the profile; each is used, against the known issues' version notes (see {@link KnownVersions}).
 */
public class ProfileCompletion {

    private final FeatureGateCatalog featureGates;

    public ProfileCompletion(FeatureGateCatalog featureGates) {
        this.featureGates = featureGates;
    }

    public CompletedProfile complete(ClusterProfile given, List<ExtractedFact> facts) {
        Map<String, Object> extracted = new LinkedHashMap<>();
        List<FactProvenance> provenance = new ArrayList<>();
        ClusterProfile profile = given;

        Optional<ExtractedFact> version = first(facts, KubernetesVersionParser.FACT);
        if (given.kubernetesVersion() == null && version.isPresent()) {
            profile = profile.withKubernetesVersion(version.get().value());
            extracted.put("kubernetesVersion", version.get().value());
        }
        Optional<ExtractedFact> cni = first(facts, NetworkPluginParser.FACT);
        if (given.cni() == null && cni.isPresent()) {
            profile = profile.withCni(ContainerNetworking.valueOf(cni.get().value()));
            extracted.put("cni", cni.get().value());
        }
        Optional<ExtractedFact> sync = first(facts, AzureSyncParser.FACT);
        if (given.lastAzureConnection() == null && sync.isPresent()) {
            profile = profile.withLastAzureConnection(LocalDate.parse(sync.get().value()));
            extracted.put("lastAzureConnection", sync.get().value());
        }
        Optional<KubernetesMinor> minor = KubernetesMinor.parse(profile.kubernetesVersion());
        Set<String> gates = new LinkedHashSet<>(given.alphaFeatureGates());
        List<String> alphaFromEvidence = new ArrayList<>();
        Map<String, Set<String>> componentVersions = new LinkedHashMap<>();
        for (ExtractedFact fact : facts) {
            if (fact.fact().equals(FeatureGateParser.FACT)) {
                boolean alpha = featureGates.isAlpha(fact.value(), minor);
                boolean added = alpha && gates.add(fact.value());
                if (added) {
                    alphaFromEvidence.add(fact.value());
                }
                provenance.add(new FactProvenance(fact, added, gateNote(fact.value(), minor, alpha, added)));
            } else if (Component.ofFact(fact.fact()).filter(c -> c != Component.KUBERNETES).isPresent()) {
                // a component's version fills no field of the profile: it is held against the known issues' version notes
                provenance.add(new FactProvenance(fact, true, null));
                componentVersions.computeIfAbsent(fact.fact(), k -> new LinkedHashSet<>()).add(fact.value());
            } else {
                provenance.add(scalar(fact, given, extracted, version, cni, sync));
            }
        }
        componentVersions.forEach((name, values) -> extracted.put(name, values.size() == 1 ? values.iterator().next() : List.copyOf(values)));
        if (!alphaFromEvidence.isEmpty()) {
            profile = profile.withAlphaFeatureGates(List.copyOf(gates));
            extracted.put("alphaFeatureGates", alphaFromEvidence);
        }
        return new CompletedProfile(profile, extracted, provenance);
    }

    @SafeVarargs
    private static FactProvenance scalar(ExtractedFact fact, ClusterProfile given, Map<String, Object> extracted,
            Optional<ExtractedFact>... chosen) {
        for (Optional<ExtractedFact> pick : chosen) {
            if (pick.isPresent() && pick.get() == fact) {
                return extracted.containsKey(fact.fact()) ? new FactProvenance(fact, true, null)
                        : new FactProvenance(fact, false, "the case gives its own value, which wins");
            }
        }
        return new FactProvenance(fact, false, "another source of " + fact.fact() + " ranks higher");
    }

    private String gateNote(String gate, Optional<KubernetesMinor> minor, boolean alpha, boolean added) {
        if (!featureGates.knows(gate)) {
            return "not an upstream Kubernetes feature gate known to Triage Desk";
        }
        if (alpha && !added) {
            return "already listed in the case";
        }
        if (minor.isEmpty()) {
            return alpha ? "alpha in some Kubernetes version; the cluster's version is unknown" : "never an alpha gate";
        }
        return "stage at " + minor.get() + ": " + featureGates.stageAt(gate, minor.get()).orElse("not present");
    }

    private static Optional<ExtractedFact> first(List<ExtractedFact> facts, String name) {
        return facts.stream().filter(f -> f.fact().equals(name)).findFirst();
    }
}
