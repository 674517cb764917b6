package org.triagedesk.eligibility.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.triagedesk.eligibility.control.CatalogImportPlan;
import org.triagedesk.eligibility.control.ReleaseCalendarReader;
import org.triagedesk.eligibility.entity.CatalogImport;
import org.triagedesk.eligibility.entity.HostPlatform;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.KubernetesVersion;
import org.triagedesk.eligibility.entity.PolicyCatalog;

/**
 * The Kubernetes versions and host platforms the policy judges against. KB maintainers change them;
 * every change is committed before the call returns, so the very next check sees it.
 * <p>
 * Over 150 lines: one boundary for both catalogs (versions and platforms) with their shared cache, its refresh after
 * commit and the import of pasted release calendars; each operation is a few lines, split by catalog they would
 * repeat the cache and transaction hook.
 */
@Stateless
public class Catalogs {

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CatalogCache cache;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The catalog as it stands, from memory (see {@link CatalogCache}). */
    public PolicyCatalog current() {
        return cache.get(this::read);
    }

    private PolicyCatalog read() {
        return PolicyCatalog.of(versions().stream().map(KubernetesVersion::lifecycle).toList(),
                platforms().stream().map(HostPlatform::lifecycle).toList());
    }

    /** Drops the cached catalog now and again once this transaction has ended, so no check reads the old one after. */
    private void changed() {
        cache.invalidate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                cache.invalidate();
            }
        });
    }

    /**
     * What importing a pasted release calendar or {@code az aksarc get-versions} output would change, without
     * changing anything. Throws {@link org.triagedesk.eligibility.entity.CatalogImportFormatException} for text
     * in no known format.
     */
    public CatalogImportPlan previewImport(String pasted) {
        return CatalogImportPlan.of(new ReleaseCalendarReader().read(pasted), read().versions().values().stream().toList(),
                LocalDate.now(clock));
    }

    /**
     * Applies every new and changed minor of a pasted source in one transaction (all or nothing), and records the
     * import with who and when. The plan is worked out again here, against the catalog as it is now.
     */
    public AppliedImport applyImport(String pasted, String by) {
        CatalogImportPlan plan = previewImport(pasted);
        changed();
        String stamp = "Imported " + LocalDate.now(clock) + " by " + by + " from " + plan.format().name().toLowerCase(Locale.ROOT)
                .replace('_', ' ');
        StringBuilder summary = new StringBuilder();
        for (CatalogImportPlan.Row row : plan.changes()) {
            String note = version(row.minor()).map(KubernetesVersion::note).filter(n -> n != null && !n.isBlank())
                    .map(n -> n + " | " + stamp).orElse(stamp);
            saveVersion(row.minor(), row.releaseDate(), row.removalDate(), note.length() > 500 ? note.substring(note.length() - 500) : note, by);
            summary.append(row.change()).append(' ').append(row.minor()).append(" release ").append(row.releaseDate())
                    .append(row.removalDate() == null ? "" : " removal " + row.removalDate()).append("; ");
        }
        CatalogImport record = new CatalogImport(plan.format().name(), clock.instant(), by, (int) plan.count(CatalogImportPlan.Change.NEW),
                (int) plan.count(CatalogImportPlan.Change.CHANGED), (int) plan.count(CatalogImportPlan.Change.UNCHANGED),
                summary.length() == 0 ? "no change" : summary.toString().strip(), pasted);
        em.persist(record);
        em.flush();
        return new AppliedImport(record.id(), plan);
    }

    /** An applied import: its record and the plan it carried out. */
    public record AppliedImport(Long id, CatalogImportPlan plan) {
    }

    /** The imports applied so far, newest first. */
    public List<CatalogImport> imports(int max) {
        return em.createNamedQuery("CatalogImport.newestFirst", CatalogImport.class).setMaxResults(max).getResultList();
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
        changed();
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
        changed();
        return Optional.ofNullable(em.find(KubernetesVersion.class, minor.toString())).map(v -> {
            em.remove(v);
            return true;
        }).orElse(false);
    }

    /** Creates or revises a platform; true when it was new. */
    public boolean savePlatform(String code, String name, LocalDate endOfSupport, String note, String by) {
        changed();
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
        changed();
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
