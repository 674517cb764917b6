package org.triagedesk.web.desk;

import java.io.Serializable;
import java.util.Objects;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.triagedesk.cases.boundary.CaseLifecycle;
import org.triagedesk.cases.entity.CaseDraft;
import org.triagedesk.cases.entity.StaleCaseException;
import org.triagedesk.web.PageTexts;

/**
 * The response draft of the open case as the engineer edits it: the latest saved version when
 * there is one, else the draft the latest triage wrote. Saving keeps the text as the case's next
 * draft version, with the template it started from; when a later triage drafts from another
 * template, the card says the text started from the older one. What the engineer typed is never
 * replaced behind their back: a new triage or a refused save leaves unsaved text in the box.
 * <p>
 * Over 150 lines: following a later triage without losing typed text needs the draft's origin, the latest
 * triage's template and the engineer's unsaved text side by side.
 */
@Named
@ViewScoped
public class CaseDraftView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key of the draft card's own messages (case-draft.xhtml), apart from the page's. */
    static final String MESSAGES = "draft";

    @Inject
    CaseView caseView;
    @Inject
    CaseLifecycle lifecycle;
    @Inject
    SecurityContext security;
    @Inject
    PageTexts texts;

    private String text;
    private String loaded;
    private String originKey;
    private String originLanguage;
    private String seen;

    /** Brings the box in step with the case when it changed, unless the engineer has unsaved text in it. */
    private void sync() {
        if (!caseView.isFound()) {
            return;
        }
        CaseDraft saved = caseView.getCase().latestDraft();
        String now = caseView.getCase().triages().size() + "/" + (saved == null ? 0 : saved.number());
        if (now.equals(seen)) {
            return;
        }
        seen = now;
        if (text != null && !text.equals(loaded)) {
            return;
        }
        CaseTriageSummary triage = caseView.getTriage();
        if (saved != null) {
            show(saved.body(), saved.templateKey(), saved.templateLanguage());
        } else if (triage != null && triage.draftBody() != null) {
            show(triage.draftBody(), triage.draftKey(), triage.draftLanguage());
        } else {
            show(null, null, null);
        }
        loaded = text;
    }

    private void show(String body, String key, String language) {
        text = body;
        originKey = key;
        originLanguage = language;
    }

    public void save() {
        sync();
        if (text == null || text.isBlank()) {
            texts.errorFor(MESSAGES, "desk", "case.draft.empty", texts.get("desk", "case.draft.body"));
            return;
        }
        if (text.length() > CaseDraft.MAX_CHARS) {
            texts.errorFor(MESSAGES, "desk", "case.draft.tooLong", texts.get("desk", "case.draft.body"), CaseDraft.MAX_CHARS, text.length());
            return;
        }
        CaseDraft before = caseView.getCase().latestDraft();
        try {
            lifecycle.editDraft(caseView.getReference(), text, originKey, originLanguage, caseView.getVersion(),
                    security.getCallerPrincipal().getName());
        } catch (EJBException | StaleCaseException e) {
            if (!CaseFailures.stale(e)) {
                throw e;
            }
            refused();
            return;
        }
        caseView.reload();
        CaseDraft after = caseView.getCase().latestDraft();
        loaded = text;
        seen = null;
        sync();
        if (before != null && after.number() == before.number()) {
            texts.infoFor(MESSAGES, "desk", "case.draft.unchanged", after.number());
        } else {
            texts.infoFor(MESSAGES, "desk", "case.draft.saved", after.number());
        }
    }

    /** Someone changed the case first: say who saved a draft meanwhile, keep the text, and let a second save win. */
    private void refused() {
        int known = caseView.getCase().latestDraft() == null ? 0 : caseView.getCase().latestDraft().number();
        caseView.reload();
        CaseDraft now = caseView.getCase().latestDraft();
        if (now != null && now.number() != known) {
            texts.errorFor(MESSAGES, "desk", "case.draft.staleDraft", now.edited().by(), now.number(), CaseTexts.time(now.edited().at()));
        } else {
            texts.errorFor(MESSAGES, "desk", "case.draft.stale");
        }
        // the page now knows the case as it is; the text stays as typed (unsaved) until saved again
        String typed = text;
        String key = originKey;
        String language = originLanguage;
        sync();
        show(typed, key, language);
    }

    /** Replaces the text with the draft of the latest triage (not saved until the engineer saves it). */
    public void startFromLatestTemplate() {
        CaseTriageSummary triage = caseView.getTriage();
        if (triage != null && triage.draftBody() != null) {
            show(triage.draftBody(), triage.draftKey(), triage.draftLanguage());
            texts.infoFor(MESSAGES, "desk", "case.draft.restarted");
        }
    }

    /** There is a draft to edit: the triage wrote one or an engineer saved one (an emptied box still counts). */
    public boolean isAvailable() {
        return caseView.isFound() && (caseView.getTriage() != null && caseView.getTriage().draftBody() != null
                || caseView.getCase().latestDraft() != null);
    }

    /** The latest triage drafts from another template than the one the text in the box started from. */
    public boolean isTemplateChanged() {
        sync();
        CaseTriageSummary triage = caseView.getTriage();
        return triage != null && triage.draftKey() != null && originKey != null
                && !(Objects.equals(originKey, triage.draftKey()) && Objects.equals(originLanguage, triage.draftLanguage()));
    }

    public CaseDraft getSaved() {
        return caseView.isFound() ? caseView.getCase().latestDraft() : null;
    }

    public String getSubject() {
        return caseView.getTriage() == null ? null : caseView.getTriage().draftSubject();
    }

    public String getOriginKey() {
        sync();
        return originKey;
    }

    public String getOriginLanguage() {
        sync();
        return originLanguage;
    }

    public String getText() {
        sync();
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
