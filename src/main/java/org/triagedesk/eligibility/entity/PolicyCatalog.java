package org.triagedesk.eligibility.entity;

import java.util.Collection;
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
}
