package org.triagedesk.eligibility.boundary;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.triagedesk.eligibility.entity.PolicyCatalog;

/**
 * The catalog every check judges against, kept in memory: a triage reads no catalog row. {@link Catalogs} drops it
 * when one of its own changes commits, so the next check on this node sees the change at once; a copy older than
 * {@link #MAX_AGE_NANOS} is read again, so a change made on another node (or straight in the database) counts
 * within seconds.
 */
@ApplicationScoped
public class CatalogCache {

    static final long MAX_AGE_NANOS = 10_000_000_000L;

    private record Held(PolicyCatalog catalog, long readAt) {
    }

    private final AtomicReference<Held> held = new AtomicReference<>();

    PolicyCatalog get(Supplier<PolicyCatalog> read) {
        Held h = held.get();
        long now = System.nanoTime();
        if (h != null && now - h.readAt() < MAX_AGE_NANOS) {
            return h.catalog();
        }
        PolicyCatalog fresh = read.get();
        held.compareAndSet(h, new Held(fresh, now));
        return fresh;
    }

    void invalidate() {
        held.set(null);
    }
}
