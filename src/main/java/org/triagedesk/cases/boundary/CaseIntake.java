package org.triagedesk.cases.boundary;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.triagedesk.cases.control.Redactor;
import org.triagedesk.cases.control.TriageResultJson;
import org.triagedesk.cases.entity.CaseReference;
import org.triagedesk.cases.entity.Severity;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.knowledgebase.boundary.KnowledgeBaseLoader;

/**
 * Filing a case: its evidence redacted before anything is kept, the next number of the one sequence
 * ({@code CASE-year-number}, never reused), then triaged and kept with the answer, in its history.
 */
@Stateless
public class CaseIntake {

    @PersistenceContext(unitName = "triage")
    EntityManager em;

    @Inject
    CaseTriage triage;

    @Inject
    CaseRecords records;

    @Inject
    Clock clock;

    @Inject
    KnowledgeBaseLoader knowledgeBase;

    public SupportCase file(TriageRequest request, String customer, Severity severity, String actor) {
        Instant now = clock.instant();
        List<Evidence> redacted = new ArrayList<>();
        List<Redactor.Redacted> masks = new ArrayList<>();
        // the allow-list of kb/ as last loaded: what identifies nobody (loopback, coredns.io) stays readable
        Redactor redactor = new Redactor(knowledgeBase.redactionAllowList());
        for (Evidence e : request.evidence()) {
            Redactor.Redacted r = redactor.redact(e.content());
            redacted.add(new Evidence(e.name(), r.text()));
            masks.add(r);
        }
        TriageRequest safe = new TriageRequest(request.title(), request.description(), redacted, request.cluster(), request.asOf(),
                request.language());
        SupportCase supportCase = new SupportCase(nextReference(now), request.title(), request.description(), customer, severity,
                safe.answerLanguage(), TriageResultJson.cluster(request.cluster()).build().toString(), actor, now);
        for (int i = 0; i < redacted.size(); i++) {
            Evidence e = redacted.get(i);
            supportCase.addEvidence(e.name(), e.content(), request.evidence().get(i).content().getBytes(StandardCharsets.UTF_8).length,
                    masks.get(i).masked().isEmpty() ? null : masks.get(i).masked().toString(), actor, now);
        }
        em.persist(supportCase);
        records.history(supportCase, actor, "filed", null, supportCase.reference().toString());
        records.record(supportCase, triage.triage(safe), actor);
        return supportCase;
    }

    private CaseReference nextReference(Instant now) {
        String sql = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getSequenceSupport().getSequenceNextValString("case_number");
        long number = ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
        return new CaseReference(Year.from(now.atOffset(ZoneOffset.UTC)).getValue(), number);
    }
}
