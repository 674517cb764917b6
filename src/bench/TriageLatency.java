import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A small latency harness for POST /api/v1/triage, run as a single source file (no build needed):
 *
 *   java src/bench/TriageLatency.java --jar target/triage-desk.jar [--calls 1000] [--warmup 300]
 *   java src/bench/TriageLatency.java --url http://localhost:8080 [--calls 1000]
 *
 * With --jar it starts the app on a free port with an empty data folder, reports the start-up time
 * (process start to the first answered triage), runs the calls one after another, reports p50/p90/p99/max
 * and the app's resident memory, and stops the app. The request bodies rotate over realistic cases:
 * plain profiles, pasted command output, Japanese text.
 */
public class TriageLatency {

    static final List<String> BODIES = List.of(
            """
            {"title": "CoreDNS pods crash after upgrade", "cluster": {"platform": "WINDOWS_SERVER_2022",
             "kubernetesVersion": "1.30.4", "subscriptionState": "ACTIVE"}, "asOf": "2025-11-01"}""",
            """
            {"title": "calico-node not ready", "description": "Since the upgrade several nodes report NotReady.",
             "evidence": [{"name": "kubectl-version.txt", "content": "Client Version: v1.30.2\\nServer Version: v1.29.8\\n"},
                          {"name": "pods.txt", "content": "NAMESPACE NAME READY STATUS RESTARTS AGE\\ncalico-system calico-node-2lq8m 0/1 CrashLoopBackOff 37 12d\\nkube-system coredns-5d78c9869d-8kdvq 1/1 Running 0 41d"}],
             "cluster": {"platform": "AZURE_STACK_HCI_22H2", "lastAzureConnection": "2025-09-01"}, "asOf": "2025-11-01"}""",
            """
            {"title": "証明書の期限切れでクラスターに接続できない", "description": "kubectl が x509 エラーを返します。",
             "cluster": {"platform": "AZURE_STACK_HCI_22H2", "kubernetesVersion": "v1.28.5-kvapkg.1", "stoppedSince": "2025-08-01",
                         "subscriptionState": "SUSPENDED", "subscriptionStateSince": "2025-09-15"}, "asOf": "2025-11-01"}""",
            """
            {"title": "apiserver flags", "evidence": [{"name": "kube-apiserver.yaml", "content":
              "spec:\\n  containers:\\n  - command:\\n    - kube-apiserver\\n    - --feature-gates=InPlacePodVerticalScaling=true,SidecarContainers=true\\n"}],
             "cluster": {"platform": "WINDOWS_SERVER_2019", "kubernetesVersion": "1.28.9", "previewFeatures": ["gpu-nodepools"]},
             "asOf": "2025-01-10"}""",
            """
            {"description": "Pods stay Pending after scaling the node pool"}""");

    public static void main(String[] args) throws Exception {
        String jar = option(args, "--jar", null);
        String url = option(args, "--url", null);
        int calls = Integer.parseInt(option(args, "--calls", "1000"));
        int warmup = Integer.parseInt(option(args, "--warmup", "300"));
        if ((jar == null) == (url == null)) {
            System.err.println("usage: java src/bench/TriageLatency.java (--jar target/triage-desk.jar | --url http://host:port) [--calls N] [--warmup N]");
            System.exit(2);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Process app = null;
        Path data = null;
        try {
            if (jar != null) {
                int port = freePort();
                data = Files.createTempDirectory("triage-bench");
                url = "http://localhost:" + port;
                long started = System.nanoTime();
                ProcessBuilder builder = new ProcessBuilder("java", "-jar", Path.of(jar).toAbsolutePath().toString(), "--port",
                        String.valueOf(port)).redirectErrorStream(true).redirectOutput(data.resolve("app.log").toFile());
                builder.environment().put("TRIAGE_DATA_DIR", data.toString());
                builder.environment().put("TRIAGE_ADMIN_PASSWORD", "bench-admin-password");
                app = builder.start();
                waitUntilAnswering(http, url, app);
                System.out.printf(Locale.ROOT, "start-up (process start to first answered triage): %.1f s%n",
                        (System.nanoTime() - started) / 1e9);
            }
            for (int i = 0; i < warmup; i++) {
                triage(http, url, BODIES.get(i % BODIES.size()));
            }
            long[] nanos = new long[calls];
            long begin = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                long t = System.nanoTime();
                triage(http, url, BODIES.get(i % BODIES.size()));
                nanos[i] = System.nanoTime() - t;
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "POST /api/v1/triage, %d calls after %d warm-up, one at a time%n", calls, warmup);
            System.out.printf(Locale.ROOT, "p50 %.2f ms   p90 %.2f ms   p99 %.2f ms   max %.2f ms   throughput %.0f calls/s%n",
                    ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[calls - 1] / 1e6, calls / seconds);
            if (app != null) {
                System.out.println("RSS of the app after the run: " + rss(app.pid()));
            }
        } finally {
            if (app != null) {
                app.destroy();
                app.waitFor();
            }
        }
    }

    static void triage(HttpClient http, String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/triage"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("triage answered " + response.statusCode() + ": " + response.body());
        }
    }

    static void waitUntilAnswering(HttpClient http, String url, Process app) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app exited with " + app.exitValue());
            }
            try {
                triage(http, url, BODIES.get(0));
                return;
            } catch (IOException | IllegalStateException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the app did not answer within 3 minutes");
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    static String rss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return line.substring(6).trim();
            }
        }
        return "unknown";
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static String option(String[] args, String name, String fallback) {
        List<String> list = new ArrayList<>(Arrays.asList(args));
        int i = list.indexOf(name);
        return i >= 0 && i + 1 < list.size() ? list.get(i + 1) : fallback;
    }
}
