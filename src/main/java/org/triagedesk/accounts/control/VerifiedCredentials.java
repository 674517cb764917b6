package org.triagedesk.accounts.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers for a short while that a user name and password were verified, so an integration that
 * sends HTTP Basic on every call does not pay for PBKDF2 each time. Only a SHA-256 digest of the
 * password is held, never the password; a user's entries are dropped whenever the account changes.
 */
public class VerifiedCredentials {

    record Entry(String user, Set<String> roles, Instant expires) {
    }

    static final int MAX_ENTRIES = 10_000;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration lifetime;

    public VerifiedCredentials(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Optional<Set<String>> roles(String user, String password, Instant now) {
        Entry entry = entries.get(key(user, password));
        if (entry == null || now.isAfter(entry.expires())) {
            return Optional.empty();
        }
        return Optional.of(entry.roles());
    }

    public void remember(String user, String password, Set<String> roles, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> now.isAfter(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key(user, password), new Entry(user, Set.copyOf(roles), now.plus(lifetime)));
    }

    public void forget(String user) {
        entries.values().removeIf(e -> e.user().equals(user));
    }

    private static String key(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
