package org.triagedesk.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.triagedesk.accounts.entity.Role;

/**
 * The public REST API at {@code /api/v1}. It also declares the application's data source: H2 under
 * {@code TRIAGE_DATA_DIR} by default, PostgreSQL when {@code TRIAGE_DB_URL} names one (see
 * {@link org.triagedesk.platform.TriageSettings}).
 */
@ApplicationPath("/api/v1")
@DeclareRoles({Role.ENGINEER_NAME, Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
@DataSourceDefinition(
        name = "java:app/jdbc/triage",
        className = "${MPCONFIG=triage.db.class}",
        url = "${MPCONFIG=triage.db.url}",
        user = "${MPCONFIG=triage.db.user}",
        password = "${MPCONFIG=triage.db.password}",
        minPoolSize = 2,
        maxPoolSize = 24,
        // A connection is checked (Connection.isValid) before use, at most once a second, and one that
        // failed takes the whole pool with it: after a database restart the app recovers by itself
        // instead of handing out dead connections (issue 8).
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=1",
            "fish.payara.fail-all-connections=true"})
public class TriageApi extends Application {
}
