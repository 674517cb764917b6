package org.triagedesk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.triagedesk.eligibility.boundary.Catalogs;
import org.triagedesk.eligibility.entity.PolicyCatalog;
import org.triagedesk.eligibility.entity.VersionLifecycle;

/**
 * Whether the Kubernetes versions catalog is out of date today (no minor inside its support window), for the
 * banner the catalogs page and the dashboard show until a maintainer adds the newer releases.
 */
@Named
@RequestScoped
public class CatalogHealth {

    @Inject
    Catalogs catalogs;

    @Inject
    Clock clock;

    private LocalDate today;
    private boolean stale;
    private Optional<VersionLifecycle> newest;

    @PostConstruct
    void read() {
        today = LocalDate.now(clock);
        PolicyCatalog catalog = catalogs.current();
        stale = catalog.staleOn(today);
        newest = catalog.newestReleasedBy(today);
    }

    public boolean isStale() {
        return stale;
    }

    public LocalDate getToday() {
        return today;
    }

    public String getNewestMinor() {
        return newest.map(v -> v.minor().toString()).orElse("");
    }

    public LocalDate getNewestSupportEnds() {
        return newest.map(VersionLifecycle::endOfWindow).orElse(null);
    }
}
