package org.triagedesk.accounts.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.triagedesk.platform.LocalEntries;
import org.triagedesk.platform.SharedEntries;

/**
 * The back-off after failed sign-ins, per user name and client address: the first
 * {@value #FREE_FAILURES} failures cost nothing, each one after that doubles the wait before the next
 * attempt is even looked at (1 s, 2 s, 4 s … at most 15 minutes), and a success clears the count.
 * While the wait lasts every attempt is refused unchecked, the right password included, so guessing
 * gets no faster by trying harder and costs the server no password hash.
 *
 * <p>Keyed by name <em>and</em> address: someone failing on purpose from elsewhere cannot lock the
 * real user out of their own machine. Entries idle for an hour are forgotten. The counts live in
 * {@link SharedEntries}: one count for all nodes when clustered, so trying each node in turn gains nothing.
 * An entry is text, {@code "count last blockedUntil"} in epoch milliseconds.
 */
public class LoginThrottle {

    public static final int FREE_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    public static final Duration FORGET_AFTER = Duration.ofHours(1);
    public static final int MAX_ENTRIES = 100_000;

    record Failures(int count, Instant last, Instant blockedUntil) {

        static Failures decode(String text) {
            String[] parts = text.split(" ");
            return new Failures(Integer.parseInt(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])),
                    Instant.ofEpochMilli(Long.parseLong(parts[2])));
        }

        String encode() {
            return count + " " + last.toEpochMilli() + " " + blockedUntil.toEpochMilli();
        }
    }

    private final SharedEntries<String> failures;

    public LoginThrottle() {
        this(new LocalEntries<>(MAX_ENTRIES));
    }

    public LoginThrottle(SharedEntries<String> failures) {
        this.failures = failures;
    }

    /** How long {@code user} from {@code client} must still wait before an attempt counts; empty when it may try now. */
    public Optional<Duration> waitFor(String user, String client, Instant now) {
        String entry = failures.get(key(user, client));
        if (entry == null) {
            return Optional.empty();
        }
        Failures f = Failures.decode(entry);
        if (!now.isBefore(f.blockedUntil())) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.blockedUntil()));
    }

    public void failed(String user, String client, Instant now) {
        failures.update(key(user, client), old -> {
            Failures f = old == null ? null : Failures.decode(old);
            int count = f == null || f.last().plus(FORGET_AFTER).isBefore(now) ? 1 : f.count() + 1;
            return new Failures(count, now, now.plus(wait(count))).encode();
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
