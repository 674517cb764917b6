package org.triagedesk.knowledgebase.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.classification.entity.LabelledExample;
import org.triagedesk.knowledgebase.control.Glossary;
import org.triagedesk.knowledgebase.control.KbDirectoryReader;
import org.triagedesk.knowledgebase.control.KnowledgeBaseSync;
import org.triagedesk.knowledgebase.entity.ExampleReport;
import org.triagedesk.knowledgebase.entity.KnowledgeChanged;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.knowledgebase.entity.LoadProblem;
import org.triagedesk.knowledgebase.entity.LoadReport;
import org.triagedesk.platform.TriageSettings;
import org.triagedesk.templates.boundary.ResponseTemplates;

/**
 * Loads kb/ at every start and on an admin's request: known issues into the database (and with it
 * the index), templates into memory. Before the first load it checks that the search indexes agree
 * with the database and rebuilds them when they do not (a new data folder, a restored database).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class KnowledgeBaseLoader {

    private static final Logger LOG = Logger.getLogger(KnowledgeBaseLoader.class.getName());

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    ResponseTemplates templates;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<KnowledgeChanged> changed;

    private volatile LoadReport last;
    private volatile List<ExampleReport> examples = List.of();
    private volatile Glossary glossary = Glossary.empty();

    @PostConstruct
    void atStart() {
        reindexWhenOutOfStep();
        // the first load tells nobody: the classifier starts after this bean (@DependsOn) and trains then
        LoadReport report = load();
        report.problems().forEach(p -> LOG.warning(() -> "kb: " + p));
    }

    /** Loads kb/ again (an admin's reload), and tells the classifier that what it learns from changed. */
    @Lock(LockType.WRITE)
    public LoadReport reload() {
        LoadReport report = load();
        changed.fire(new KnowledgeChanged(report.at(), "kb loaded"));
        return report;
    }

    private LoadReport load() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        KbDirectoryReader.Snapshot snapshot = new KbDirectoryReader().read(TriageSettings.kbDirectory());
        KnowledgeBaseSync.Outcome outcome = new KnowledgeBaseSync().apply(em, snapshot.issues(), now);
        templates.replace(snapshot.templates());
        examples = snapshot.examples();
        glossary = snapshot.glossary();
        List<LoadProblem> problems = new ArrayList<>(snapshot.problems());
        problems.addAll(outcome.problems());
        last = new LoadReport(TriageSettings.kbDirectory().toString(), now, snapshot.files(), outcome.created(), outcome.updated(),
                outcome.unchanged(), outcome.retired(), snapshot.templates().size(), snapshot.examples().size(),
                snapshot.glossary().entries().size(), problems, (System.nanoTime() - started) / 1_000_000);
        LOG.info(() -> "kb loaded from " + last.directory() + ": " + last.files() + " known-issue files (" + last.created()
                + " new, " + last.updated() + " changed, " + last.unchanged() + " unchanged, " + last.retired() + " retired), "
                + last.templates() + " templates, " + last.examples() + " labelled reports, " + last.glossaryConcepts()
                + " glossary concepts, " + last.problems().size() + " problems, " + last.millis() + " ms");
        return last;
    }

    @Lock(LockType.READ)
    public LoadReport lastReport() {
        return last;
    }

    /** The labelled reports of kb/examples as last loaded. */
    @Lock(LockType.READ)
    public List<ExampleReport> examples() {
        return examples;
    }

    /** The bilingual glossary of kb/glossary as last loaded. */
    @Lock(LockType.READ)
    public Glossary glossary() {
        return glossary;
    }

    private void reindexWhenOutOfStep() {
        long issues = em.createQuery("select count(k) from KnownIssue k", Long.class).getSingleResult();
        long examples = em.createQuery("select count(e) from LabelledExample e", Long.class).getSingleResult();
        long cases = em.createQuery("select count(c) from SupportCase c", Long.class).getSingleResult();
        var session = Search.session(em);
        long indexedIssues = session.search(KnownIssue.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long indexedExamples = session.search(LabelledExample.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long indexedCases = session.search(SupportCase.class).where(f -> f.matchAll()).fetchTotalHitCount();
        if (issues != indexedIssues || examples != indexedExamples || cases != indexedCases) {
            LOG.warning(() -> "search indexes out of step with the database (" + indexedIssues + "/" + issues + " known issues, "
                    + indexedExamples + "/" + examples + " examples, " + indexedCases + "/" + cases + " cases): rebuilding them");
            rebuildIndexes();
        }
    }

    /** How a rebuild of the search indexes went: documents written and the time it took. */
    public record IndexRebuild(long knownIssues, long examples, long cases, long millis) {
        public double documentsPerSecond() {
            return millis == 0 ? 0 : (knownIssues + examples + cases) * 1000.0 / millis;
        }
    }

    /** Rebuilds every search index from the database (the mass indexer), e.g. after a restore. */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public IndexRebuild rebuildIndexes() {
        long started = System.nanoTime();
        try {
            Search.session(em).massIndexer(KnownIssue.class, LabelledExample.class, SupportCase.class).threadsToLoadObjects(2)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reindexing interrupted", e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        IndexRebuild rebuild = new IndexRebuild(count("KnownIssue"), count("LabelledExample"), count("SupportCase"), millis);
        LOG.info(() -> "search indexes rebuilt in " + millis + " ms: " + rebuild);
        return rebuild;
    }

    private long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class).getSingleResult();
    }
}
