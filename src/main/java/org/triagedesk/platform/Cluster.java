package org.triagedesk.platform;

import java.io.Serializable;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;

/**
 * The other nodes, when there are any: with clustering on ({@link ClusterSettings}) the state that must be one for
 * all nodes (rate-limit buckets, sign-in back-off, the credential cache's account versions) lives in Payara Micro's
 * own Hazelcast ({@code payara/Hazelcast} in JNDI); with it off, in this JVM, as before. Nothing else in the
 * product touches Hazelcast.
 */
@ApplicationScoped
public class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());
    static final String HAZELCAST_JNDI = "payara/Hazelcast";

    private Optional<ClusterSettings> settings = Optional.empty();
    private HazelcastInstance hazelcast;

    @PostConstruct
    void join() {
        settings = ClusterSettings.configured();
        if (settings.isEmpty()) {
            return;
        }
        ClusterSettings cluster = settings.get();
        ClusterSettings.requireSupported(settings, TriageSettings.databaseUrlInUse());
        try {
            hazelcast = (HazelcastInstance) new InitialContext().lookup(HAZELCAST_JNDI);
        } catch (NamingException | RuntimeException e) {
            throw new IllegalStateException(notClustering(cluster), e);
        }
        if (hazelcast == null || !hazelcast.getLifecycleService().isRunning()) {
            throw new IllegalStateException(notClustering(cluster));
        }
        String actual = hazelcast.getConfig().getClusterName();
        if (!cluster.hazelcastClusterName().equals(actual)) {
            throw new IllegalStateException("clustering is on (" + ClusterSettings.NAME + "=" + cluster.name()
                    + ") but Payara Micro's data grid is the cluster '" + actual + "', not the one the name and "
                    + ClusterSettings.SECRET + " give: start the node with src/main/scripts/cluster-node.sh");
        }
        LOG.info(() -> "clustered as " + cluster + ": " + hazelcast.getCluster().getMembers().size() + " member(s) now");
    }

    public boolean clustered() {
        return hazelcast != null;
    }

    /** The members of the data grid (1 when not clustered). */
    public int members() {
        return hazelcast == null ? 1 : hazelcast.getCluster().getMembers().size();
    }

    /**
     * The entries called {@code name}: shared by every node when clustered (dropped after {@code maxIdleSeconds}
     * untouched), else this JVM's, emptied past {@code localMaxEntries}.
     */
    public <V extends Serializable> SharedEntries<V> entries(String name, int maxIdleSeconds, int localMaxEntries) {
        if (hazelcast == null) {
            return new LocalEntries<>(localMaxEntries);
        }
        hazelcast.getConfig().addMapConfig(new MapConfig(name).setMaxIdleSeconds(maxIdleSeconds).setBackupCount(1));
        return new HazelcastEntries<>(hazelcast.getMap(name));
    }

    /**
     * Nanoseconds on a clock every node agrees on, for durations measured across nodes (a rate-limit bucket refilled
     * on node B after node A took from it): Hazelcast's cluster time when clustered, else {@code System.nanoTime}.
     */
    public LongSupplier nanoClock() {
        if (hazelcast == null) {
            return System::nanoTime;
        }
        var grid = hazelcast.getCluster();
        return () -> grid.getClusterTime() * 1_000_000L;
    }

    private static String notClustering(ClusterSettings cluster) {
        return "clustering is on (" + ClusterSettings.NAME + "=" + cluster.name() + ") but this Payara Micro runs without its data grid"
                + " (target/triage-desk.jar is built with --nocluster and stays single-node): start the node with"
                + " src/main/scripts/cluster-node.sh, which runs the WAR on payara-micro.jar with the cluster settings";
    }
}
