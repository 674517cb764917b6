package org.triagedesk.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness ({@code /health/ready}): the database answers within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";

    @Resource(lookup = "java:app/jdbc/triage")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        String kind = TriageSettings.onPostgresql() ? "PostgreSQL" : "H2";
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named(NAME).status(valid).withData("database", kind).build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("database", kind).withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
