package org.triagedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.triagedesk.api.ApiClient;

/**
 * Faults (issue 8, {@code mvn verify -Preliability}): the app killed with SIGKILL in the middle of a
 * stream of case writes and evidence uploads, three times, and started again: every write that was
 * acknowledged (201) is there exactly once, and the search index finds it. And PostgreSQL restarted
 * under the app: requests fail with 503 while it is away and succeed again without restarting the
 * app. Figures go to {@code target/reliability/}.
 */
class FaultsSoak {

    static final int WRITERS = 4;
    static final int ROUNDS = 3;
    static final long WRITE_SECONDS = Long.getLong("soak.write.seconds", 20);

    record Ack(String reference, String marker) {
    }

    @Test
    void sigkillDuringWritesLosesNoAcknowledgedWrite() throws Exception {
        String db = System.getProperty("soak.db", "h2");
        List<String> database = db.equals("pg") ? Postgres.fresh("triage_soak") : List.of();
        Path data = Files.createTempDirectory("triage-soak-kill-");
        AppProcess app = new AppProcess(data, database);
        ConcurrentLinkedQueue<Ack> cases = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> uploads = new ConcurrentHashMap<>();
        AtomicInteger failedInFlight = new AtomicInteger();
        StringBuilder report = new StringBuilder("| round | cases acknowledged (total) | uploads acknowledged (total) | requests cut off by the kill | restart (ms) | index rebuilt at start-up |\n|---|---|---|---|---|---|\n");
        try {
            app.start();
            ApiClient admin = new ApiClient(app.base(), "admin", AppProcess.ADMIN_PASSWORD);
            admin.post("api/v1/users", "{\"username\": \"soak-engineer\", \"password\": \"soak-engineer-pw\", \"roles\": [\"ENGINEER\"]}");
            for (int round = 1; round <= ROUNDS; round++) {
                ApiClient engineer = new ApiClient(app.base(), "soak-engineer", "soak-engineer-pw");
                AtomicBoolean running = new AtomicBoolean(true);
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                for (int w = 0; w < WRITERS; w++) {
                    writers.submit(() -> {
                        while (running.get()) {
                            try {
                                String marker = "soakmark" + UUID.randomUUID().toString().replace("-", "");
                                ApiClient.Answer filed = engineer.post("api/v1/cases", "{\"title\": \"Node NotReady " + marker
                                        + "\", \"description\": \"kubelet stopped posting status after patching\", \"severity\": \"B\"}");
                                if (filed.status() != 201) {
                                    continue;
                                }
                                String reference = filed.json().asJsonObject().getString("reference");
                                cases.add(new Ack(reference, marker));
                                ApiClient.Answer upload = upload(engineer, reference, "kubelet-" + marker + ".log",
                                        ("E1103 kubelet.go:2211] PLEG is not healthy " + marker + "\nServer Version: v1.29.4\n").getBytes(StandardCharsets.UTF_8));
                                if (upload.status() == 201 || upload.status() == 200) {
                                    uploads.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
                                }
                            } catch (RuntimeException e) {
                                failedInFlight.incrementAndGet();
                            }
                        }
                        return null;
                    });
                }
                int casesBefore = cases.size();
                int uploadsBefore = uploads.values().stream().mapToInt(AtomicInteger::get).sum();
                Thread.sleep(TimeUnit.SECONDS.toMillis(WRITE_SECONDS));
                app.kill();
                running.set(false);
                writers.shutdown();
                writers.awaitTermination(1, TimeUnit.MINUTES);
                long restart = app.start();
                boolean rebuilt = app.log().split("rebuilding them", -1).length - 1 >= round;
                int uploadsNow = uploads.values().stream().mapToInt(AtomicInteger::get).sum();
                report.append(String.format("| %d | %d (%d) | %d (%d) | %d | %d | %s |%n", round, cases.size() - casesBefore, cases.size(),
                        uploadsNow - uploadsBefore, uploadsNow, failedInFlight.get(), restart, rebuilt ? "yes" : "no (counts agreed)"));
                verify(new ApiClient(app.base(), "soak-engineer", "soak-engineer-pw"), cases, uploads);
            }
        } finally {
            app.stop();
            write("kill-" + db + ".md", "### SIGKILL during writes, " + db + ", " + Instant.now() + "\n\n" + report
                    + "\nEvery acknowledged case was found once by reference and once by a search for its marker; every acknowledged upload was on its case.\n");
        }
        assertTrue(cases.size() > 50, "the writers made progress: " + cases.size());
    }

    /** Each acknowledged case is there once, found by the search index, with every acknowledged upload. */
    private static void verify(ApiClient engineer, ConcurrentLinkedQueue<Ack> cases, Map<String, AtomicInteger> uploads) {
        List<String> wrong = new ArrayList<>();
        for (Ack ack : cases) {
            ApiClient.Answer one = engineer.get("api/v1/cases/" + ack.reference());
            if (one.status() != 200) {
                wrong.add(ack.reference() + " answers " + one.status());
                continue;
            }
            JsonObject c = one.json().asJsonObject();
            if (!c.getString("title").contains(ack.marker())) {
                wrong.add(ack.reference() + " has another title: " + c.getString("title"));
            }
            int expected = uploads.getOrDefault(ack.reference(), new AtomicInteger()).get();
            int stored = c.containsKey("evidence") ? c.getJsonArray("evidence").size() : 0;
            if (stored < expected) {
                wrong.add(ack.reference() + " has " + stored + " evidence files, " + expected + " were acknowledged");
            }
            ApiClient.Answer found = engineer.get("api/v1/cases?q=" + ack.marker());
            String total = found.raw().headers().firstValue("X-Total-Count").orElse("?");
            if (!"1".equals(total)) {
                wrong.add(ack.reference() + " found " + total + " times by its marker");
            }
        }
        assertEquals(List.of(), wrong, "of " + cases.size() + " acknowledged cases");
    }

    @Test
    void postgresRestartAnswers503AndRecoversWithoutRestartingTheApp() throws Exception {
        Assumptions.assumeTrue(Postgres.available(), "PostgreSQL on 127.0.0.1:5432");
        Path data = Files.createTempDirectory("triage-soak-pg-");
        AppProcess app = new AppProcess(data, Postgres.fresh("triage_soak_restart"));
        Map<Integer, AtomicInteger> during = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> after = new ConcurrentHashMap<>();
        long recoveredMillis = -1;
        try {
            app.start();
            ApiClient admin = new ApiClient(app.base(), "admin", AppProcess.ADMIN_PASSWORD);
            admin.post("api/v1/users", "{\"username\": \"soak-engineer\", \"password\": \"soak-engineer-pw\", \"roles\": [\"ENGINEER\"]}");
            ApiClient engineer = new ApiClient(app.base(), "soak-engineer", "soak-engineer-pw");
            ApiClient anonymous = new ApiClient(app.base(), null, null);
            assertEquals(201, engineer.post("api/v1/cases", "{\"title\": \"before the restart\", \"severity\": \"C\"}").status());
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int i = 0; i < 4; i++) {
                int n = i;
                clients.submit(() -> {
                    while (running.get()) {
                        ApiClient.Answer a = n % 2 == 0 ? engineer.post("api/v1/cases", "{\"title\": \"during the restart\", \"severity\": \"C\"}")
                                : anonymous.post("api/v1/triage", "{\"title\": \"pods pending during the restart\"}");
                        during.computeIfAbsent(a.status(), s -> new AtomicInteger()).incrementAndGet();
                        if (a.status() == 503) {
                            assertTrue(a.raw().headers().firstValue("Retry-After").isPresent());
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(3_000);
            Postgres.restart();
            long restarted = System.nanoTime();
            Thread.sleep(3_000);
            running.set(false);
            clients.shutdown();
            clients.awaitTermination(1, TimeUnit.MINUTES);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                ApiClient.Answer a = engineer.post("api/v1/cases", "{\"title\": \"after the restart\", \"severity\": \"C\"}");
                after.computeIfAbsent(a.status(), s -> new AtomicInteger()).incrementAndGet();
                if (a.status() == 201) {
                    recoveredMillis = (System.nanoTime() - restarted) / 1_000_000;
                    break;
                }
                Thread.sleep(250);
            }
            for (int i = 0; i < 20; i++) {
                ApiClient.Answer a = i % 2 == 0 ? engineer.post("api/v1/cases", "{\"title\": \"after the restart\", \"severity\": \"C\"}")
                        : anonymous.post("api/v1/triage", "{\"title\": \"after the restart\"}");
                after.computeIfAbsent(a.status(), s -> new AtomicInteger()).incrementAndGet();
            }
        } finally {
            app.stop();
            write("pg-restart.md", "### PostgreSQL restarted under the app, " + Instant.now() + "\n\n| phase | answers by status |\n|---|---|\n"
                    + "| while it restarted | " + during + " |\n| after | " + after + " |\n\nback to 201 after "
                    + recoveredMillis + " ms from the restart command\n");
        }
        List<Integer> bad = during.keySet().stream().filter(s -> s != 200 && s != 201 && s != 503).toList();
        assertEquals(List.of(), bad, "only success or 503 while the database restarts: " + during);
        assertTrue(recoveredMillis >= 0, "writes work again without restarting the app: " + after);
        assertEquals(List.of(), after.keySet().stream().filter(s -> s != 200 && s != 201 && s != 503).toList(), after.toString());
    }

    static ApiClient.Answer upload(ApiClient client, String reference, String fileName, byte[] bytes) {
        String boundary = "soak-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(client.request("api/v1/cases/" + reference + "/evidence")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    static void write(String name, String text) {
        try {
            Path dir = Path.of("target/reliability");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
