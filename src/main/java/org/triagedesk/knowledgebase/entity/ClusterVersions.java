package org.triagedesk.knowledgebase.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.triagedesk.kernel.KubernetesRelease;

/**
 * The versions known for a case's cluster, per component: its Kubernetes version, and the component
 * versions read from the pasted evidence (several when nodes differ, as during an upgrade).
 */
public final class ClusterVersions {

    public static final ClusterVersions NONE = new ClusterVersions(Optional.empty(), List.of());

    private final Optional<KubernetesRelease> kubernetes;
    private final Map<Component, List<KnownVersion>> known = new EnumMap<>(Component.class);

    private ClusterVersions(Optional<KubernetesRelease> kubernetes, List<KnownVersion> versions) {
        this.kubernetes = kubernetes;
        kubernetes.ifPresent(k -> known.computeIfAbsent(Component.KUBERNETES, c -> new ArrayList<>()).add(new KnownVersion(
                new ComponentVersion(Component.KUBERNETES, List.of(k.major(), k.minor(), k.patch()), k.toString()), null, 0)));
        for (KnownVersion v : versions) {
            if (v.component() == Component.KUBERNETES) {
                continue;
            }
            List<KnownVersion> list = known.computeIfAbsent(v.component(), c -> new ArrayList<>());
            if (list.stream().noneMatch(k -> k.version().compareTo(v.version()) == 0)) {
                list.add(v);
            }
        }
    }

    /** The cluster's Kubernetes version (the case's, or the evidence's) and every other component version found. */
    public static ClusterVersions of(Optional<KubernetesRelease> kubernetes, List<KnownVersion> components) {
        return new ClusterVersions(kubernetes, components);
    }

    public static ClusterVersions kubernetes(Optional<KubernetesRelease> kubernetes) {
        return new ClusterVersions(kubernetes, List.of());
    }

    public Optional<KubernetesRelease> kubernetes() {
        return kubernetes;
    }

    /** The distinct versions known for a component, first seen first. */
    public List<KnownVersion> of(Component component) {
        return List.copyOf(known.getOrDefault(component, List.of()));
    }

    public boolean isEmpty() {
        return known.isEmpty();
    }

    @Override
    public String toString() {
        return known.toString();
    }
}
