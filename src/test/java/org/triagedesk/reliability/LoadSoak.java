package org.triagedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.triagedesk.api.ApiClient;

/**
 * Ten minutes of mixed traffic at concurrency 8 (issue 8, {@code mvn verify -Preliability};
 * {@code -Dsoak.minutes=N} for another length): triage (half of the calls), case writes, area
 * corrections, known-issue edits and reads. No 5xx, every acknowledged case found afterwards, and
 * memory that levels off: RSS sampled every 15 s, the last third compared with the middle third.
 */
class LoadSoak {

    static final int CONCURRENCY = 8;
    static final String[] AREAS = {"NETWORKING", "CONTROL_PLANE", "LIFECYCLE", "AGENT_NODE", "ARC_INTEGRATION", "HOW_TO"};
    static final String[] TITLES = {"calico-node CrashLoopBackOff after upgrade", "Update-AksHci stops at 40% behind a proxy",
        "証明書の期限切れで kubectl が x509 エラー", "LoadBalancer service stays pending, no address pool", "Node NotReady, PLEG is not healthy",
        "Arc agents offline: failed to get token", "How do I enable the cluster autoscaler?", "coredns pods restart every few minutes"};

    @Test
    void tenMinutesOfMixedTrafficWithoutFailuresOrLostWrites() throws Exception {
        long minutes = Long.getLong("soak.minutes", 10);
        String db = System.getProperty("soak.db", "h2");
        Path data = Files.createTempDirectory("triage-soak-load-");
        AppProcess app = new AppProcess(data, db.equals("pg") ? Postgres.fresh("triage_soak_load") : List.of());
        Map<String, Map<Integer, AtomicInteger>> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        CopyOnWriteArrayList<String> serverErrors = new CopyOnWriteArrayList<>();
        List<long[]> memory = new ArrayList<>();
        AtomicInteger calls = new AtomicInteger();
        Instant began = null;
        try {
            app.start();
            ApiClient admin = new ApiClient(app.base(), "admin", AppProcess.ADMIN_PASSWORD);
            admin.post("api/v1/users", "{\"username\": \"load-engineer\", \"password\": \"load-engineer-pw\", \"roles\": [\"ENGINEER\"]}");
            admin.post("api/v1/users", "{\"username\": \"load-maintainer\", \"password\": \"load-maintainer-pw\", \"roles\": [\"KB_MAINTAINER\"]}");
            ApiClient anonymous = new ApiClient(app.base(), null, null);
            ApiClient engineer = anonymous.as("load-engineer", "load-engineer-pw");
            ApiClient maintainer = anonymous.as("load-maintainer", "load-maintainer-pw");
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
            began = Instant.now();
            ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
            for (int t = 0; t < CONCURRENCY; t++) {
                long seed = t;
                pool.submit(() -> {
                    Random random = new Random(seed);
                    while (System.nanoTime() < end) {
                        int dice = random.nextInt(100);
                        String title = TITLES[random.nextInt(TITLES.length)];
                        String kind;
                        ApiClient.Answer answer;
                        try {
                            if (dice < 50) {
                                kind = "triage";
                                answer = anonymous.post("api/v1/triage", "{\"title\": \"" + title + "\", \"cluster\": {\"kubernetesVersion\": \"1.29.4\","
                                        + " \"platform\": \"AZURE_STACK_HCI_22H2\", \"lastAzureConnection\": \"2025-10-20\"}, \"asOf\": \"2025-11-01\"}");
                            } else if (dice < 70) {
                                kind = "case write";
                                answer = engineer.post("api/v1/cases", "{\"title\": \"" + title + " #" + calls.get() + "\", \"severity\": \"C\"}");
                                if (answer.status() == 201) {
                                    acknowledged.add(answer.json().asJsonObject().getString("reference"));
                                }
                            } else if (dice < 80 && !acknowledged.isEmpty()) {
                                kind = "correction";
                                String reference = acknowledged.peek();
                                JsonObject c = engineer.get("api/v1/cases/" + reference).json().asJsonObject();
                                answer = engineer.put("api/v1/cases/" + reference + "/area", "{\"area\": \"" + AREAS[random.nextInt(AREAS.length)]
                                        + "\", \"reason\": \"load test correction\", \"version\": " + c.get("version") + "}");
                            } else if (dice < 90) {
                                kind = "known-issue edit";
                                answer = maintainer.post("api/v1/known-issues", "{\"title\": \"Load test issue " + seed + "-" + calls.get()
                                        + "\", \"symptoms\": \"" + title + "\", \"workaround\": \"restart the agent\", \"coverageArea\": \""
                                        + AREAS[random.nextInt(AREAS.length)] + "\", \"status\": \"OPEN\", \"language\": \"en\"}");
                            } else {
                                kind = "read";
                                answer = random.nextBoolean() ? engineer.get("api/v1/cases?q=" + title.split(" ")[0])
                                        : engineer.get("api/v1/known-issues?q=" + title.split(" ")[0]);
                            }
                        } catch (RuntimeException e) {
                            serverErrors.add("transport: " + e);
                            continue;
                        }
                        calls.incrementAndGet();
                        statuses.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()).computeIfAbsent(answer.status(), s -> new AtomicInteger())
                                .incrementAndGet();
                        if (answer.status() >= 500) {
                            serverErrors.add(kind + " " + answer.status() + " " + answer.body());
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            while (!pool.awaitTermination(15, TimeUnit.SECONDS)) {
                memory.add(new long[] {Duration.between(began, Instant.now()).toSeconds(), app.rssMiB()});
            }
            List<String> lost = new ArrayList<>();
            for (String reference : acknowledged) {
                if (engineer.get("api/v1/cases/" + reference).status() != 200) {
                    lost.add(reference);
                }
            }
            String report = report(db, minutes, calls.get(), statuses, acknowledged.size(), lost, memory);
            FaultsSoak.write("load-" + db + ".md", report);
            assertEquals(List.of(), serverErrors.stream().limit(20).toList(), "no 5xx and no broken connection");
            assertEquals(List.of(), lost, "every acknowledged case is there");
            if (memory.size() >= 6) {
                int third = memory.size() / 3;
                long middle = memory.subList(third, 2 * third).stream().mapToLong(m -> m[1]).max().orElse(0);
                long last = memory.subList(2 * third, memory.size()).stream().mapToLong(m -> m[1]).max().orElse(0);
                assertTrue(last <= middle * 1.15 + 32, "memory levels off: RSS max " + middle + " MiB in the middle third, " + last + " in the last");
            }
        } finally {
            app.stop();
        }
    }

    private static String report(String db, long minutes, int calls, Map<String, Map<Integer, AtomicInteger>> statuses, int acknowledged,
            List<String> lost, List<long[]> memory) {
        StringBuilder out = new StringBuilder("### " + minutes + " minutes of mixed traffic at concurrency " + CONCURRENCY + ", " + db + ", "
                + Instant.now() + "\n\n| calls | " + calls + " (" + Math.round(calls / (minutes * 60.0)) + "/s) |\n|---|---|\n");
        new TreeMap<>(statuses).forEach((kind, byStatus) -> out.append("| ").append(kind).append(" | ").append(new TreeMap<>(byStatus)).append(" |\n"));
        out.append("| cases acknowledged / found afterwards | ").append(acknowledged).append(" / ").append(acknowledged - lost.size()).append(" |\n");
        out.append("| RSS (MiB) every 15 s | ");
        memory.forEach(m -> out.append(m[1]).append(' '));
        out.append("|\n");
        return out.toString();
    }
}
