package org.triagedesk.web.desk;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.triagedesk.cases.boundary.CaseLifecycle;
import org.triagedesk.cases.boundary.Cases;
import org.triagedesk.cases.entity.StaleCaseException;
import org.triagedesk.eligibility.boundary.Catalogs;
import org.triagedesk.eligibility.entity.ContainerNetworking;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.PlatformLifecycle;
import org.triagedesk.eligibility.entity.SubscriptionState;
import org.triagedesk.web.ClusterProfileForm;
import org.triagedesk.web.FieldMessages;
import org.triagedesk.web.PageTexts;

/**
 * The cluster profile on the case page: what the triage judged, fact by fact with where each came from
 * ({@link CaseProfileFacts}), and the engineer's edit of it. Saving a changed profile keeps it with the case and
 * triages the case again at once (verdict, findings, draft); a bad version or a day after today is refused with a
 * message naming the field, and an edit of an outdated copy of the case asks to reload.
 *
 * <p>Over 150 lines because the page binds to it: the edit/save/cancel actions are short, the rest are the value
 * and label helpers and the getters of the choice lists JSF reads (the rules live in {@link ClusterProfileForm}).
 */
@Named
@ViewScoped
public class CaseProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseView caseView;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    Cases cases;

    @Inject
    Catalogs catalogs;

    @Inject
    SecurityContext security;

    @Inject
    PageTexts texts;

    @Inject
    Clock clock;

    private boolean editing;
    private ClusterProfileForm form = new ClusterProfileForm();

    /** Opens the form with the profile the case keeps (what was entered; the evidence fills the rest on its own). */
    public void edit() {
        form = ClusterProfileForm.of(cases.keptProfile(caseView.getCase()));
        editing = true;
    }

    public void cancel() {
        editing = false;
    }

    public void save() {
        if (!valid()) {
            return;
        }
        try {
            CaseLifecycle.ProfileEdit edit = lifecycle.editProfile(caseView.getReference(), form.profile(), caseView.getVersion(),
                    security.getCallerPrincipal().getName()).orElse(null);
            caseView.reload();
            editing = false;
            if (edit == null) {
                texts.error("desk", "case.notFound", caseView.getRef());
            } else if (edit.changed()) {
                texts.info("desk", "case.profile.saved", texts.get("msg", "verdict." + caseView.getCase().verdict()));
            } else {
                texts.info("desk", "case.profile.unchanged");
            }
        } catch (StaleCaseException | EJBException e) {
            if (!CaseFailures.stale(e)) {
                throw e;
            }
            texts.error("desk", "case.profile.stale");
        }
    }

    /** The profile's constraints (version text, no day after today), every problem beside its input (FieldMessages). */
    private boolean valid() {
        return FieldMessages.check("profileForm", form.profile(), LocalDate.now(clock));
    }

    private static void error(FacesContext faces, String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** A profile value in the page's words: a platform's name, a state's or plug-in's label, yes or no. */
    public String value(CaseProfileFacts.Row row) {
        if (row.value() == null) {
            return texts.get("desk", "new.unknown");
        }
        return switch (row.field()) {
            case "platform" -> catalogs.platforms().stream().map(p -> p.lifecycle()).filter(p -> p.code().equals(row.value()))
                    .map(PlatformLifecycle::name).findFirst().orElse(row.value());
            case "subscriptionState" -> texts.get("desk", "subscription." + row.value());
            case "cni" -> texts.get("desk", "cni." + row.value());
            default -> row.isYesNo() ? texts.get("msg", "true".equals(row.value()) ? "yes" : "no") : row.value();
        };
    }

    /** Where a profile value came from, in the page's words. */
    public String source(CaseProfileFacts.Row row) {
        return switch (row.source()) {
            case ENTERED -> texts.get("desk", "case.profile.entered");
            case EVIDENCE -> row.evidence() == null ? texts.get("desk", "case.profile.fromEvidence")
                    : texts.get("desk", "case.profile.fromFile", row.evidence(), row.line());
            case UNKNOWN -> texts.get("desk", "case.profile.notKnown");
        };
    }

    /** A fact's name: the profile's label, else the self-check's name of a fact read from evidence, else its code. */
    public String factLabel(String fact) {
        String label = texts.get("desk", "case.profile.f." + fact);
        if (!label.equals("case.profile.f." + fact)) {
            return label;
        }
        String read = texts.get("sc", "fact." + fact);
        return read.equals("fact." + fact) ? fact : read;
    }

    public boolean isEditing() {
        return editing;
    }

    public ClusterProfileForm getForm() {
        return form;
    }

    public List<PlatformLifecycle> getPlatforms() {
        return catalogs.platforms().stream().map(p -> p.lifecycle()).toList();
    }

    public SubscriptionState[] getSubscriptionStates() {
        return SubscriptionState.values();
    }

    public ContainerNetworking[] getCnis() {
        return ContainerNetworking.values();
    }
}
