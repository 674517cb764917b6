package org.triagedesk.platform;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} calls at once, then {@code perMinute} a minute. A call
 * either takes a token or learns how many seconds to wait ({@code Retry-After}). The buckets live in
 * {@link SharedEntries}: this JVM's (emptied past {@value #MAX_CLIENTS} clients) on one node, the data grid's
 * when clustered, so that a client spreading its calls over the nodes meets the same limit as on one node.
 * A bucket is kept as text ({@code "tokens updated"}, the time on {@code nanoClock}), a JDK type every node reads.
 */
public class RateLimiter {

    static final int MAX_CLIENTS = 100_000;

    private final int perMinute;
    private final int burst;
    private final LongSupplier nanoClock;
    private final SharedEntries<String> buckets;

    public RateLimiter(int perMinute, int burst, LongSupplier nanoClock) {
        this(perMinute, burst, nanoClock, new LocalEntries<>(MAX_CLIENTS));
    }

    public RateLimiter(int perMinute, int burst, LongSupplier nanoClock, SharedEntries<String> buckets) {
        this.perMinute = perMinute;
        this.burst = Math.max(burst, 1);
        this.nanoClock = nanoClock;
        this.buckets = buckets;
    }

    /** Off when {@code perMinute} is 0 or less: every call passes. */
    public boolean enabled() {
        return perMinute > 0;
    }

    /** Takes a token for {@code client}: empty when the call may go on, else the seconds to wait. */
    public OptionalLong acquire(String client) {
        if (!enabled()) {
            return OptionalLong.empty();
        }
        long now = nanoClock.getAsLong();
        double[] left = new double[1];
        buckets.update(client, old -> {
            double tokens = refilled(old, now);
            left[0] = tokens;
            return encode(tokens >= 1 ? tokens - 1 : tokens, now);
        });
        if (left[0] >= 1) {
            return OptionalLong.empty();
        }
        double secondsPerToken = 60.0 / perMinute;
        return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - left[0]) * secondsPerToken)));
    }

    public int perMinute() {
        return perMinute;
    }

    public int burst() {
        return burst;
    }

    int clients() {
        return buckets.size();
    }

    /** The tokens of a bucket at {@code now}: a new client's bucket is full; time going backwards refills nothing. */
    private double refilled(String bucket, long now) {
        if (bucket == null) {
            return burst;
        }
        int space = bucket.indexOf(' ');
        double tokens = Double.parseDouble(bucket.substring(0, space));
        long updated = Long.parseLong(bucket.substring(space + 1));
        double elapsedMinutes = Math.max(0, now - updated) / (double) Duration.ofMinutes(1).toNanos();
        return Math.min(burst, tokens + elapsedMinutes * perMinute);
    }

    private static String encode(double tokens, long at) {
        return tokens + " " + at;
    }
}
