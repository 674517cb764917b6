package org.triagedesk.eligibility.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogs the rules judge against: Kubernetes minors and host platforms, as maintained by KB maintainers. */
public record PolicyCatalog(Map<KubernetesMinor, VersionLifecycle> versions, Map<String, PlatformLifecycle> platforms) {

    public static PolicyCatalog of(Collection<VersionLifecycle> versions, Collection<PlatformLifecycle> platforms) {
        return new PolicyCatalog(
                versions.stream().collect(Collectors.toUnmodifiableMap(VersionLifecycle::minor, Function.identity())),
                platforms.stream().collect(Collectors.toUnmodifiableMap(PlatformLifecycle::code, Function.identity())));
    }

    public Optional<VersionLifecycle> version(KubernetesMinor minor) {
        return Optional.ofNullable(versions.get(minor));
    }

    public Optional<PlatformLifecycle> platform(String code) {
        return Optional.ofNullable(platforms.get(code));
    }

    /** The minors inside their one-year support window on {@code asOf}, newest first. */
    public List<KubernetesMinor> supportedOn(LocalDate asOf) {
        return versions.values().stream().filter(v -> v.inWindowOn(asOf)).map(VersionLifecycle::minor)
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** The newest minor the catalog knows, released or not. */
    public Optional<VersionLifecycle> newest() {
        return versions.values().stream().max(Comparator.comparing(VersionLifecycle::minor));
    }

    /** The newest minor released by {@code asOf}. */
    public Optional<VersionLifecycle> newestReleasedBy(LocalDate asOf) {
        return versions.values().stream().filter(v -> v.releasedBy(asOf)).max(Comparator.comparing(VersionLifecycle::minor));
    }

    /**
     * The catalog is out of date on {@code asOf} when it holds minors released by then and yet none is inside its
     * support window: the policy always has supported minors (the latest GA minor and the two before it), so the
     * newer releases are missing, and its verdicts on current clusters cannot be trusted. A day before the first
     * release is a question about the past, not a stale catalog.
     */
    public boolean staleOn(LocalDate asOf) {
        return newestReleasedBy(asOf).isPresent() && supportedOn(asOf).isEmpty();
    }
}
