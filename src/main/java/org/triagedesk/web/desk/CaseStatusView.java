package org.triagedesk.web.desk;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.triagedesk.cases.boundary.CaseLifecycle;
import org.triagedesk.cases.entity.CaseStatus;
import org.triagedesk.cases.entity.IllegalStatusChangeException;
import org.triagedesk.cases.entity.StaleCaseException;
import org.triagedesk.web.PageTexts;

/**
 * Moves the open case through its life cycle: only the moves its status allows are offered, and a
 * move made on an outdated copy of the case is refused with a request to reload.
 */
@Named
@ViewScoped
public class CaseStatusView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    CaseView caseView;

    @Inject
    SecurityContext security;

    @Inject
    PageTexts texts;

    /** The statuses the case may move to now, in life-cycle order. */
    public List<CaseStatus> getNext() {
        if (!caseView.isFound()) {
            return List.of();
        }
        CaseStatus now = caseView.getCase().status();
        return List.of(CaseStatus.values()).stream().filter(now::mayMoveTo).toList();
    }

    /** Every status, for one button each; only the legal ones are shown. */
    public List<CaseStatus> getAll() {
        return List.of(CaseStatus.values());
    }

    public boolean may(CaseStatus next) {
        return caseView.isFound() && caseView.getCase().status().mayMoveTo(next);
    }

    public void move(CaseStatus next) {
        try {
            lifecycle.moveTo(caseView.getReference(), next, caseView.getVersion(), security.getCallerPrincipal().getName());
            caseView.reload();
            texts.info("desk", "case.status.moved", texts.get("msg", "status." + next));
        } catch (StaleCaseException | EJBException e) {
            if (!CaseFailures.stale(e)) {
                throw e;
            }
            texts.error("desk", "case.stale");
        } catch (IllegalStatusChangeException e) {
            texts.error("desk", "case.illegalMove", texts.get("msg", "status." + caseView.getCase().status()),
                    texts.get("msg", "status." + next));
        }
    }
}
