package org.triagedesk.platform;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else runs. {@code triage.db.clean-on-start}
 * empties the database first: only the integration tests set it, never an operator.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/triage")
    DataSource dataSource;

    @ConfigProperty(name = "triage.db.clean-on-start", defaultValue = "false")
    @Inject
    boolean cleanOnStart;

    @Inject
    Cluster cluster;

    /**
     * First of all, a clustered configuration this product cannot run (H2, a missing cluster setting, the uber jar
     * that cannot cluster) stops the start here, with the reason in the log.
     */
    @PostConstruct
    void migrate() {
        try {
            ClusterSettings.requireSupported(ClusterSettings.configured(), TriageSettings.databaseUrlInUse());
            LOG.info(cluster.clustered() ? "clustering is on: " + cluster.members() + " member(s) in the data grid"
                    : "clustering is off: this node is on its own (set TRIAGE_CLUSTER_NAME to run several)");
        } catch (RuntimeException e) {
            LOG.severe("Triage Desk refuses to start: " + rootMessage(e));
            // Payara Micro would stay up without the application (its readiness says DOWN): a node that is set up
            // wrongly stops instead, with exit code 2, for its supervisor to report
            Thread exit = new Thread(() -> System.exit(2), "triage-refuses-to-start");
            exit.setDaemon(true);
            exit.start();
            throw e;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .cleanDisabled(!cleanOnStart)
                .load();
        if (cleanOnStart) {
            LOG.warning("triage.db.clean-on-start is set: emptying the database");
            flyway.clean();
        }
        MigrateResult result = flyway.migrate();
        // targetSchemaVersion is null when nothing was applied now (another node, or an earlier start, did it)
        var current = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + current + " (" + result.migrationsExecuted
                + " migrations applied now, " + result.database + ")");
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof IllegalStateException)) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
