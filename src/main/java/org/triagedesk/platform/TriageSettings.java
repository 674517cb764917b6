package org.triagedesk.platform;

import java.nio.file.Path;
import java.util.Locale;
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

    /**
     * H2 by default under the data folder. {@code WRITE_DELAY=0}: a commit reaches the file before the
     * answer goes out; H2's default keeps commits in memory for up to a second, which a killed process
     * would lose although the client was told 201 (issue 8's kill test).
     */
    static String databaseUrl() {
        return explicit("triage.db.url", "TRIAGE_DB_URL",
                "jdbc:h2:file:" + dataDirectory().resolve("triage") + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0");
    }

    static boolean onPostgresql() {
        return databaseUrl().startsWith("jdbc:postgresql:");
    }

    /** {@code lucene} (the default: one node, indexes in the data folder) or {@code elasticsearch} (OpenSearch, several nodes). */
    public static String searchBackend() {
        String backend = explicit("triage.search.backend", "TRIAGE_SEARCH_BACKEND", "lucene").strip().toLowerCase(Locale.ROOT);
        if (!backend.equals("lucene") && !backend.equals("elasticsearch")) {
            throw new IllegalStateException("triage.search.backend (TRIAGE_SEARCH_BACKEND) must be lucene or elasticsearch, not '" + backend + "'");
        }
        return backend;
    }

    /** Whether the indexes live in OpenSearch (the Elasticsearch backend, with outbox polling) rather than in Lucene files. */
    public static boolean searchOnElasticsearch() {
        return searchBackend().equals("elasticsearch");
    }

    @Override
    public Map<String, String> getProperties() {
        return basics();
    }

    /** The OpenSearch nodes (host:port, comma-separated) of the Elasticsearch backend. */
    public static String searchHosts() {
        return explicit("triage.search.hosts", "TRIAGE_SEARCH_HOSTS", "127.0.0.1:9200");
    }

    private static Map<String, String> basics() {
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

    /** A yes/no setting: true only when set to {@code true} (system property first, then the environment). */
    public static boolean flag(String property, String environment) {
        return Boolean.parseBoolean(explicit(property, environment, "false").strip());
    }

    /** A whole-number setting; a value that is not a number is an operator's mistake and stops the start. */
    public static int integer(String property, String environment, int fallback) {
        String value = explicit(property, environment, String.valueOf(fallback)).strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(property + " (" + environment + ") must be a whole number, not '" + value + "'", e);
        }
    }

    /**
     * Up to how many hits a list search counts exactly ({@code triage.search.exact-count-up-to}, default 10,000, as
     * Elasticsearch's {@code track_total_hits}). Past it the search stops counting, which lets Lucene skip the matches
     * that cannot reach the page, and the total it gives is a lower bound ({@code X-Total-Count-Exact: false}).
     */
    public static int exactCountUpTo() {
        return Math.max(1, integer("triage.search.exact-count-up-to", "TRIAGE_SEARCH_EXACT_COUNT_UP_TO", 10_000));
    }

    /** A setting without a default: the system property, else the environment variable, else null. */
    static String explicitOrNull(String property, String environment) {
        String value = explicit(property, environment, "");
        return value.isBlank() ? null : value;
    }

    /** The JDBC URL of the database this node uses (H2 under the data folder unless {@code TRIAGE_DB_URL} says otherwise). */
    public static String databaseUrlInUse() {
        return databaseUrl();
    }

    private static String explicit(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
