package org.triagedesk.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Whether this node is one of several, and how they find each other. Clustering is off unless an operator
 * names a cluster: {@code TRIAGE_CLUSTER_NAME} turns it on, and then {@code TRIAGE_CLUSTER_SECRET},
 * {@code TRIAGE_CLUSTER_MEMBERS} (the TCP/IP member list, {@code host:port,host:port}) and
 * {@code TRIAGE_CLUSTER_INTERFACE} (the one address the cluster port is bound to) are required too, and the
 * database must be PostgreSQL: H2 is one process's file. {@code src/main/scripts/cluster-node.sh} starts Payara
 * Micro with these settings; the product checks them again at start ({@link #requireSupported}) and refuses a
 * configuration it cannot run correctly.
 */
public record ClusterSettings(String name, String secret, List<String> members, String bindInterface) {

    public static final String NAME = "TRIAGE_CLUSTER_NAME";
    public static final String SECRET = "TRIAGE_CLUSTER_SECRET";
    public static final String MEMBERS = "TRIAGE_CLUSTER_MEMBERS";
    public static final String INTERFACE = "TRIAGE_CLUSTER_INTERFACE";
    /** Shorter secrets are refused: the secret is what keeps a stray Payara Micro with the same name out. */
    static final int MIN_SECRET_LENGTH = 16;

    public ClusterSettings {
        members = List.copyOf(members);
    }

    /** The settings of this process (system properties {@code triage.cluster.*} first, then the environment); empty when off. */
    public static Optional<ClusterSettings> configured() {
        return from(key -> TriageSettings.explicitOrNull("triage.cluster." + key, "TRIAGE_CLUSTER_" + key.toUpperCase()));
    }

    /** True when an operator named a cluster. */
    public static boolean clustered() {
        return configured().isPresent();
    }

    /**
     * Reads the settings through {@code setting} (keys {@code name}, {@code secret}, {@code members},
     * {@code interface}); empty when no cluster is named. Every missing or malformed setting is named in one message.
     */
    static Optional<ClusterSettings> from(UnaryOperator<String> setting) {
        String name = blankToNull(setting.apply("name"));
        if (name == null) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        String secret = blankToNull(setting.apply("secret"));
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            problems.add(SECRET + " must be set to a shared secret of at least " + MIN_SECRET_LENGTH + " characters, the same on every node");
        }
        List<String> members = new ArrayList<>();
        String memberList = blankToNull(setting.apply("members"));
        if (memberList == null) {
            problems.add(MEMBERS + " must list the members as host:port,host:port (TCP/IP discovery; multicast is never used)");
        } else {
            for (String member : memberList.split(",")) {
                String m = member.strip();
                if (!m.matches("[A-Za-z0-9.\\-\\[\\]:]+:\\d{1,5}")) {
                    problems.add(MEMBERS + ": '" + m + "' is not host:port");
                } else {
                    members.add(m);
                }
            }
        }
        String bindInterface = blankToNull(setting.apply("interface"));
        if (bindInterface == null) {
            problems.add(INTERFACE + " must name the address the cluster port listens on (never all interfaces)");
        } else if (bindInterface.equals("0.0.0.0") || bindInterface.equals("*") || bindInterface.equals("::")) {
            problems.add(INTERFACE + " must be one address, not '" + bindInterface + "' (all interfaces)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("clustering is on (" + NAME + "=" + name + ") but: " + String.join("; ", problems));
        }
        return Optional.of(new ClusterSettings(name, secret, members, bindInterface));
    }

    /**
     * Stops the start of a clustered node that cannot work: on H2 each node would have a database of its own.
     * Not clustered, anything goes (the embedded default).
     */
    public static void requireSupported(Optional<ClusterSettings> cluster, String databaseUrl) {
        requireSupported(cluster, databaseUrl, TriageSettings.searchBackend());
    }

    /**
     * As {@link #requireSupported(Optional, String)}, and the search indexes must be shared too: with the Lucene
     * backend each node would search only what it wrote itself.
     */
    public static void requireSupported(Optional<ClusterSettings> cluster, String databaseUrl, String searchBackend) {
        if (cluster.isPresent() && !databaseUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("clustering is on (" + NAME + "=" + cluster.get().name() + ") but the database is "
                    + (databaseUrl.startsWith("jdbc:h2:") ? "H2" : "'" + databaseUrl + "'")
                    + ": H2 is single-node only. Set TRIAGE_DB_URL to a jdbc:postgresql:// URL shared by every node, or unset "
                    + NAME + " to run one node on H2");
        }
        if (cluster.isPresent() && !"elasticsearch".equals(searchBackend)) {
            throw new IllegalStateException("clustering is on (" + NAME + "=" + cluster.get().name() + ") but the search indexes are "
                    + searchBackend + " files of this node alone. Set TRIAGE_SEARCH_BACKEND=elasticsearch and TRIAGE_SEARCH_HOSTS to the"
                    + " OpenSearch every node shares, or unset " + NAME + " to run one node");
        }
    }

    /**
     * The name the nodes' Hazelcast cluster actually carries: the operator's name and the first 16 hex digits of
     * SHA-256 over the secret, a newline and the name. A Payara Micro without the secret cannot guess it, so it
     * cannot join by accident or by trying the name. {@code cluster-node.sh} computes the same with {@code sha256sum}.
     */
    public String hazelcastClusterName() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((secret + "\n" + name).getBytes(StandardCharsets.UTF_8));
            return name + "-" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The secret is never printed. */
    @Override
    public String toString() {
        return "ClusterSettings[name=" + name + ", members=" + members + ", interface=" + bindInterface + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
