package org.triagedesk.cases.boundary;

import java.time.Clock;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.triagedesk.cases.entity.CaseDraft;
import org.triagedesk.cases.entity.CaseStatus;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.classification.boundary.Classifier;
import org.triagedesk.classification.entity.LabelledExample;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.Evidence;

/**
 * A case after filing: its status through the life cycle, an engineer's correction of its area, and the edits of
 * its response draft. Each change checks the version the engineer read (optimistic locking) and writes a line of
 * history; a correction, and a case settled without one (see {@link SupportCase#settledAreaOnMoveFrom}), teach the
 * classifier at once.
 */
@Stateless
public class CaseLifecycle {

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    CaseRecords records;

    @Inject
    Classifier classifier;

    @Inject
    Clock clock;

    public Optional<SupportCase> moveTo(String reference, CaseStatus next, long version, String actor) {
        return records.find(reference).map(c -> {
            c.requireVersion(version);
            CaseStatus before = c.status();
            c.moveTo(next, clock.instant());
            records.history(c, actor, before.isReopening(next) ? "reopened" : "status", before.name(), next.name());
            c.settledAreaOnMoveFrom(before).ifPresent(
                    area -> classifier.learn(text(c), area, LabelledExample.Kind.CASE, c.reference().toString(), null, actor));
            em.flush();
            return c;
        });
    }

    public Optional<SupportCase> correctArea(String reference, CoverageArea area, String reason, long version, String actor) {
        return records.find(reference).map(c -> {
            c.requireVersion(version);
            CoverageArea before = c.coverageArea();
            c.correctArea(area, reason, actor, clock.instant());
            records.history(c, actor, "area", before == null ? null : before.name(), area.name() + " (" + reason + ")");
            classifier.learn(text(c), area, LabelledExample.Kind.CORRECTION, c.reference().toString(), reason, actor);
            em.flush();
            return c;
        });
    }

    /**
     * Keeps an engineer's edit of the response draft as the case's next draft version (optimistic
     * locking: {@code version} is the case's version the engineer read), in the case's history.
     * The same text as the latest version changes nothing.
     */
    public Optional<SupportCase> editDraft(String reference, String body, String templateKey, String templateLanguage, long version,
            String actor) {
        return records.find(reference).map(c -> {
            c.requireVersion(version);
            CaseDraft before = c.latestDraft();
            CaseDraft saved = c.editDraft(body, templateKey, templateLanguage, actor, clock.instant());
            if (saved != before) {
                records.history(c, actor, "draft", before == null ? null : String.valueOf(before.number()), saved.historyText());
            }
            em.flush();
            return c;
        });
    }

    private static CaseText text(SupportCase c) {
        return new CaseText(c.title(), c.description(), c.evidence().stream().map(e -> new Evidence(e.name(), e.content())).toList());
    }
}
