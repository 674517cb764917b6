package org.triagedesk.reliability;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The one OpenSearch node of the cluster proof, run by {@code src/main/scripts/opensearch-node.sh} as a local process
 * (the distribution from Maven Central; no Docker here) on {@code -Dsearch.port} (default 9261) of 127.0.0.1.
 */
final class OpenSearchProcess {

    final Path home;
    final int port;

    OpenSearchProcess(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    String hosts() {
        return "127.0.0.1:" + port;
    }

    void start() throws Exception {
        run("start");
    }

    /** A clean stop (SIGTERM), as an operator restarting it. */
    void stop() throws Exception {
        run("stop");
    }

    private void run(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", Path.of("src/main/scripts/opensearch-node.sh").toAbsolutePath().toString(),
                command, home.toAbsolutePath().toString())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolveSibling("opensearch-script.log").toFile()));
        builder.environment().put("OPENSEARCH_HTTP_PORT", String.valueOf(port));
        builder.environment().put("OPENSEARCH_TRANSPORT_PORT", String.valueOf(port + 100));
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("opensearch-node.sh " + command + " failed; see " + home.resolveSibling("opensearch-script.log"));
        }
    }
}
