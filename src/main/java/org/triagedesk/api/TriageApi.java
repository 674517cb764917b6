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
        maxPoolSize = 24)
public class TriageApi extends Application {
}
