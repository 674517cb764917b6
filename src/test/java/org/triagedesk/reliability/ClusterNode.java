package org.triagedesk.reliability;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * One node of a loopback cluster, started the way an operator starts one: {@code src/main/scripts/cluster-node.sh}
 * with the cluster settings in the environment, the WAR on the plain Payara Micro jar.
 */
final class ClusterNode {

    final String name;
    final Path data;
    final int port;
    final int clusterPort;
    private final Map<String, String> environment;
    Process process;

    ClusterNode(String name, Path data, int clusterPort, Map<String, String> environment) throws IOException {
        this.name = name;
        this.data = data;
        this.clusterPort = clusterPort;
        this.environment = environment;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    void launch() throws IOException {
        Files.createDirectories(data);
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", Path.of("src/main/scripts/cluster-node.sh").toAbsolutePath().toString(),
                "--port", String.valueOf(port), "--rootdir", data.resolve("payara").toAbsolutePath().toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("app.log").toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("TRIAGE_CLUSTER_PORT", String.valueOf(clusterPort));
        builder.environment().put("TRIAGE_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().put("TRIAGE_WAR", Path.of("target/uber-jar/ROOT.war").toAbsolutePath().toString());
        builder.environment().put("TRIAGE_PAYARA_MICRO", Path.of("target/payara-micro.jar").toAbsolutePath().toString());
        process = builder.start();
    }

    /** Waits until {@code /health/ready} answers 200; the milliseconds since {@code startedNanos}. */
    long awaitReady(long startedNanos, Duration within) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting (exit " + process.exitValue() + "); see " + data.resolve("app.log"));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base().resolve("health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1_000_000;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready within " + within + "; see " + data.resolve("app.log"));
    }

    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        // the script execs java, so the process is the JVM itself
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** SIGKILL: the JVM dies at once, mid-write, with no shutdown hook (the script execs java: the process is the JVM). */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    String log() throws IOException {
        return Files.readString(data.resolve("app.log"));
    }

    /** The local addresses (hex IP:port as the kernel writes them) the node listens on, from /proc. */
    Set<String> listening() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc/" + process.pid() + "/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        }
        Set<String> addresses = new TreeSet<>();
        for (String table : List.of("tcp", "tcp6")) {
            List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("/proc/" + process.pid() + "/net/" + table)));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && "0A".equals(f[3]) && inodes.contains(f[9])) {
                    addresses.add(f[1]);
                }
            }
        }
        return addresses;
    }
}
