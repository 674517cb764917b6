package org.triagedesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Liveness ({@code /health/live}): the application answers at all. Nothing outside this process counts here, so a
 * database or search server that is away makes the node not ready, never restarts it.
 */
@org.eclipse.microprofile.health.Liveness
@ApplicationScoped
public class Liveness implements HealthCheck {

    @Inject
    Cluster cluster;

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        return HealthCheckResponse.named("triage-desk").up()
                .withData("clustered", cluster.clustered())
                .withData("members", cluster.members())
                .withData("heapUsedMiB", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024))
                .build();
    }
}
