package org.triagedesk.cases.control;

import java.util.ArrayList;
import java.util.List;

import org.triagedesk.cases.entity.CompletedProfile;
import org.triagedesk.cases.entity.FactProvenance;
import org.triagedesk.kernel.KubernetesRelease;
import org.triagedesk.knowledgebase.entity.ClusterVersions;
import org.triagedesk.knowledgebase.entity.Component;
import org.triagedesk.knowledgebase.entity.KnownVersion;

/** The versions a case's cluster is known to run: the profile's Kubernetes version and the component versions read from its evidence. */
public final class KnownVersions {

    private KnownVersions() {
    }

    public static ClusterVersions of(CompletedProfile profile) {
        List<KnownVersion> components = new ArrayList<>();
        for (FactProvenance p : profile.provenance()) {
            Component.ofFact(p.fact().fact()).filter(c -> c != Component.KUBERNETES && p.used())
                    .flatMap(c -> c.version(p.fact().value()))
                    .ifPresent(v -> components.add(new KnownVersion(v, p.fact().evidence(), p.fact().line())));
        }
        return ClusterVersions.of(KubernetesRelease.parse(profile.profile().kubernetesVersion()), components);
    }
}
