package org.triagedesk.web.desk;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.triagedesk.cases.boundary.CaseIntake;
import org.triagedesk.cases.entity.Severity;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.eligibility.boundary.Catalogs;
import org.triagedesk.eligibility.entity.ContainerNetworking;
import org.triagedesk.eligibility.entity.PlatformLifecycle;
import org.triagedesk.eligibility.entity.SubscriptionState;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.platform.Language;
import org.triagedesk.web.ClusterProfileForm;
import org.triagedesk.web.FieldMessages;
import org.triagedesk.web.PageTexts;

/**
 * Files a new case as the engineer types it: what the customer wrote, the customer and severity, what
 * is known of the cluster, and evidence pasted in. The case is triaged at once and its page opens.
 */
@Named
@ViewScoped
public class NewCaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseIntake intake;

    @Inject
    Catalogs catalogs;

    @Inject
    SecurityContext security;

    @Inject
    PageTexts texts;

    @Inject
    Clock clock;

    private String title;
    private String description;
    private String customer;
    private Severity severity;
    private Language answerLanguage;
    private final ClusterProfileForm cluster = new ClusterProfileForm();
    private final List<CaseEvidenceDraft> evidence = new ArrayList<>(List.of(new CaseEvidenceDraft()));

    public String file() {
        TriageRequest request = new TriageRequest(blankToNull(title), blankToNull(description), pastedEvidence(), cluster.profile(),
                null, answerLanguage);
        if (!valid(request)) {
            return null;
        }
        SupportCase filed = intake.file(request, blankToNull(customer), severity, security.getCallerPrincipal().getName());
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        texts.info("desk", "new.filed", filed.reference());
        return "/desk/case?faces-redirect=true&ref=" + filed.reference();
    }

    private List<Evidence> pastedEvidence() {
        return evidence.stream().filter(e -> !e.isEmpty())
                .map(e -> new Evidence(e.getName() == null || e.getName().isBlank() ? "evidence-" + (evidence.indexOf(e) + 1) + ".txt"
                        : e.getName().strip(), e.getContent()))
                .toList();
    }

    /** The request's constraints (the API's), judged for today, and the severity a case needs; every problem at once. */
    private boolean valid(TriageRequest request) {
        boolean ok = FieldMessages.check("newCase", request, LocalDate.now(clock));
        if (severity == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage("newCase:severity", FieldMessages.error(texts.get("desk", "new.severityRequired")));
            faces.validationFailed();
            ok = false;
        }
        return ok;
    }

    public void addEvidence() {
        evidence.add(new CaseEvidenceDraft());
    }

    public void removeEvidence(CaseEvidenceDraft item) {
        evidence.remove(item);
        if (evidence.isEmpty()) {
            evidence.add(new CaseEvidenceDraft());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<PlatformLifecycle> getPlatforms() {
        return catalogs.platforms().stream().map(p -> p.lifecycle()).toList();
    }

    public Severity[] getSeverities() { return Severity.values(); }
    public SubscriptionState[] getSubscriptionStates() { return SubscriptionState.values(); }
    public ContainerNetworking[] getCnis() { return ContainerNetworking.values(); }
    public Language[] getLanguages() { return Language.values(); }
    public ClusterProfileForm getCluster() { return cluster; }
    public List<CaseEvidenceDraft> getEvidence() { return evidence; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getCustomer() { return customer; }
    public void setCustomer(String customer) { this.customer = customer; }
    public Severity getSeverity() { return severity; }
    public void setSeverity(Severity severity) { this.severity = severity; }
    public Language getAnswerLanguage() { return answerLanguage; }
    public void setAnswerLanguage(Language answerLanguage) { this.answerLanguage = answerLanguage; }
}
