package org.triagedesk.knowledgebase.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.flywaydb.core.Flyway;

/**
 * Hibernate ORM and Search in plain Java for tests: a fresh H2 database migrated by the real Flyway
 * scripts, Lucene indexes on the heap, and a kb folder loaded through the real reader and sync.
 */
public final class SearchTestBed implements AutoCloseable {

    private final EntityManagerFactory emf;
    private final KbDirectoryReader.Snapshot snapshot;

    private SearchTestBed(EntityManagerFactory emf, KbDirectoryReader.Snapshot snapshot) {
        this.emf = emf;
        this.snapshot = snapshot;
    }

    public static SearchTestBed withKb(Path kb) {
        String url = "jdbc:h2:mem:se-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration").load().migrate();
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("triage-se", Map.of("jakarta.persistence.jdbc.url", url));
        KbDirectoryReader.Snapshot snapshot = new KbDirectoryReader().read(kb);
        // Tests that search a half-loaded knowledge base would measure the wrong thing: stop at once.
        assertEquals(List.of(), snapshot.problems(), "the kb under " + kb + " must load without problems");
        SearchTestBed bed = new SearchTestBed(emf, snapshot);
        bed.inTransaction(em -> new KnowledgeBaseSync().apply(em, snapshot.issues(), Instant.parse("2026-11-25T00:00:00Z")));
        return bed;
    }

    public KbDirectoryReader.Snapshot snapshot() {
        return snapshot;
    }

    public <T> T read(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            return work.apply(em);
        } finally {
            em.close();
        }
    }

    public void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        emf.close();
    }
}
