import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * The scale benchmark (issue 7), one program: starts the app on an empty data folder (H2, or a fresh
 * PostgreSQL database), stops it, writes N generated known issues and M generated cases (each with the
 * labelled example a filed case leaves) straight into its database, starts it again (the start-up check
 * rebuilds the indexes: the indexing rate), restarts it once more (start-up with everything loaded), and
 * measures over HTTP:
 * <ul>
 * <li>POST /api/v1/triage at concurrency 1, 8 and 32, anonymous and with HTTP Basic, after a warm-up:
 * p50, p99, max, calls per second, and the engine's share read from the Server-Timing header;</li>
 * <li>GET /api/v1/known-issues?q= and /api/v1/cases?q=;</li>
 * <li>a raw Lucene BM25 query per triage over the same indexes (opened read-only from this process), and
 * the ratio of /triage time to it;</li>
 * <li>a full mass reindex (POST /api/v1/kb/reindex), RSS and heap after the load.</li>
 * </ul>
 * Run it with {@code bash src/bench/scale.sh} (it builds the class path); see docs/performance.md.
 */
public class ScaleBench {

    static final String ADMIN_PASSWORD = "bench-admin-password";
    static final String ENGINEER = "bench-engineer";
    static final String ENGINEER_PASSWORD = "bench-engineer-password";
    static final String[] AREAS = "CONTROL_PLANE LIFECYCLE NETWORKING CNI_BASIC_INSTALL THIRD_PARTY UPSTREAM_BUG HOW_TO ARC_INTEGRATION AGENT_NODE"
            .split(" ");

    final Map<String, String> options;
    final String db;
    final int kis;
    final int cases;
    final Path work;
    final int port;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    final Map<String, String> results = new LinkedHashMap<>();
    Process app;

    ScaleBench(Map<String, String> options) throws IOException {
        this.options = options;
        this.db = options.getOrDefault("db", "h2");
        this.kis = Integer.parseInt(options.getOrDefault("kis", "10000"));
        this.cases = Integer.parseInt(options.getOrDefault("cases", "100000"));
        // --data DIR: measure again on the data folder of an earlier run (no generation, no cold start)
        this.work = options.containsKey("data") ? Path.of(options.get("data")) : Files.createTempDirectory("triage-scale-" + db + "-");
        this.port = freePort();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        ScaleBench bench = new ScaleBench(options);
        try {
            bench.run();
        } finally {
            bench.stop();
        }
    }

    void run() throws Exception {
        log("work folder " + work + ", " + db + ", " + kis + " generated known issues, " + cases + " generated cases, JVM options "
                + options.getOrDefault("jvm", "-Xmx512m"));
        results.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                + Math.round(((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize() / 1073741824.0) + " GiB, Java " + System.getProperty("java.version")
                + ", app JVM options " + options.getOrDefault("jvm", "-Xmx512m"));
        if (!options.containsKey("data")) {
            if (db.equals("pg")) {
                freshPostgresDatabase();
            }
            start();
            stop();
            long written = generate();
            results.put("data written (rows/s)", String.format(Locale.ROOT, "%,d rows in %.1f s", 2L * cases + kis, written / 1000.0));

            long cold = start();
            String rebuilt = grep(work.resolve("app.log"), "search indexes rebuilt in (\\d+) ms");
            results.put("start-up, indexes rebuilt (ms)", cold + " (rebuild " + rebuilt + " ms, "
                    + rate(kis + 2L * cases + 80, rebuilt) + " docs/s)");
            // the first start on the generated data trains the area model in the background: wait for it, so that
            // the measured start reads a model trained on this data from the data folder
            results.put("area model trained in the background (ms)", waitForTraining());
            stop();
        }
        long warm = start();
        results.put("start-up with everything loaded (ms)", String.valueOf(warm));
        results.put("Payara 'ready in' (ms)", grepLast(work.resolve("app.log"), "ready in ([\\d,]+) \\(ms\\)"));
        results.put("area model at the measured start", grepLast(work.resolve("app.log"), "area model read from \\S+ in (\\d+ ms; [^\\n]*)"));
        // never measure while a retrain runs in the background (it takes a core for minutes at 100,000 cases);
        // --wait-training false measures an earlier build that retrains at every start, as it ran
        String retrain = options.getOrDefault("wait-training", "true").equals("true") ? waitForTraining() : "not waited for";
        if (!retrain.equals("none")) {
            results.put("area model retrained after the measured start (ms)", retrain);
        }

        // on a data folder of an earlier run the account is usually there already (409): that is fine
        post("/api/v1/users", "{\"username\": \"" + ENGINEER + "\", \"password\": \"" + ENGINEER_PASSWORD + "\", \"roles\": [\"ENGINEER\"]}",
                basic("admin", ADMIN_PASSWORD));
        List<String> bodies = Bodies.all();
        load(bodies, 8, 1500, null); // warm-up
        // --concurrency 1,8: only these (a quick comparison); all three by default
        for (int concurrency : java.util.Arrays.stream(options.getOrDefault("concurrency", "1,8,32").split(",")).mapToInt(Integer::parseInt)
                .toArray()) {
            int calls = concurrency == 1 ? 1000 : 3000;
            for (String auth : new String[] {null, basic(ENGINEER, ENGINEER_PASSWORD)}) {
                Stats s = load(bodies, concurrency, calls, auth);
                results.put("/triage c=" + concurrency + (auth == null ? " anonymous" : " basic"), s.summary());
                if (concurrency == 1 && auth == null) {
                    results.put("  engine share c=1 (p50 of Server-Timing)", s.stages());
                    results.put("  /triage p50 c=1 (ms)", String.format(Locale.ROOT, "%.3f", s.p(50)));
                    results.put("  engine p50 c=1 (ms)", String.format(Locale.ROOT, "%.3f", s.stage("engine")));
                    // the backend's own time for the query the app ran (Hibernate Search's took), on the app's index
                    results.put("  index p50 c=1 (ms)", String.format(Locale.ROOT, "%.3f", s.stage("known-issues-index")));
                }
            }
        }
        // a case the way engineers file them: a description and a few hundred lines of logs and events
        Stats longCases = load(Bodies.longCases(), 1, 300, null);
        results.put("/triage c=1, long evidence (~300 log lines)", longCases.summary());
        results.put("  engine share, long evidence (p50)", longCases.stages());
        searchLatency();
        rawLucene(bodies);
        memory();
        if (options.containsKey("skip-reindex")) {
            report();
            return;
        }
        Map<String, String> rebuild = json(post("/api/v1/kb/reindex", "", basic("admin", ADMIN_PASSWORD)).body());
        results.put("full mass reindex", rebuild.get("millis") + " ms, " + rebuild.get("documentsPerSecond") + " docs/s ("
                + rebuild.get("knownIssues") + " known issues, " + rebuild.get("examples") + " examples, " + rebuild.get("cases") + " cases)");
        report();
    }

    // ---- the app

    /** Where the app's log stood when it was last started: what this start logged comes after. */
    int logAtStart;

    long start() throws Exception {
        List<String> command = new ArrayList<>(List.of(options.getOrDefault("java", "java")));
        // the container's flags (src/main/docker/Dockerfile) unless --jvm says otherwise
        command.addAll(List.of(options.getOrDefault("jvm", "-Xmx512m").trim().split("\\s+")));
        // the harness is one client making the load of many: the public per-client rate limit (issue 8) is off
        command.add("-Dtriage.rate-limit.per-minute=0");
        command.addAll(List.of("-jar", options.getOrDefault("jar", "target/triage-desk.jar"), "--port", String.valueOf(port), "--nocluster"));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("TRIAGE_DATA_DIR", work.resolve("data").toString());
        env.put("TRIAGE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        if (db.equals("pg")) {
            env.put("TRIAGE_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + pgDatabase());
            env.put("TRIAGE_DB_USER", "postgres");
            env.put("TRIAGE_DB_PASSWORD", "");
        }
        pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("app.log").toFile()));
        logAtStart = Files.isRegularFile(work.resolve("app.log")) ? Files.readString(work.resolve("app.log")).length() : 0;
        long started = System.nanoTime();
        app = pb.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive() || Files.readString(work.resolve("app.log")).contains("Exception while preparing the app")) {
                throw new IllegalStateException("the app did not deploy; see " + work.resolve("app.log"));
            }
            try {
                if (post("/api/v1/triage", "{\"title\": \"x\"}", null).statusCode() == 200) {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    log("app ready in " + millis + " ms (pid " + app.pid() + ")");
                    return millis;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the app did not answer within 10 minutes");
    }

    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            if (!app.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    // ---- data

    String pgDatabase() {
        return options.getOrDefault("pg-database", "triage_bench");
    }

    void freshPostgresDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + pgDatabase());
            s.execute("CREATE DATABASE " + pgDatabase());
        }
    }

    Connection connect() throws Exception {
        if (db.equals("pg")) {
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + pgDatabase(), "postgres", "");
        }
        return DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data/triage"), "sa", "sa");
    }

    /** Writes the generated rows; returns the milliseconds it took. */
    long generate() throws Exception {
        long started = System.nanoTime();
        Corpus corpus = Corpus.of(Path.of(options.getOrDefault("kb", "kb")));
        Random random = new Random(7);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ki = c.prepareStatement("INSERT INTO known_issue (issue_key, title, area, language, status, symptoms, cause,"
                    + " workaround, upstream_url, links, affected_versions, fixed_in, signatures, origin, created_at, updated_at, updated_by,"
                    + " row_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)")) {
                for (int i = 1; i <= kis; i++) {
                    ki.setString(1, String.format("KI-G%06d", i));
                    ki.setString(2, corpus.words(random, 6, 10));
                    ki.setString(3, AREAS[random.nextInt(AREAS.length)]);
                    ki.setString(4, "en");
                    ki.setString(5, random.nextInt(5) == 0 ? "FIXED" : "OPEN");
                    ki.setString(6, corpus.words(random, 30, 60));
                    ki.setString(7, corpus.words(random, 20, 40));
                    ki.setString(8, corpus.words(random, 20, 40));
                    ki.setString(9, "https://github.com/kubernetes/kubernetes/issues/" + (100000 + i));
                    ki.setString(10, "");
                    ki.setString(11, ">=1." + (24 + random.nextInt(4)) + ".0 <1." + (29 + random.nextInt(4)) + ".0");
                    ki.setString(12, random.nextBoolean() ? "1." + (28 + random.nextInt(5)) + ".0" : null);
                    ki.setString(13, corpus.signature(random));
                    ki.setString(14, "API");
                    ki.setTimestamp(15, now);
                    ki.setTimestamp(16, now);
                    ki.setString(17, "bench");
                    ki.addBatch();
                    if (i % 1000 == 0) {
                        ki.executeBatch();
                    }
                }
                ki.executeBatch();
            }
            try (PreparedStatement sc = c.prepareStatement("INSERT INTO support_case (reference, title, description, customer, severity, status,"
                    + " coverage_area, verdict, confidence, needs_review, language, created_at, created_by, updated_at, row_version)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)");
                    PreparedStatement ex = c.prepareStatement("INSERT INTO labelled_example (kind, area, text, reference, weight, created_at,"
                            + " created_by) VALUES ('CASE',?,?,?,1,?,'bench')")) {
                String[] statuses = {"TRIAGED", "WAITING_FOR_CUSTOMER", "RESOLVED", "CLOSED"};
                Instant first = Instant.now().minus(Duration.ofDays(365));
                for (int i = 1; i <= cases; i++) {
                    String reference = String.format("CASE-2025-%06d", i);
                    String title = corpus.words(random, 5, 9);
                    String description = corpus.words(random, 25, 60);
                    String area = AREAS[random.nextInt(AREAS.length)];
                    Timestamp at = Timestamp.from(first.plusSeconds(i * (365L * 86400 / Math.max(1, cases))));
                    sc.setString(1, reference);
                    sc.setString(2, title);
                    sc.setString(3, description);
                    sc.setString(4, "Customer " + i % 500);
                    sc.setString(5, "ABC".substring(i % 3, i % 3 + 1));
                    sc.setString(6, statuses[i % 4]);
                    sc.setString(7, area);
                    sc.setString(8, "SUPPORTED");
                    sc.setDouble(9, 0.8);
                    sc.setBoolean(10, false);
                    sc.setString(11, "en");
                    sc.setTimestamp(12, at);
                    sc.setString(13, "bench");
                    sc.setTimestamp(14, at);
                    sc.addBatch();
                    ex.setString(1, area);
                    ex.setString(2, title + "\n" + description);
                    ex.setString(3, reference);
                    ex.setTimestamp(4, at);
                    ex.addBatch();
                    if (i % 1000 == 0) {
                        sc.executeBatch();
                        ex.executeBatch();
                    }
                }
                sc.executeBatch();
                ex.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("ALTER SEQUENCE case_number RESTART WITH " + (cases + 1));
            }
            c.commit();
            if (db.equals("h2")) {
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN"); // releases the file lock before the app opens the database
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        log("wrote " + kis + " known issues and " + cases + " cases (+ examples) in " + millis + " ms");
        return millis;
    }

    // ---- load

    record Sample(double millis, Map<String, Double> stages) {
    }

    record Stats(List<Sample> samples, double seconds, int errors) {
        double p(int percentile) {
            List<Double> sorted = samples.stream().map(Sample::millis).sorted().toList();
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
        }

        double max() {
            return samples.stream().mapToDouble(Sample::millis).max().orElse(0);
        }

        String summary() {
            return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f calls/s%s", p(50), p(99), max(),
                    samples.size() / seconds, errors == 0 ? "" : ", " + errors + " errors");
        }

        /** The p50 of one Server-Timing stage, or NaN when no answer gave it. */
        double stage(String name) {
            List<Double> v = new ArrayList<>();
            samples.forEach(s -> {
                Double d = s.stages().get(name);
                if (d != null) {
                    v.add(d);
                }
            });
            Collections.sort(v);
            return v.isEmpty() ? Double.NaN : v.get(v.size() / 2);
        }

        String stages() {
            Map<String, List<Double>> byStage = new LinkedHashMap<>();
            samples.forEach(s -> s.stages().forEach((k, v) -> byStage.computeIfAbsent(k, x -> new ArrayList<>()).add(v)));
            StringBuilder out = new StringBuilder();
            byStage.forEach((k, v) -> {
                Collections.sort(v);
                out.append(out.length() == 0 ? "" : ", ").append(k).append(' ')
                        .append(String.format(Locale.ROOT, "%.2f", v.get(v.size() / 2)));
            });
            double http = p(50) - byStage.getOrDefault("engine", List.of(0.0)).get(byStage.getOrDefault("engine", List.of(0.0)).size() / 2);
            return out + String.format(Locale.ROOT, " ms; HTTP + JSON + the rest %.2f ms", http);
        }
    }

    Stats load(List<String> bodies, int concurrency, int calls, String auth) throws Exception {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(concurrency);
        long started = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            Thread worker = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < calls; i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        HttpResponse<String> r = post("/api/v1/triage", bodies.get(i % bodies.size()), auth);
                        double millis = (System.nanoTime() - s) / 1e6;
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                        samples.add(new Sample(millis, serverTiming(r.headers().firstValue("Server-Timing").orElse(""))));
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            });
            worker.start();
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        Stats stats = new Stats(new ArrayList<>(samples), seconds, errors.get());
        log("triage c=" + concurrency + (auth == null ? " anonymous: " : " basic: ") + stats.summary());
        return stats;
    }

    static Map<String, Double> serverTiming(String header) {
        Map<String, Double> stages = new LinkedHashMap<>();
        Matcher m = Pattern.compile("([\\w-]+);dur=([\\d.]+)").matcher(header);
        while (m.find()) {
            stages.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return stages;
    }

    void searchLatency() throws Exception {
        String auth = basic(ENGINEER, ENGINEER_PASSWORD);
        String[] words = {"node", "certificate", "calico", "upgrade", "proxy", "timeout", "coredns", "kubelet", "arc", "billing",
            "証明書", "x509 expired", "NotReady", "etcd slow disk", "load balancer"};
        for (String path : new String[] {"/api/v1/known-issues?size=20&q=", "/api/v1/cases?size=20&q="}) {
            List<Double> times = new ArrayList<>();
            Map<String, List<Double>> byWord = new LinkedHashMap<>();
            Map<String, String> totals = new LinkedHashMap<>();
            for (int i = 0; i < 350; i++) {
                String q = java.net.URLEncoder.encode(words[i % words.length], StandardCharsets.UTF_8);
                long s = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path + q)).header("Authorization", auth).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(path + q + " answered " + r.statusCode() + ": " + r.body());
                }
                if (i >= 50) {
                    double ms = (System.nanoTime() - s) / 1e6;
                    times.add(ms);
                    byWord.computeIfAbsent(words[i % words.length], w -> new ArrayList<>()).add(ms);
                    totals.put(words[i % words.length], r.headers().firstValue("X-Total-Count").orElse("?"));
                }
            }
            Collections.sort(times);
            results.put("GET " + path.replace("size=20&", "") + "<word>", String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms",
                    times.get(times.size() / 2), times.get(times.size() * 99 / 100)));
            // the slowest words by their own median, with how many hits each has: where a p99 comes from
            results.put("  slowest words of " + path.substring(8, path.indexOf("?")) + " (p50 ms, hits)", byWord.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue().stream().sorted().toList().get(e.getValue().size() / 2)))
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(4)
                    .map(e -> String.format(Locale.ROOT, "%s %.1f (%s)", e.getKey(), e.getValue(), totals.get(e.getKey())))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    /** The same words a triage searches, as one BM25 query per index, straight on the app's Lucene files. */
    void rawLucene(List<String> bodies) throws Exception {
        Path index = work.resolve("data/index");
        try (IndexReader issues = DirectoryReader.open(FSDirectory.open(index.resolve("known_issue")));
                IndexReader examples = DirectoryReader.open(FSDirectory.open(index.resolve("labelled_example")));
                Analyzer english = new EnglishAnalyzer()) {
            IndexSearcher issueSearcher = new IndexSearcher(issues);
            IndexSearcher exampleSearcher = new IndexSearcher(examples);
            List<Query> queries = new ArrayList<>();
            for (String body : bodies) {
                BooleanQuery.Builder q = new BooleanQuery.Builder();
                for (String term : terms(english, Bodies.text(body))) {
                    q.add(new TermQuery(new Term("text", term)), BooleanClause.Occur.SHOULD);
                }
                queries.add(q.build());
            }
            List<Double> times = new ArrayList<>();
            List<Double> issueTimes = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                Query q = queries.get(i % queries.size());
                long s = System.nanoTime();
                issueSearcher.search(q, 30);
                long mid = System.nanoTime();
                exampleSearcher.search(q, 5);
                if (i >= 1000) {
                    times.add((System.nanoTime() - s) / 1e6);
                    issueTimes.add((mid - s) / 1e6);
                }
            }
            Collections.sort(times);
            Collections.sort(issueTimes);
            double raw = times.get(times.size() / 2);
            double rawIssues = issueTimes.get(issueTimes.size() / 2);
            // what a triage runs: an anonymous one the known-issue search only; a signed-in engineer's one also the
            // top-5 similar past cases over the labelled examples
            results.put("raw Lucene BM25, known issues top 30 (an anonymous triage's search), p50", String.format(Locale.ROOT, "%.3f ms (%d docs)",
                    rawIssues, issues.numDocs()));
            results.put("raw Lucene BM25, known issues top 30 + examples top 5 (a staff triage's searches), p50",
                    String.format(Locale.ROOT, "%.3f ms (%d + %d docs)", raw, issues.numDocs(), examples.numDocs()));
            double triage = Double.parseDouble(results.get("  /triage p50 c=1 (ms)"));
            results.put("overhead ratio /triage p50 (anonymous) ÷ raw known-issue BM25 p50", String.format(Locale.ROOT, "%.1f", triage / rawIssues));
            Double engine = results.containsKey("  engine p50 c=1 (ms)") ? Double.valueOf(results.get("  engine p50 c=1 (ms)")) : null;
            if (engine != null) {
                results.put("ratio engine p50 (anonymous, Server-Timing) ÷ raw known-issue BM25 p50", String.format(Locale.ROOT, "%.1f",
                        engine / rawIssues));
                double ownIndex = Double.parseDouble(results.getOrDefault("  index p50 c=1 (ms)", "NaN"));
                if (ownIndex > 0) {
                    results.put("ratio engine p50 ÷ the index's own time for the app's query (known-issues-index, same calls)",
                            String.format(Locale.ROOT, "%.1f", engine / ownIndex));
                }
            }
        }
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        TreeSet<String> terms = new TreeSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < 512) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return new ArrayList<>(terms);
    }

    void memory() throws Exception {
        long pid = app.pid();
        String rss = new String(new ProcessBuilder("ps", "-o", "rss=", "-p", String.valueOf(pid)).start().getInputStream().readAllBytes()).trim();
        Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
        String heap = new String(jcmd.getInputStream().readAllBytes());
        Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(heap);
        String heapText = used.find() ? String.format(Locale.ROOT, "%d MiB used of %d MiB committed",
                Long.parseLong(used.group(2)) / 1024, Long.parseLong(used.group(1)) / 1024) : "(jcmd gave no heap figure)";
        results.put("RSS after the load", String.format(Locale.ROOT, "%d MiB", Long.parseLong(rss) / 1024));
        results.put("heap after the load", heapText);
    }

    // ---- helpers

    HttpResponse<String> post(String path, String body, String auth) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(600))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> json(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"?([^,\"}]*)").matcher(body);
        while (m.find()) {
            values.put(m.group(1), m.group(2));
        }
        return values;
    }

    /**
     * Waits (up to 15 minutes) until the area model training that the app's last start began has finished, and
     * gives how long it took by the app's log, or "none" when that start found its model up to date.
     */
    String waitForTraining() throws IOException, InterruptedException {
        Path log = work.resolve("app.log");
        long from = System.nanoTime();
        while (System.nanoTime() - from < 900_000_000_000L) {
            String text = Files.readString(log);
            String after = text.substring(Math.min(logAtStart, text.length()));
            if (after.contains("no retrain")) {
                return "none";
            }
            Matcher m = Pattern.compile("area model trained on (\\d+) examples in (\\d+) ms").matcher(after);
            if (m.find()) {
                return m.group(2) + " (" + m.group(1) + " examples)";
            }
            if (after.contains("OutOfMemoryError") || after.contains("area model training failed")) {
                return "failed (see app.log)";
            }
            Thread.sleep(1000);
        }
        return "not finished after 15 minutes";
    }

    static String grep(Path file, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(file));
        return m.find() ? m.group(1) : "?";
    }

    static String grepLast(Path file, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(file));
        String last = "?";
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    static String rate(long documents, String millis) {
        try {
            return String.format(Locale.ROOT, "%,.0f", documents * 1000.0 / Long.parseLong(millis));
        } catch (NumberFormatException e) {
            return "?";
        }
    }

    void report() throws IOException {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%n### %s, %,d known issues (+ kb/), %,d cases%n%n| measure | value |%n|---|---|%n", db.toUpperCase(Locale.ROOT), kis, cases));
        results.forEach((k, v) -> table.append("| ").append(k.trim()).append(" | ").append(v).append(" |\n"));
        System.out.println(table);
        Path out = Path.of(options.getOrDefault("out", "target/bench/scale-" + db + "-" + kis + "-" + cases + ".md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, table.toString());
        log("table written to " + out + "; app log " + work.resolve("app.log"));
    }

    static void log(String line) {
        System.out.println("[" + Instant.now() + "] " + line);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Words of the real kb/ (English known issues), from which generated issues and cases are drawn. */
    record Corpus(List<String> words, List<String> lines) {
        static Corpus of(Path kb) throws IOException {
            List<String> words = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            try (Stream<Path> files = Files.walk(kb.resolve("known-issues"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        for (String w : line.split("[^A-Za-z0-9_.:/-]+")) {
                            if (w.length() >= 3 && w.chars().anyMatch(Character::isLetter)) {
                                words.add(w);
                            }
                        }
                        if (line.startsWith("  - ") && line.length() > 20) {
                            lines.add(line.substring(4).replace("\"", ""));
                        }
                    }
                }
            }
            return new Corpus(words, lines.isEmpty() ? List.of("error: something failed") : lines);
        }

        String words(Random random, int min, int max) {
            int n = min + random.nextInt(max - min + 1);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < n; i++) {
                text.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
            }
            return text.toString();
        }

        String signature(Random random) {
            return lines.get(random.nextInt(lines.size())) + " " + Integer.toHexString(random.nextInt());
        }
    }

    /** Realistic /triage bodies: profiles, pasted command output, logs, Japanese text. */
    static final class Bodies {
        static List<String> all() {
            return List.of(
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
                    {"title": "Load balancer service stuck in pending", "description": "A Service of type LoadBalancer never gets an external IP; the MetalLB speaker logs show no address pool.",
                     "cluster": {"kubernetesVersion": "1.29.4"}, "asOf": "2025-11-01"}""",
                    """
                    {"title": "Update-AksHci fails while downloading images", "description": "The update stops at 40% with a proxy error. We use an authenticated proxy with a custom CA.",
                     "evidence": [{"name": "update.log", "content": "Update-AksHci : Exception [Error: failed to download image: Get https://mcr.microsoft.com/v2/: proxyconnect tcp: x509: certificate signed by unknown authority]\\n   at Invoke-Update"}],
                     "asOf": "2025-11-01"}""",
                    """
                    {"title": "Node NotReady after host reboot", "description": "After patching the Hyper-V host one worker stays NotReady; kubelet logs PLEG is not healthy and container runtime is down.",
                     "evidence": [{"name": "kubelet.log", "content": "E1103 10:01:02.123 kubelet.go:2211] \\"Skipping pod synchronization\\" err=\\"PLEG is not healthy: pleg was last seen active 3m0.2s ago\\"\\nE1103 10:01:05 kubelet_node_status.go:540] Error updating node status, will retry: error getting node: Unauthorized"}],
                     "cluster": {"platform": "AZURE_STACK_HCI_22H2", "kubernetesVersion": "1.28.9"}, "asOf": "2025-11-01"}""",
                    """
                    {"title": "How do I enable autoscaling on a node pool?", "description": "We want the cluster autoscaler on our Linux node pool; which parameters does New-AksHciNodePool take?", "asOf": "2025-11-01"}""",
                    """
                    {"title": "Arc connected cluster shows offline in the portal", "description": "The connectedk8s agents are running but the portal says Offline since three days; clusterconnect-agent logs 'failed to get token'.",
                     "cluster": {"platform": "AZURE_STACK_HCI_23H2", "lastAzureConnection": "2025-10-29"}, "asOf": "2025-11-01"}""");
        }

        /** Cases with long evidence: kubelet, events and deployment logs drawn from many kinds of failure. */
        static List<String> longCases() {
            String[] lines = {
                "E1103 10:%02d:02.123 kubelet.go:2211] \\\"Skipping pod synchronization\\\" err=\\\"PLEG is not healthy: pleg was last seen active 3m0.2s ago\\\"",
                "Warning  FailedCreatePodSandBox  %dm  kubelet  Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox: plugin type=calico failed (add): error getting ClusterInformation: connection is unauthorized",
                "Warning  BackOff  %dm  kubelet  Back-off restarting failed container coredns in pod coredns-5d78c9869d-8kdvq_kube-system",
                "E1103 11:%02d:41.004 reflector.go:138] failed to list *v1.Node: Get https://10.0.0.%d:6443/api/v1/nodes: dial tcp: i/o timeout",
                "Normal   Scheduled  %dm  default-scheduler  Successfully assigned default/web-7d9c to moc-lx1%d",
                "Warning  FailedMount  %dm  kubelet  MountVolume.SetUp failed for volume pvc-%d : rpc error: code = Internal desc = vhdx attach failed: access denied",
                "I1103 12:%02d:00.000 controller.go:116] Updating node status for moc-lw%d: Ready=False reason=KubeletNotReady message=container runtime network not ready",
                "time=2025-11-03T12:%02d:00Z level=error msg=\\\"failed to renew certificate for node agent %d: x509: certificate has expired or is not yet valid\\\"",
                "Get-AksHciClusterUpdates : cloudagent unreachable on port 55000 after %d retries, the MOC cloud agent service is stopped",
                "Warning  Unhealthy  %dm  kubelet  Readiness probe failed: HTTP probe failed with statuscode: 503 (attempt %d)",
                "W1103 13:%02d:10 metallb speaker: no available IPs in address pool default for service ingress-%d",
                "clusterconnect-agent %d: failed to get token from the Azure Arc service, retrying in %d seconds"};
            List<String> bodies = new ArrayList<>();
            for (int b = 0; b < 8; b++) {
                StringBuilder log = new StringBuilder();
                for (int i = 0; i < 300; i++) {
                    String line = lines[(i * 7 + b * 3) % lines.length];
                    log.append(String.format(Locale.ROOT, line, (i + b) % 60, i % 17 + 1)).append("\\n");
                }
                bodies.add("{\"title\": \"Workload cluster degraded after the monthly update (" + b + ")\", "
                        + "\"description\": \"Since the update several nodes go NotReady, pods restart and the portal shows the cluster offline. "
                        + "Logs and events attached.\", \"evidence\": [{\"name\": \"kubelet-and-events.log\", \"content\": \""
                        + log + "\"}], \"cluster\": {\"platform\": \"AZURE_STACK_HCI_22H2\", \"kubernetesVersion\": \"1.29.4\"}, "
                        + "\"asOf\": \"2025-11-01\"}");
            }
            return bodies;
        }

        static String text(String body) {
            StringBuilder text = new StringBuilder();
            Matcher m = Pattern.compile("\"(title|description|content)\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
            while (m.find()) {
                text.append(m.group(2).replace("\\n", "\n").replace("\\\"", "\"")).append('\n');
            }
            return text.toString();
        }
    }
}
