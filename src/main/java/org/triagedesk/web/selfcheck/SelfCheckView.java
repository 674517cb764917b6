package org.triagedesk.web.selfcheck;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFiles;
import org.triagedesk.cases.boundary.CaseTriage;
import org.triagedesk.cases.boundary.EvidenceUploads;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.cases.entity.TriageResult;
import org.triagedesk.eligibility.boundary.Catalogs;
import org.triagedesk.eligibility.boundary.EligibilityCheck;
import org.triagedesk.eligibility.entity.HostPlatform;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.PlatformLifecycle;
import org.triagedesk.web.LanguageChoice;
import org.triagedesk.web.PageTexts;

/**
 * The public self-check (the start page): a customer describes a problem, pastes or uploads
 * evidence and what they know of the cluster, and sees at once whether support covers it, why, what
 * is missing, the coverage area and the known issues that match. Nothing is saved. The answer is
 * in the page's language and is worded again when the visitor switches language.
 * <p>
 * Over 150 lines: the page's one action (check), its field checks that name the page's own inputs, and the
 * getters the answer panels read; the wording lives in {@link SelfCheckWording}, the evidence in {@link SelfCheckEvidence}.
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
        if (!form.describesProblem()) {
            String text = texts.get("sc", "error.describe");
            faces.addMessage("selfCheck:title", error(text));
            faces.addMessage("selfCheck:description", error(text));
            return;
        }
        if (!datesNotAfterAsOf(faces) || !evidence.read(uploads, files, texts)) {
            return;
        }
        List<Evidence> all = new ArrayList<>(form.pastedEvidence());
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
        java.util.OptionalLong wait = org.triagedesk.platform.PublicRateLimit.retryAfter(
                (jakarta.servlet.ServletRequest) faces.getExternalContext().getRequest());
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

    public void validateVersion(FacesContext faces, UIComponent component, Object value) {
        if (value instanceof String version && !version.isBlank() && !KubernetesMinor.isValid(version)) {
            throw new ValidatorException(error(texts.get("sc", "error.version", texts.get("sc", "field.kubernetesVersion"), version)));
        }
    }

    private boolean datesNotAfterAsOf(FacesContext faces) {
        LocalDate asOf = form.getAsOf() != null ? form.getAsOf() : LocalDate.now(ZoneOffset.UTC);
        List<String> after = form.profile().daysAfter(asOf);
        after.forEach(field -> faces.addMessage("selfCheck:" + field,
                error(texts.get("sc", "error.afterAsOf", texts.get("sc", "field." + field), asOf))));
        return after.isEmpty();
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

    /** The answer judged the version against an out-of-date catalog: say that the version verdict is provisional. */
    public boolean isCatalogStale() {
        return result != null && result.eligibility().findings().stream()
                .anyMatch(f -> f.rule() == org.triagedesk.eligibility.entity.PolicyRule.VERSION_CATALOG_STALE);
    }

    public SelfCheckWording getWording() {
        return wording;
    }
}
