package org.triagedesk.reliability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine's PostgreSQL 15 (127.0.0.1:5432, trust auth), driven with its own command-line tools. */
final class Postgres {

    private Postgres() {
    }

    static boolean available() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A fresh, empty database, and the app's settings for it. */
    static List<String> fresh(String name) throws Exception {
        run("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-c", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        run("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-c", "CREATE DATABASE " + name);
        return List.of("-Dtriage.db.url=jdbc:postgresql://127.0.0.1:5432/" + name, "-Dtriage.db.user=postgres", "-Dtriage.db.password=");
    }

    static void restart() throws Exception {
        String version;
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString()).sorted().reduce((a, b) -> b).orElseThrow();
        }
        run("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", "restart");
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }
}
