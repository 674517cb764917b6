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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app ({@code target/triage-desk.jar}) as a process of its own, for the tests that
 * kill it: started on a data folder and a database, killed with SIGKILL, started again on the same.
 */
final class AppProcess {

    static final String ADMIN_PASSWORD = "soak-admin-password";

    final Path data;
    final List<String> database;
    final int port;
    /** Extra environment of the process (cluster settings, for instance). */
    final Map<String, String> environment = new HashMap<>();
    /** The soaks pass Payara Micro's --nocluster as well; the single-node test runs the jar exactly as the README does. */
    boolean noClusterFlag = true;
    Process process;

    AppProcess(Path data, List<String> database) throws IOException {
        this.data = data;
        this.database = database;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Starts the app and waits until it answers; the milliseconds it took. */
    long start() throws Exception {
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-Dtriage.data.dir=" + data,
                "-Dtriage.admin.password=" + ADMIN_PASSWORD, "-Dtriage.kb.dir=" + Path.of("kb").toAbsolutePath(),
                // one client makes the load of many: the public per-client limit is off, as in the scale harness
                "-Dtriage.rate-limit.per-minute=0"));
        command.addAll(database);
        command.addAll(List.of("-jar", Path.of("target/triage-desk.jar").toAbsolutePath().toString(), "--port", String.valueOf(port)));
        if (noClusterFlag) {
            command.add("--nocluster");
        }
        long started = System.nanoTime();
        launch(command);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped while starting; see " + data.resolve("app.log"));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base().resolve("api/v1/triage"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"ready?\"}"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the app did not answer within 4 minutes; see " + data.resolve("app.log"));
    }

    /** Starts the app and waits for the process to end by itself (a start it refuses); its exit code. */
    int startExpectingExit(Duration within) throws Exception {
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-Dtriage.data.dir=" + data,
                "-Dtriage.kb.dir=" + Path.of("kb").toAbsolutePath()));
        command.addAll(database);
        command.addAll(List.of("-jar", Path.of("target/triage-desk.jar").toAbsolutePath().toString(), "--port", String.valueOf(port)));
        launch(command);
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the app was expected to stop by itself within " + within + "; see " + data.resolve("app.log"));
        }
        return process.exitValue();
    }

    private void launch(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("app.log").toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /** The TCP ports the process listens on, from /proc: its socket inodes matched against the kernel's tables. */
    Set<Integer> listeningPorts() throws IOException {
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
        Set<Integer> ports = new TreeSet<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = Path.of("/proc/" + process.pid() + "/net/" + table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.trim().split("\\s+");
                // local_address is HEX_IP:HEX_PORT, state 0A is LISTEN, the inode is the tenth field
                if (f.length > 9 && "0A".equals(f[3]) && inodes.contains(f[9])) {
                    ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** Resident memory of the app process in MiB, from /proc. */
    long rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
            }
        }
        return -1;
    }

    String log() throws IOException {
        return Files.readString(data.resolve("app.log"));
    }
}
