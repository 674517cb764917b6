package org.triagedesk.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * Where the time of one request went, stage by stage (eligibility, known-issue search, neighbour
 * search, …), for the {@code Server-Timing} answer header that the benchmark reads to tell the
 * engine's share from HTTP and JSON. Costs two {@code System.nanoTime()} calls per stage; outside a
 * {@link #start()}ed request it only runs the work.
 */
public final class StageTimer {

    private static final ThreadLocal<Map<String, Long>> STAGES = new ThreadLocal<>();

    private StageTimer() {
    }

    public static void start() {
        STAGES.set(new LinkedHashMap<>());
    }

    public static <T> T time(String stage, Supplier<T> work) {
        Map<String, Long> stages = STAGES.get();
        if (stages == null) {
            return work.get();
        }
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(stage, System.nanoTime() - started);
        }
    }

    /**
     * Adds a duration measured elsewhere, such as the time the search backend itself took for a query
     * ({@code SearchResult.took()}), so that the header tells the engine's own work from the index's.
     */
    public static void record(String stage, long nanos) {
        Map<String, Long> stages = STAGES.get();
        if (stages != null) {
            stages.merge(stage, nanos, Long::sum);
        }
    }

    /** The stages timed since {@link #start()}, in nanoseconds, and forgets them. */
    public static Map<String, Long> finish() {
        Map<String, Long> stages = STAGES.get();
        STAGES.remove();
        return stages == null ? Map.of() : stages;
    }

    /** {@code name;dur=1.234, …} in milliseconds, as the Server-Timing header wants it. */
    public static String header(Map<String, Long> stages) {
        StringJoiner header = new StringJoiner(", ");
        stages.forEach((name, nanos) -> header.add(name + ";dur=" + String.format(Locale.ROOT, "%.3f", nanos / 1e6)));
        return header.toString();
    }
}
