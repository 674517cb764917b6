package org.triagedesk.platform;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} calls at once, then {@code perMinute} a minute. A call
 * either takes a token or learns how many seconds to wait ({@code Retry-After}). The buckets of
 * clients that stay away long enough to be full again are dropped, so the map stays as small as
 * the set of recent clients (and is cleared outright past {@value #MAX_CLIENTS}).
 */
public class RateLimiter {

    static final int MAX_CLIENTS = 100_000;

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    private final int perMinute;
    private final int burst;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, int burst, LongSupplier nanoClock) {
        this.perMinute = perMinute;
        this.burst = Math.max(burst, 1);
        this.nanoClock = nanoClock;
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
        if (buckets.size() > MAX_CLIENTS) {
            prune(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            double secondsPerToken = 60.0 / perMinute;
            return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - bucket.tokens) * secondsPerToken)));
        }
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

    private void refill(Bucket bucket, long now) {
        double elapsedMinutes = (now - bucket.updated) / (double) Duration.ofMinutes(1).toNanos();
        bucket.tokens = Math.min(burst, bucket.tokens + elapsedMinutes * perMinute);
        bucket.updated = now;
    }

    private void prune(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                refill(e.getValue(), now);
                return e.getValue().tokens >= burst;
            }
        });
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
    }
}
