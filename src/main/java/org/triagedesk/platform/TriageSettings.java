package org.triagedesk.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derived defaults of the settings an operator gives through the environment: {@code TRIAGE_DATA_DIR}
 * decides where the H2 files and the Lucene indexes live, and the kind of {@code TRIAGE_DB_URL} decides
 * the JDBC data source class. Explicit values (system properties, environment variables such as
 * {@code TRIAGE_DB_URL}) rank above this source and win. The Lucene indexes live in {@code TRIAGE_DATA_DIR/index}
 * (persistence.xml).
 */
public class TriageSettings implements ConfigSource {

    static final int ORDINAL = 150;
    private static final String H2_CLASS = "org.h2.jdbcx.JdbcDataSource";
    private static final String POSTGRESQL_CLASS = "org.postgresql.ds.PGSimpleDataSource";

    public static Path dataDirectory() {
        return Path.of(explicit("triage.data.dir", "TRIAGE_DATA_DIR", "./data")).toAbsolutePath().normalize();
    }

    public static Path kbDirectory() {
        return Path.of(explicit("triage.kb.dir", "TRIAGE_KB_DIR", "./kb")).toAbsolutePath().normalize();
    }

    static String databaseUrl() {
        return explicit("triage.db.url", "TRIAGE_DB_URL",
                "jdbc:h2:file:" + dataDirectory().resolve("triage") + ";DB_CLOSE_DELAY=-1");
    }

    static boolean onPostgresql() {
        return databaseUrl().startsWith("jdbc:postgresql:");
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "triage.data.dir", dataDirectory().toString(),
                "triage.kb.dir", kbDirectory().toString(),
                "triage.db.url", databaseUrl(),
                "triage.db.class", onPostgresql() ? POSTGRESQL_CLASS : H2_CLASS,
                "triage.db.user", explicit("triage.db.user", "TRIAGE_DB_USER", onPostgresql() ? "postgres" : "sa"),
                "triage.db.password", explicit("triage.db.password", "TRIAGE_DB_PASSWORD", onPostgresql() ? "" : "sa"));
    }

    @Override
    public Set<String> getPropertyNames() {
        return getProperties().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    @Override
    public String getName() {
        return "triage-desk-defaults";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    private static String explicit(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
