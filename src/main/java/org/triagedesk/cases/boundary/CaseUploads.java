package org.triagedesk.cases.boundary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.triagedesk.cases.control.ClusterJson;
import org.triagedesk.cases.control.Redactor;
import org.triagedesk.cases.entity.CaseEvidence;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.knowledgebase.boundary.KnowledgeBaseLoader;

/**
 * New evidence for a filed case (files already read from the upload by {@link EvidenceUploads}): each is
 * redacted and kept, a large one as a file under the data folder that is removed again if the transaction fails,
 * and the case is triaged again with everything it has, as of today; the answer says what the new triage changed.
 */
@Stateless
public class CaseUploads {

    /** What new evidence changed in a case's triage. */
    public record Changes(List<String> newFindings, String areaBefore, String areaAfter, List<String> newKnownIssues) {
    }

    /** The evidence added to a case, what was skipped, and what the new triage changed. */
    public record EvidenceAdded(SupportCase supportCase, List<CaseEvidence> added, List<String> skipped, Changes changes) {
    }

    static final int MAX_ROW_CHARS = 1_000_000;

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    CaseTriage triage;

    @Inject
    CaseRecords records;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    KnowledgeBaseLoader knowledgeBase;

    /** Adds the files to the case and triages it again with the cluster profile it was filed with; empty for an unknown case. */
    public Optional<EvidenceAdded> add(String reference, List<Evidence> files, List<String> skipped, String actor) {
        Optional<SupportCase> found = records.find(reference);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SupportCase c = found.get();
        Instant now = clock.instant();
        String before = c.triages().isEmpty() ? null : c.triages().get(c.triages().size() - 1).resultJson();
        List<CaseEvidence> added = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        deleteUnlessCommitted(written);
        // the allow-list of kb/ as last loaded: what identifies nobody (loopback, coredns.io) stays readable
        Redactor redactor = new Redactor(knowledgeBase.redactionAllowList());
        for (Evidence file : files) {
            Redactor.Redacted r = redactor.redact(file.content());
            boolean large = r.text().length() > MAX_ROW_CHARS;
            CaseEvidence item = c.addEvidence(file.name(), large ? r.text().substring(0, MAX_ROW_CHARS) : r.text(),
                    file.content().getBytes(StandardCharsets.UTF_8).length, r.masked().isEmpty() ? null : r.masked().toString(), actor, now);
            if (large) {
                Path path = EvidenceFiles.write(c.id(), r.text());
                written.add(path);
                item.storedAs(EvidenceFiles.relative(path), true);
            }
            added.add(item);
        }
        em.flush();
        TriageRequest request = new TriageRequest(c.title(), c.description(),
                c.evidence().stream().map(e -> new Evidence(e.name(), e.content())).toList(), ClusterJson.read(c.clusterJson()), null,
                c.language());
        String areaBefore = name(c);
        records.record(c, triage.triage(request), actor);
        records.history(c, actor, "evidence", null, String.join(", ", files.stream().map(Evidence::name).toList()));
        em.flush();
        String after = c.triages().get(c.triages().size() - 1).resultJson();
        return Optional.of(new EvidenceAdded(c, added, skipped, TriageChanges.between(before, after, areaBefore, name(c))));
    }

    /** The evidence files written in this transaction are removed again when it rolls back. */
    private void deleteUnlessCommitted(List<Path> written) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    written.forEach(p -> p.toFile().delete());
                }
            }
        });
    }

    private static String name(SupportCase c) {
        return c.coverageArea() == null ? null : c.coverageArea().name();
    }
}
