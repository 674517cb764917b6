package org.triagedesk.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;

/**
 * The search indexes as a whole, whatever entities are indexed: at start they are checked against the database
 * and rebuilt when they disagree (a new data folder, a restored database, a node that died mid-write), and an admin
 * can rebuild them. Nothing here knows the business entities: it counts what Hibernate Search indexes.
 *
 * <p>Over 150 lines because the start-up check differs per backend (a marker in the data folder for Lucene, the
 * document counts of the shared OpenSearch indexes for several nodes) and both are kept side by side here.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class SearchIndexes {

    private static final Logger LOG = Logger.getLogger(SearchIndexes.class.getName());

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    /** How a rebuild went: documents per indexed entity (by entity name) and the time it took. */
    public record Rebuild(Map<String, Long> documents, long millis) {
        public double documentsPerSecond() {
            long all = documents.values().stream().mapToLong(Long::longValue).sum();
            return millis == 0 ? 0 : all * 1000.0 / millis;
        }

        public long of(String entityName) {
            return documents.getOrDefault(entityName, 0L);
        }
    }

    /**
     * The layout of the indexes' documents: raise it whenever a mapping changes what a document holds (a new stored
     * field, another analyzer), so that an index written by an earlier build is rebuilt at start instead of
     * answering without the new fields. 2: known issues store the view a match reads (KnownIssueView). 3: a case's
     * severity is sortable (the inbox sorted by severity). 4: a case's reference as a number to sort by
     * ({@code reference_order}).
     */
    static final String LAYOUT = "4";

    @PostConstruct
    void atStart() {
        if (TriageSettings.searchOnElasticsearch()) {
            // one node at a time: the first creates the indexes in OpenSearch, the others find and validate them
            NodeLock.exclusive(em, "search-schema");
            Search.mapping(em.getEntityManagerFactory()).scope(Object.class).schemaManager().createOrValidate();
        }
        Path marker = TriageSettings.dataDirectory().resolve("index").resolve("layout.txt");
        boolean sameLayout = LAYOUT.equals(readMarker(marker));
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Long> indexed = new LinkedHashMap<>();
        var session = Search.session(em);
        for (SearchIndexedEntity<?> entity : Search.mapping(em.getEntityManagerFactory()).allIndexedEntities()) {
            rows.put(entity.jpaName(), count(entity.jpaName()));
            indexed.put(entity.jpaName(), session.search(entity.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount());
        }
        if (TriageSettings.searchOnElasticsearch()) {
            atStartOnOpenSearch(rows, indexed);
            return;
        }
        if (!rows.equals(indexed)) {
            LOG.warning(() -> "search indexes out of step with the database (indexed " + indexed + ", rows " + rows + "): rebuilding them");
            rebuild();
        } else if (!sameLayout && rows.values().stream().anyMatch(n -> n > 0)) {
            LOG.warning(() -> "search indexes written with another document layout (not " + LAYOUT + "): rebuilding them");
            rebuild();
        }
        writeMarker(marker);
    }

    /**
     * Several nodes share one OpenSearch, and the outbox (not this node) brings the index up to date: counts that
     * differ at start mostly mean events another node committed and an agent has not yet sent. Only an index that is
     * empty while the database is not (a new or lost OpenSearch) is rebuilt here; two nodes that start together on
     * one may both rebuild it, which writes the same documents twice and loses nothing. An admin's
     * POST /api/v1/kb/reindex rebuilds it whatever it holds.
     */
    private void atStartOnOpenSearch(Map<String, Long> rows, Map<String, Long> indexed) {
        boolean emptyIndex = indexed.values().stream().allMatch(n -> n == 0);
        boolean data = rows.values().stream().anyMatch(n -> n > 0);
        if (emptyIndex && data) {
            LOG.warning(() -> "the OpenSearch indexes are empty and the database is not (rows " + rows + "): rebuilding them");
            // nothing to purge: the purge is a delete-by-query (OpenSearch's reindex module), and a node purging while
            // another one that started with it is already writing would delete that node's documents
            rebuild(false);
        } else if (!rows.equals(indexed)) {
            LOG.info(() -> "OpenSearch holds " + indexed + " for rows " + rows + ": the outbox brings it up to date");
        }
    }

    /** Rebuilds every search index from the database (the mass indexer). */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Rebuild rebuild() {
        return rebuild(true);
    }

    /**
     * @param purge delete every document first (what an admin's rebuild wants: rows deleted meanwhile leave none). On
     *     Lucene that is a purge; on OpenSearch the indexes are dropped and created again instead, because a purge
     *     there is a delete-by-query, which needs OpenSearch's reindex module (a minimal distribution has none); the
     *     other nodes' searches fail (503, searchIndex) for the seconds the indexes are being created
     */
    private Rebuild rebuild(boolean purge) {
        long started = System.nanoTime();
        boolean openSearch = TriageSettings.searchOnElasticsearch();
        try {
            Search.session(em).massIndexer().threadsToLoadObjects(2)
                    .dropAndCreateSchemaOnStart(purge && openSearch)
                    .purgeAllOnStart(purge && !openSearch)
                    // one segment per index afterwards: a triage looks up each of its terms once per segment, and
                    // the mass indexer leaves ten or so (docs/performance.md, issue 17). Not on OpenSearch: its
                    // own merges handle a shared index, and a force merge is meant for indexes nobody writes to
                    .mergeSegmentsOnFinish(!openSearch)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reindexing interrupted", e);
        }
        Map<String, Long> documents = new LinkedHashMap<>();
        Search.mapping(em.getEntityManagerFactory()).allIndexedEntities().forEach(e -> documents.put(e.jpaName(), count(e.jpaName())));
        Rebuild rebuild = new Rebuild(documents, (System.nanoTime() - started) / 1_000_000);
        LOG.info(() -> "search indexes rebuilt in " + rebuild.millis() + " ms: " + documents);
        return rebuild;
    }

    /**
     * Documents per indexed entity as the index backend answers now (the readiness check): a query on every index.
     * While a rebuild holds the bean this fails after two seconds, and the node is not ready.
     */
    @Lock(LockType.READ)
    @AccessTimeout(value = 2, unit = TimeUnit.SECONDS)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, Long> indexedDocuments() {
        Map<String, Long> indexed = new LinkedHashMap<>();
        var session = Search.session(em);
        for (SearchIndexedEntity<?> entity : Search.mapping(em.getEntityManagerFactory()).allIndexedEntities()) {
            indexed.put(entity.jpaName(), session.search(entity.javaClass()).where(f -> f.matchAll()).fetchTotalHitCount());
        }
        return indexed;
    }

    private static String readMarker(Path marker) {
        try {
            return Files.isRegularFile(marker) ? Files.readString(marker, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void writeMarker(Path marker) {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, LAYOUT + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warning(() -> "cannot write the index layout marker " + marker + ": " + e);
        }
    }

    private long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
    }
}
