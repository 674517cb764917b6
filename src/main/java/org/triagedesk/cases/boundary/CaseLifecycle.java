package org.triagedesk.cases.boundary;

import java.io.StringReader;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.triagedesk.cases.control.ClusterJson;
import org.triagedesk.cases.control.TriageResultJson;
import org.triagedesk.cases.entity.CaseDraft;
import org.triagedesk.cases.entity.CaseStatus;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.classification.boundary.Classifier;
import org.triagedesk.classification.entity.LabelledExample;
import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.Evidence;

/**
 * A case after filing: its status through the life cycle, an engineer's correction of its area and of its cluster
 * profile (which triages it again), and the edits of its response draft. Each change checks the version the engineer read (optimistic locking) and writes a line of
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

    @Inject
    CaseTriage triage;

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

    /**
     * An engineer's correction of the cluster profile (optimistic locking: {@code version} is the case's version the
     * engineer read), in the history; the case is then triaged again with it and all its evidence, as of today, in
     * its answer language. An unchanged profile is neither saved nor triaged again: empty {@code changed}.
     */
    public Optional<ProfileEdit> editProfile(String reference, ClusterProfile profile, long version, String actor) {
        return records.find(reference).map(c -> {
            c.requireVersion(version);
            String before = c.clusterJson();
            String after = TriageResultJson.cluster(profile).build().toString();
            if (!c.changeProfile(after, clock.instant())) {
                return new ProfileEdit(c, false);
            }
            records.history(c, actor, "profile", null, String.join(",", changedFields(before, after)));
            TriageRequest request = new TriageRequest(c.title(), c.description(),
                    c.evidence().stream().map(e -> new Evidence(e.name(), e.content())).toList(), ClusterJson.read(c.clusterJson()), null,
                    c.language());
            records.record(c, triage.triage(request), actor);
            em.flush();
            return new ProfileEdit(c, true);
        });
    }

    /** The profile's fields (by their API names) whose value differs between two profiles kept as JSON. */
    static List<String> changedFields(String before, String after) {
        JsonObject a = before == null || before.isBlank() ? JsonValue.EMPTY_JSON_OBJECT
                : Json.createReader(new StringReader(before)).readObject();
        JsonObject b = Json.createReader(new StringReader(after)).readObject();
        Set<String> names = new LinkedHashSet<>(b.keySet());
        names.addAll(a.keySet());
        return names.stream().filter(n -> !same(a.get(n), b.get(n))).toList();
    }

    private static boolean same(JsonValue x, JsonValue y) {
        boolean xEmpty = x == null || x == JsonValue.NULL || x.equals(JsonValue.EMPTY_JSON_ARRAY);
        boolean yEmpty = y == null || y == JsonValue.NULL || y.equals(JsonValue.EMPTY_JSON_ARRAY);
        return xEmpty && yEmpty || x != null && x.equals(y);
    }

    /** A case after a profile edit, and whether the edit changed anything (and so triaged it again). */
    public record ProfileEdit(SupportCase supportCase, boolean changed) {
    }

    private static CaseText text(SupportCase c) {
        return new CaseText(c.title(), c.description(), c.evidence().stream().map(e -> new Evidence(e.name(), e.content())).toList());
    }
}
