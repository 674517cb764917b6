package org.triagedesk.web.desk;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.triagedesk.cases.boundary.Cases;
import org.triagedesk.cases.entity.CaseEvidence;
import org.triagedesk.cases.entity.HistoryEntry;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.cases.entity.TriageRecord;
import org.triagedesk.eligibility.boundary.EligibilityCheck;
import org.triagedesk.platform.Language;
import org.triagedesk.web.PageTexts;
import org.triagedesk.web.SafeMarkdown;

/**
 * One case for the engineer working on it: what the customer wrote, the latest triage (verdict,
 * findings, missing facts, area, known issues), the evidence and the history. Status changes, area
 * corrections, uploads and the response draft are their own beans and reload it.
 *
 * <p>Over 150 lines only by its getters and formatting helpers for the page (time, size, Markdown); loading is the
 * one piece of logic, and the card models ({@link CaseTriageSummary}, {@link CaseProfileFacts}) are their own types.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cases cases;

    @Inject
    PageTexts texts;

    @Inject
    EligibilityCheck eligibility;

    private String ref;
    private SupportCase supportCase;
    private CaseTriageSummary triage;
    private CaseProfileFacts profileFacts;
    private DescriptionFold descriptionFold;
    private TriageRecord latest;
    private List<HistoryEntry> entries = List.of();
    private List<CaseHistoryItem> history = List.of();
    private Language historyLanguage;
    private Language triageLanguage;

    /** On opening the page: finds the case named in the address, or says there is none. */
    public void load() {
        reload();
        if (supportCase == null) {
            // the page still explains itself; the status tells bookmarks and tools there is no such case
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void reload() {
        supportCase = ref == null || ref.isBlank() ? null : cases.find(ref.strip()).orElse(null);
        if (supportCase == null) {
            triage = null;
            return;
        }
        List<TriageRecord> all = supportCase.triages();
        latest = all.isEmpty() ? null : all.get(all.size() - 1);
        triage = null;
        triageLanguage = null;
        CaseTriageSummary summary = getTriage();
        profileFacts = CaseProfileFacts.of(latest == null ? null : latest.resultJson(), supportCase.clusterJson(),
                summary == null ? Set.of()
                        : summary.missingFacts().stream().map(CaseTriageSummary.Missing::fact).collect(Collectors.toSet()));
        descriptionFold = DescriptionFold.of(supportCase.description());
        entries = cases.history(supportCase);
        historyLanguage = null;
    }

    public boolean isFound() {
        return supportCase != null;
    }

    public String getNotFoundText() {
        return ref == null || ref.isBlank() ? texts.get("desk", "case.noRef") : texts.get("desk", "case.notFound", ref);
    }

    public String time(Instant at) {
        return CaseTexts.time(at);
    }

    /** A known issue's Markdown (workaround) as safe HTML: raw HTML escaped, unsafe links dropped. */
    public String markdown(String text) {
        return SafeMarkdown.html(text);
    }

    public String size(long bytes) {
        return CaseTexts.size(bytes);
    }

    public String redactions(CaseEvidence e) {
        String text = CaseTexts.redactions(e.redactions());
        return text == null || text.isBlank() ? texts.get("desk", "case.evidence.redactions.none") : text;
    }

    /** The confidence as a whole percentage. */
    public long getConfidencePercent() {
        return supportCase.confidence() == null ? 0 : Math.round(supportCase.confidence() * 100);
    }

    public boolean isCorrected() {
        return !supportCase.corrections().isEmpty();
    }

    public String getReference() {
        return supportCase == null ? null : supportCase.reference().toString();
    }

    public long getVersion() {
        return supportCase.version();
    }

    public SupportCase getCase() {
        return supportCase;
    }

    /** The latest triage worded in the page's language, again after the language switch (which keeps this view). */
    public CaseTriageSummary getTriage() {
        if (latest == null || supportCase == null) {
            return null;
        }
        Language language = texts.language();
        if (triage == null || language != triageLanguage) {
            triage = CaseTriageSummary.of(latest.resultJson(), eligibility.texts(language));
            triageLanguage = language;
        }
        return triage;
    }

    public CaseProfileFacts getProfileFacts() {
        return profileFacts;
    }

    public DescriptionFold getDescriptionFold() {
        return descriptionFold;
    }

    public TriageRecord getLatest() {
        return latest;
    }

    public List<CaseHistoryItem> getHistory() {
        // worded again after the language switch, which keeps this view and its case
        Language language = texts.language();
        if (language != historyLanguage) {
            history = CaseHistoryItem.of(entries, texts);
            historyLanguage = language;
        }
        return history;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }
}
