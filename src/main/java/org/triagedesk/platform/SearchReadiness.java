package org.triagedesk.platform;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness ({@code /health/ready}): every search index answers a query (not while it is being rebuilt). */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    static final String NAME = "search-index";

    @Inject
    SearchIndexes indexes;

    @Override
    public HealthCheckResponse call() {
        try {
            Map<String, Long> documents = indexes.indexedDocuments();
            HealthCheckResponseBuilder up = HealthCheckResponse.named(NAME).up();
            documents.forEach(up::withData);
            return up.build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
