package org.triagedesk.eligibility.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.triagedesk.eligibility.entity.HostPlatform;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.KubernetesVersion;
import org.triagedesk.eligibility.entity.PolicyCatalog;

/**
 * The Kubernetes versions and host platforms the policy judges against. KB maintainers change them;
 * every change is committed before the call returns, so the very next check sees it.
 */
@Stateless
public class Catalogs {

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    Clock clock;

    public PolicyCatalog current() {
        return PolicyCatalog.of(versions().stream().map(KubernetesVersion::lifecycle).toList(),
                platforms().stream().map(HostPlatform::lifecycle).toList());
    }

    public List<KubernetesVersion> versions() {
        return em.createNamedQuery("KubernetesVersion.all", KubernetesVersion.class).getResultList().stream()
                .sorted(Comparator.comparing((KubernetesVersion v) -> KubernetesMinor.of(v.minor())))
                .toList();
    }

    public List<HostPlatform> platforms() {
        return em.createNamedQuery("HostPlatform.all", HostPlatform.class).getResultList().stream()
                .sorted(Comparator.comparing(p -> p.lifecycle().code()))
                .toList();
    }

    /** Creates or revises a minor; true when it was new. */
    public boolean saveVersion(KubernetesMinor minor, LocalDate releaseDate, LocalDate removalDate, String note, String by) {
        KubernetesVersion version = em.find(KubernetesVersion.class, minor.toString());
        boolean created = version == null;
        if (created) {
            version = new KubernetesVersion(minor);
        }
        version.revise(releaseDate, removalDate, note, by, clock.instant());
        if (created) {
            em.persist(version);
        }
        return created;
    }

    public boolean deleteVersion(KubernetesMinor minor) {
        return Optional.ofNullable(em.find(KubernetesVersion.class, minor.toString())).map(v -> {
            em.remove(v);
            return true;
        }).orElse(false);
    }

    /** Creates or revises a platform; true when it was new. */
    public boolean savePlatform(String code, String name, LocalDate endOfSupport, String note, String by) {
        HostPlatform platform = em.find(HostPlatform.class, code);
        boolean created = platform == null;
        if (created) {
            platform = new HostPlatform(code);
        }
        platform.revise(name, endOfSupport, note, by, clock.instant());
        if (created) {
            em.persist(platform);
        }
        return created;
    }

    public boolean deletePlatform(String code) {
        return Optional.ofNullable(em.find(HostPlatform.class, code)).map(p -> {
            em.remove(p);
            return true;
        }).orElse(false);
    }

    public Optional<KubernetesVersion> version(KubernetesMinor minor) {
        return Optional.ofNullable(em.find(KubernetesVersion.class, minor.toString()));
    }

    public Optional<HostPlatform> platform(String code) {
        return Optional.ofNullable(em.find(HostPlatform.class, code));
    }
}
