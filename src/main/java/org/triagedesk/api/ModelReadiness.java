package org.triagedesk.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.triagedesk.classification.boundary.AreaModels;

/**
 * Readiness ({@code /health/ready}): the coverage-area model is loaded or trained, so a triage answers with an area.
 * Each node builds it from the shared database (the same data gives the same model), so a new node is ready only
 * once it has.
 */
@Readiness
@ApplicationScoped
public class ModelReadiness implements HealthCheck {

    static final String NAME = "area-model";

    @Inject
    AreaModels models;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(models.ready()).build();
    }
}
