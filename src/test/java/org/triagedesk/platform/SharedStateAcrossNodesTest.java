package org.triagedesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.triagedesk.accounts.control.LoginThrottle;
import org.triagedesk.accounts.control.VerifiedCredentials;

/**
 * The state of {@link Cluster} on two real Hazelcast members (the version Payara Micro ships, joined over TCP/IP on
 * loopback as cluster-node.sh joins them): what one node counts, the other sees.
 */
class SharedStateAcrossNodesTest {

    static HazelcastInstance a;
    static HazelcastInstance b;

    @BeforeAll
    static void twoMembers() {
        String name = "shared-state-test-" + ProcessHandle.current().pid();
        a = Hazelcast.newHazelcastInstance(member(name, 5901));
        b = Hazelcast.newHazelcastInstance(member(name, 5902));
        assertEquals(2, a.getCluster().getMembers().size(), "the two members joined");
    }

    static Config member(String clusterName, int port) {
        Config config = new Config().setClusterName(clusterName).setInstanceName(clusterName + "-" + port);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(List.of("127.0.0.1:5901", "127.0.0.1:5902"));
        return config;
    }

    @AfterAll
    static void stop() {
        b.shutdown();
        a.shutdown();
    }

    @Test
    void callsSpreadOverTwoNodesMeetTheLimitAtTheSameTotalAsOnOne() throws Exception {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        RateLimiter onA = new RateLimiter(60, 20, now::get, new HazelcastEntries<>(a.getMap("rate")));
        RateLimiter onB = new RateLimiter(60, 20, now::get, new HazelcastEntries<>(b.getMap("rate")));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                RateLimiter node = i % 2 == 0 ? onA : onB;
                calls.add(pool.submit(() -> node.acquire("198.51.100.7").isEmpty()));
            }
            int passed = 0;
            for (Future<Boolean> call : calls) {
                passed += call.get() ? 1 : 0;
            }
            assertEquals(20, passed, "40 concurrent calls over two nodes, a burst of 20: exactly 20 pass");
        } finally {
            pool.shutdownNow();
        }
        assertTrue(onA.acquire("198.51.100.8").isEmpty(), "another client has its own bucket");
    }

    @Test
    void failedSignInsOnOneNodeMakeTheOtherWait() {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        LoginThrottle onA = new LoginThrottle(new HazelcastEntries<>(a.getMap("sign-in")));
        LoginThrottle onB = new LoginThrottle(new HazelcastEntries<>(b.getMap("sign-in")));
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
            (i % 2 == 0 ? onA : onB).failed("alice", "203.0.113.5", now);
        }
        assertEquals(Optional.of(Duration.ofSeconds(1)), onB.waitFor("alice", "203.0.113.5", now), "six failures over two nodes count as six");
        onA.succeeded("alice", "203.0.113.5");
        assertEquals(Optional.empty(), onB.waitFor("alice", "203.0.113.5", now));
    }

    @Test
    void aPasswordChangedOnOneNodeIsForgottenOnTheOtherAtOnce() {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        VerifiedCredentials onA = new VerifiedCredentials(Duration.ofSeconds(60), new HazelcastEntries<>(a.getMap("versions")));
        VerifiedCredentials onB = new VerifiedCredentials(Duration.ofSeconds(60), new HazelcastEntries<>(b.getMap("versions")));
        onB.remember("eng", "old password", Set.of("ENGINEER"), now);
        assertEquals(Optional.of(Set.of("ENGINEER")), onB.roles("eng", "old password", now));
        onA.forget("eng");
        assertEquals(Optional.empty(), onB.roles("eng", "old password", now.plusMillis(1)), "node B no longer takes the old password");
        onB.remember("eng", "new password", Set.of("ENGINEER"), now);
        assertEquals(Optional.of(Set.of("ENGINEER")), onB.roles("eng", "new password", now), "the new one is remembered again");
    }

    @Test
    void aVerificationOverlappingAChangeIsNotRemembered() {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        VerifiedCredentials onA = new VerifiedCredentials(Duration.ofSeconds(60), new HazelcastEntries<>(a.getMap("versions-2")));
        VerifiedCredentials onB = new VerifiedCredentials(Duration.ofSeconds(60), new HazelcastEntries<>(b.getMap("versions-2")));
        long before = onB.version("ops");
        onA.forget("ops"); // the password changes on A while B is still checking the old one against the old row
        onB.remember("ops", "old password", Set.of("ADMIN"), now, before);
        assertEquals(Optional.empty(), onB.roles("ops", "old password", now));
    }
}
