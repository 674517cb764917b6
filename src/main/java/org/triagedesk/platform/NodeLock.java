package org.triagedesk.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.persistence.EntityManager;

/**
 * One node at a time for work that must happen once however many nodes start together (the first admin, the kb/
 * load): a PostgreSQL transaction-level advisory lock, as Flyway takes for its migrations. The lock is held until
 * the caller's transaction ends, so the next node waits and then sees what the first one committed. On H2 (one
 * node only, {@link ClusterSettings}) there is nobody to wait for and nothing is locked.
 */
public final class NodeLock {

    private NodeLock() {
    }

    /** Waits until no other node holds the lock {@code name}, and holds it for the rest of the current transaction. */
    public static void exclusive(EntityManager em, String name) {
        if (!TriageSettings.onPostgresql()) {
            return;
        }
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) as locked").setParameter(1, key(name)).getSingleResult();
    }

    /** The lock's number: the first eight bytes of SHA-256 over "triage-desk:" and the name. */
    static long key(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("triage-desk:" + name).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
