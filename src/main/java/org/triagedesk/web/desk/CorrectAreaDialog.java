package org.triagedesk.web.desk;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.primefaces.PrimeFaces;
import org.triagedesk.cases.boundary.CaseLifecycle;
import org.triagedesk.cases.entity.StaleCaseException;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.web.PageTexts;

/**
 * The dialog in which an engineer corrects a case's coverage area and says why. The correction is
 * kept in the case's history and teaches the classifier; a correction made on an outdated copy of the
 * case is refused with a request to reload.
 */
@Named
@ViewScoped
public class CorrectAreaDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    CaseView caseView;

    @Inject
    SecurityContext security;

    @Inject
    PageTexts texts;

    private CoverageArea area;
    private String reason;

    /** Opens the dialog with the case's current area chosen and no reason yet. */
    public void open() {
        area = caseView.getCase().coverageArea();
        reason = null;
    }

    public void save() {
        try {
            lifecycle.correctArea(caseView.getReference(), area, reason.strip(), caseView.getVersion(), security.getCallerPrincipal().getName());
            caseView.reload();
            texts.info("desk", "correct.done", texts.get("msg", "area." + area));
            PrimeFaces.current().ajax().addCallbackParam("corrected", true);
        } catch (StaleCaseException | EJBException e) {
            if (!CaseFailures.stale(e)) {
                throw e;
            }
            texts.error("desk", "case.stale");
            PrimeFaces.current().ajax().addCallbackParam("corrected", true);
        }
    }

    public List<CoverageArea> getAreas() {
        return List.of(CoverageArea.values());
    }

    public CoverageArea getArea() {
        return area;
    }

    public void setArea(CoverageArea area) {
        this.area = area;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
