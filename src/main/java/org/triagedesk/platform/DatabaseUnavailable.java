package org.triagedesk.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a failure of the database connection (the server restarting, the network gone, the pool
 * unable to open a connection) from a failure of the application: the first is answered 503 with
 * {@code Retry-After}, since the same request will work once the database is back; the second stays
 * a 500 incident.
 */
public final class DatabaseUnavailable {

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    /**
     * Whether the failure is the search index's (OpenSearch unreachable, with the Elasticsearch backend) rather than the
     * database's: a Hibernate Search failure wraps the connection error.
     */
    public static boolean searchIndex(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("org.hibernate.search.")) {
                return true;
            }
        }
        return false;
    }

    public static boolean is(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    // 08: connection exception; 57P0x: the server is shutting down or restarting (PostgreSQL)
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            String type = t.getClass().getName();
            if (type.equals("org.hibernate.exception.JDBCConnectionException")
                    || type.equals("com.sun.appserv.connectors.internal.api.PoolingException")
                    || type.equals("jakarta.resource.spi.ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }
}
