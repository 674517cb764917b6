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

import org.triagedesk.platform.LocalEntries;
import org.triagedesk.platform.SharedEntries;

/**
 * Remembers for a short while that a user name and password were verified, so an integration that
 * sends HTTP Basic on every call does not pay for PBKDF2 each time. Only a SHA-256 digest of the
 * password is held, never the password; a user's entries are dropped whenever the account changes.
 *
 * <p>The remembered verifications stay in this JVM, but each carries the account's version as it was then,
 * and the versions live in {@link SharedEntries}: when clustered, a changed password (or role, or a disabled
 * account) raises the version on every node at once, so the old password stops working everywhere, not only on
 * the node that changed it.
 */
public class VerifiedCredentials {

    record Entry(String user, Set<String> roles, Instant expires, long accountVersion) {
    }

    static final int MAX_ENTRIES = 10_000;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final SharedEntries<Long> accountVersions;

    public VerifiedCredentials(Duration lifetime) {
        this(lifetime, new LocalEntries<>(MAX_ENTRIES));
    }

    public VerifiedCredentials(Duration lifetime, SharedEntries<Long> accountVersions) {
        this.lifetime = lifetime;
        this.accountVersions = accountVersions;
    }

    public Optional<Set<String>> roles(String user, String password, Instant now) {
        Entry entry = entries.get(key(user, password));
        if (entry == null || now.isAfter(entry.expires()) || entry.accountVersion() != version(user)) {
            return Optional.empty();
        }
        return Optional.of(entry.roles());
    }

    /**
     * Remembers a verification; {@code versionBefore} is {@link #version} read <em>before</em> the password was
     * checked, so an account changed meanwhile (on any node) is not remembered with its old password.
     */
    public void remember(String user, String password, Set<String> roles, Instant now, long versionBefore) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> now.isAfter(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key(user, password), new Entry(user, Set.copyOf(roles), now.plus(lifetime), versionBefore));
    }

    public void remember(String user, String password, Set<String> roles, Instant now) {
        remember(user, password, roles, now, version(user));
    }

    /** The account's version as every node sees it (0 until it first changes). */
    public long version(String user) {
        Long version = accountVersions.get(user);
        return version == null ? 0 : version;
    }

    /** The account changed: what was verified before counts nowhere any more. */
    public void forget(String user) {
        accountVersions.update(user, v -> v == null ? 1L : v + 1);
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
