package org.triagedesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The packaged jar started exactly as the README says ({@code java -jar target/triage-desk.jar --port N}, no
 * --nocluster of our own): it listens on its HTTP port and nothing else (no Hazelcast member port 6900), answers
 * readiness with the database, the search index and the model, and refuses a clustered configuration on H2.
 */
class SingleNodeIT {

    static final Path ROOT = Path.of("target", "single-node");

    @Test
    void theDefaultOpensNoClusterPortAndSaysWhenItIsReady() throws Exception {
        AppProcess app = new AppProcess(fresh("default"), List.of());
        app.noClusterFlag = false;
        try {
            app.start();
            assertEquals(Set.of(app.port), app.listeningPorts(), "only the HTTP port listens: no data grid, no cluster port");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(app.base().resolve("health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode(), ready.body());
            for (String check : List.of("\"database\"", "\"search-index\"", "\"area-model\"")) {
                assertTrue(ready.body().contains("{\"name\":" + check + ",\"status\":\"UP\""), check + " in " + ready.body());
            }
            HttpResponse<String> live = http.send(HttpRequest.newBuilder(app.base().resolve("health/live")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, live.statusCode(), live.body());
            assertTrue(live.body().contains("\"clustered\":\"false\""), live.body());
        } finally {
            app.stop();
        }
    }

    @Test
    void aClusterOnH2RefusesToStartAndSaysWhy() throws Exception {
        AppProcess app = new AppProcess(fresh("cluster-on-h2"), List.of());
        app.environment.putAll(Map.of("TRIAGE_CLUSTER_NAME", "desk", "TRIAGE_CLUSTER_SECRET", "a-secret-of-24-characters",
                "TRIAGE_CLUSTER_MEMBERS", "127.0.0.1:6990", "TRIAGE_CLUSTER_INTERFACE", "127.0.0.1"));
        try {
            assertEquals(2, app.startExpectingExit(Duration.ofMinutes(4)), "the process stops with exit code 2");
            assertTrue(app.log().contains("Triage Desk refuses to start: clustering is on (TRIAGE_CLUSTER_NAME=desk) but the database is H2:"
                    + " H2 is single-node only"), "the log says why");
        } finally {
            app.stop();
        }
    }

    private static Path fresh(String name) throws Exception {
        Path dir = ROOT.resolve(name);
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return dir;
    }
}
