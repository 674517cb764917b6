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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.triagedesk.knowledgebase.control.DuplicateCheck;
import org.triagedesk.knowledgebase.control.KbDirectoryReader;
import org.triagedesk.knowledgebase.control.KnowledgeBaseSync;
import org.triagedesk.knowledgebase.entity.ExampleReport;
import org.triagedesk.knowledgebase.entity.Glossary;
import org.triagedesk.knowledgebase.entity.KnowledgeChanged;
import org.triagedesk.knowledgebase.entity.LoadProblem;
import org.triagedesk.knowledgebase.entity.LoadReport;
import org.triagedesk.knowledgebase.entity.RedactionAllowList;
import org.triagedesk.platform.NodeLock;
import org.triagedesk.platform.TriageSettings;
import org.triagedesk.templates.boundary.ResponseTemplates;

/**
 * Loads kb/ at every start and on an admin's request: known issues into the database (and with it
 * the index), templates into memory, the labelled reports and the glossary for the classifier, the redaction
 * allow-list for the evidence of new cases. It starts after
 * {@code SearchIndexes} has checked the indexes against the database.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "SearchIndexes"})
public class KnowledgeBaseLoader {

    private static final Logger LOG = Logger.getLogger(KnowledgeBaseLoader.class.getName());

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    ResponseTemplates templates;

    @Inject
    Clock clock;

    @Inject
    Event<KnowledgeChanged> changed;

    private volatile LoadReport last;
    private volatile List<ExampleReport> examples = List.of();
    private volatile Glossary glossary = Glossary.empty();
    private volatile RedactionAllowList allowList =
            RedactionAllowList.RESERVED_ONLY;

    @PostConstruct
    void atStart() {
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

    /** Nodes that start (or reload) together load kb/ one after the other: the first writes, the others find it unchanged. */
    private LoadReport load() {
        NodeLock.exclusive(em, "kb-load");
        long started = System.nanoTime();
        Instant now = clock.instant();
        KbDirectoryReader.Snapshot snapshot = new KbDirectoryReader().read(TriageSettings.kbDirectory());
        KnowledgeBaseSync.Outcome outcome = new KnowledgeBaseSync().apply(em, snapshot.issues(), now);
        templates.replace(snapshot.templates());
        examples = snapshot.examples();
        glossary = snapshot.glossary();
        allowList = snapshot.allowList();
        List<LoadProblem> problems = new ArrayList<>(snapshot.problems());
        problems.addAll(outcome.problems());
        last = new LoadReport(TriageSettings.kbDirectory().toString(), now, snapshot.files(), outcome.created(), outcome.updated(),
                outcome.unchanged(), outcome.retired(), snapshot.templates().size(), snapshot.examples().size(),
                snapshot.glossary().entries().size(), problems,
                DuplicateCheck.pairs(snapshot.issues().stream().map(e -> new DuplicateCheck.Entry(e.key(), e.content())).toList()),
                (System.nanoTime() - started) / 1_000_000);
        LOG.info(() -> "kb loaded from " + last.directory() + ": " + last.files() + " known-issue files (" + last.created()
                + " new, " + last.updated() + " changed, " + last.unchanged() + " unchanged, " + last.retired() + " retired), "
                + last.templates() + " templates, " + last.examples() + " labelled reports, " + last.glossaryConcepts()
                + " glossary concepts, " + last.problems().size() + " problems, " + last.likelyDuplicates().size() + " likely duplicates, "
                + last.millis() + " ms");
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

    /** What the redaction of evidence never masks, from kb/redaction/allow-list.txt as last loaded. */
    @Lock(LockType.READ)
    public RedactionAllowList redactionAllowList() {
        return allowList;
    }

    /** The bilingual glossary of kb/glossary as last loaded. */
    @Lock(LockType.READ)
    public Glossary glossary() {
        return glossary;
    }
}
