package org.triagedesk.accounts.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The back-off after failed sign-ins, per user name and client address: the first
 * {@value #FREE_FAILURES} failures cost nothing, each one after that doubles the wait before the next
 * attempt is even looked at (1 s, 2 s, 4 s … at most 15 minutes), and a success clears the count.
 * While the wait lasts every attempt is refused unchecked, the right password included, so guessing
 * gets no faster by trying harder and costs the server no password hash.
 *
 * <p>Keyed by name <em>and</em> address: someone failing on purpose from elsewhere cannot lock the
 * real user out of their own machine. Entries idle for an hour are forgotten.
 */
public class LoginThrottle {

    public static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_ENTRIES = 100_000;

    record Failures(int count, Instant last, Instant blockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** How long {@code user} from {@code client} must still wait before an attempt counts; empty when it may try now. */
    public Optional<Duration> waitFor(String user, String client, Instant now) {
        Failures f = failures.get(key(user, client));
        if (f == null || !now.isBefore(f.blockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.blockedUntil()));
    }

    public void failed(String user, String client, Instant now) {
        if (failures.size() >= MAX_ENTRIES) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
            if (failures.size() >= MAX_ENTRIES) {
                failures.clear();
            }
        }
        failures.compute(key(user, client), (k, f) -> {
            int count = f == null || f.last().plus(FORGET_AFTER).isBefore(now) ? 1 : f.count() + 1;
            return new Failures(count, now, now.plus(wait(count)));
        });
    }

    public void succeeded(String user, String client) {
        failures.remove(key(user, client));
    }

    /** The wait after the {@code count}-th failure in a row. */
    static Duration wait(int count) {
        if (count <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - FREE_FAILURES - 1, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private static String key(String user, String client) {
        return (user == null ? "" : user.strip().toLowerCase(Locale.ROOT)) + "\u0000" + client;
    }
}
