package org.triagedesk.web.selfcheck;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletRequest;

import org.primefaces.model.file.UploadedFiles;
import org.triagedesk.cases.boundary.CaseTriage;
import org.triagedesk.cases.boundary.EvidenceUploads;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.cases.entity.TriageResult;
import org.triagedesk.eligibility.boundary.Catalogs;
import org.triagedesk.eligibility.boundary.EligibilityCheck;
import org.triagedesk.eligibility.entity.HostPlatform;
import org.triagedesk.eligibility.entity.PlatformLifecycle;
import org.triagedesk.eligibility.entity.PolicyRule;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.platform.PublicRateLimit;
import org.triagedesk.web.FieldMessages;
import org.triagedesk.web.IssueLanguages;
import org.triagedesk.web.LanguageChoice;
import org.triagedesk.web.PageTexts;
import org.triagedesk.web.ShownTerms;

/**
 * The public self-check (the start page): a customer describes a problem, pastes or uploads
 * evidence and what they know of the cluster, and sees at once whether support covers it, why, what
 * is missing, the coverage area and the known issues that match. Nothing is saved. The answer is
 * in the page's language and is worded again when the visitor switches language.
 * <p>
 * Over 150 lines: the page's one action (check) with the rate limit, the language it follows, and the getters the
 * answer panels read; the field checks are the request's constraints ({@link FieldMessages}); the wording lives in {@link SelfCheckWording}, the evidence in {@link SelfCheckEvidence}.
 */
@Named
@ViewScoped
public class SelfCheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseTriage triage;
    @Inject
    EvidenceUploads uploads;
    @Inject
    Catalogs catalogs;
    @Inject
    EligibilityCheck eligibility;
    @Inject
    LanguageChoice languageChoice;
    @Inject
    PageTexts texts;

    private final SelfCheckForm form = new SelfCheckForm();
    private final SelfCheckEvidence evidence = new SelfCheckEvidence();
    // the request and its answer stay in memory only; after a restart the visitor checks again
    private transient UploadedFiles files;
    private transient TriageRequest request;
    private transient TriageResult result;
    private transient SelfCheckWording wording;

    public void check() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (rateLimited(faces)) {
            return;
        }
        List<Evidence> pasted = form.pastedEvidence();
        TriageRequest checked = new TriageRequest(form.getTitle(), form.getDescription(), pasted, form.profile(), form.getAsOf(),
                languageChoice.getLanguage());
        // the request's constraints (the API's), for the day asked about or today; every problem at once
        if (!FieldMessages.check("selfCheck", checked, form.getAsOf() != null ? form.getAsOf() : LocalDate.now(ZoneOffset.UTC))
                || !evidence.read(uploads, files, texts)) {
            return;
        }
        List<Evidence> all = new ArrayList<>(pasted);
        all.addAll(evidence.files());
        request = new TriageRequest(form.getTitle(), form.getDescription(), all, form.profile(), form.getAsOf(),
                languageChoice.getLanguage());
        run();
    }

    /**
     * Over the public rate limit (platform.PublicRateLimit marked the request): no check, the answer
     * is 429 with Retry-After, and the form keeps what was entered, with the reason and when to try
     * again in the page's language.
     */
    private boolean rateLimited(FacesContext faces) {
        OptionalLong wait = PublicRateLimit.retryAfter(
                (ServletRequest) faces.getExternalContext().getRequest());
        if (wait.isEmpty()) {
            return false;
        }
        // an answer left from before would now sit under the changed form as if it were its answer
        request = null;
        result = null;
        faces.getExternalContext().setResponseStatus(429);
        faces.getExternalContext().setResponseHeader("Retry-After", String.valueOf(wait.getAsLong()));
        faces.addMessage(null, error(wait.getAsLong() == 1 ? texts.get("sc", "error.rateLimited.one") : texts.get("sc", "error.rateLimited", wait.getAsLong())));
        return true;
    }

    /** Before every rendering: a result shown in another language than the page's is worded again. */
    public void followLanguage() {
        if (request != null && request.language() != languageChoice.getLanguage()) {
            request = new TriageRequest(request.title(), request.description(), request.evidence(), request.cluster(),
                    request.asOf(), languageChoice.getLanguage());
            run();
        }
    }

    private void run() {
        result = triage.triage(request);
        wording = new SelfCheckWording(eligibility.texts(result.language()));
    }

    public void removeUploads() {
        evidence.clear();
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    public List<PlatformLifecycle> getPlatforms() {
        return catalogs.platforms().stream().map(HostPlatform::lifecycle).toList();
    }

    /** The name a fact has on this page, e.g. "Kubernetes version" for {@code kubernetesVersion}. */
    public String factLabel(String fact) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle sc = faces.getApplication().getResourceBundle(faces, "sc");
        return sc.containsKey("fact." + fact) ? sc.getString("fact." + fact) : fact;
    }

    public String getChart() {
        return result == null ? null : AreaChartModel.json(result.classification(),
                area -> texts.get("msg", "area." + area.name()), texts.get("sc", "area.chartAxis"));
    }

    public SelfCheckForm getForm() {
        return form;
    }

    public SelfCheckEvidence getEvidence() {
        return evidence;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }

    public TriageResult getResult() {
        return result;
    }

    /** The verdict is the answer so far: facts the rules need are missing. */
    public boolean isProvisional() {
        return result != null && result.eligibility().provisional();
    }

    /** "Supported so far — we still need: …" in the page's language, for a provisional verdict. */
    public String getProvisionalText() {
        return result == null || wording == null ? null : wording.provisional(result.eligibility());
    }

    /** The matching known issues as the page lists them: the page's language's record where the matches hold one for the same report. */
    public List<IssueMatch> getKnownIssues() {
        return result == null ? List.of() : inReadersLanguage(result.classification().knownIssues());
    }

    private List<IssueMatch> inReadersLanguage(List<IssueMatch> issues) {
        return IssueLanguages.inReadersLanguage(issues, IssueMatch::upstreamUrl,
                IssueMatch::language, result.language());
    }

    /** The answer judged the version against an out-of-date catalog: say that the version verdict is provisional. */
    public boolean isCatalogStale() {
        return result != null && result.eligibility().findings().stream()
                .anyMatch(f -> f.rule() == PolicyRule.VERSION_CATALOG_STALE);
    }

    public SelfCheckWording getWording() {
        return wording;
    }

    /** The missing facts' names in the page's language, joined for one sentence ("Kubernetes version, Last connection …"). */
    public String getStillNeeded() {
        if (result == null) {
            return "";
        }
        return String.join(texts.get("sc", "list.separator"),
                result.eligibility().missingFacts().stream().map(m -> factLabel(m.fact())).distinct().toList());
    }

    /** The known issues worth a customer's time, best first (see {@link ShownIssues}). */
    public List<IssueMatch> getShownIssues() {
        return result == null ? List.of() : inReadersLanguage(ShownIssues.relevant(result.classification()));
    }

    /** The other, looser matches: listed by title only, folded. */
    public List<IssueMatch> getLooserIssues() {
        return result == null ? List.of() : inReadersLanguage(ShownIssues.looser(result.classification()));
    }

    /** The words that decided the area, without numbers and function words. */
    public List<String> getShownTerms() {
        return result == null ? List.of() : ShownTerms.of(result.classification().explanation().terms());
    }

    /** What to do next, in order: what the findings ask, the facts to send, the workaround of an issue seen in the evidence. */
    public List<String> getNextSteps() {
        return result == null ? List.of() : NextSteps.of(result, wording, texts, this::factLabel, getShownIssues());
    }
}
