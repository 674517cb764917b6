package org.triagedesk.web.desk;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;
import org.triagedesk.cases.boundary.Cases;
import org.triagedesk.cases.entity.CaseOrder;
import org.triagedesk.cases.entity.CaseStatus;
import org.triagedesk.cases.entity.Severity;
import org.triagedesk.eligibility.entity.Verdict;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.web.PageTexts;

/**
 * The engineers' case inbox: every case, newest first, one page at a time, narrowed by status,
 * coverage area, verdict, severity and words, newest first or by severity ({@code ?sort=severity}); each row
 * says whether the case needs review and why ({@link CaseReview}). The filters also come from the address
 * ({@code ?status=NEW&area=NETWORKING}), so a filtered inbox can be bookmarked.
 *
 * <p>Over 150 lines by the getter and setter of each filter (the view parameters bind to them); the paging and
 * the query are {@link CaseInboxModel}'s, the review rule {@link CaseReview}'s.
 */
@Named
@ViewScoped
public class CaseInboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cases cases;

    @Inject
    Clock clock;

    @Inject
    PageTexts texts;

    private CaseStatus status;
    private CoverageArea area;
    private Verdict verdict;
    private Severity severity;
    private String q;
    private CaseOrder order = CaseOrder.NEWEST;
    private CaseInboxModel model;

    @PostConstruct
    void init() {
        model = new CaseInboxModel(cases);
    }

    /** After the address's parameters are applied, and on every search. */
    public void search() {
        model.filter(code(status), code(area), code(verdict), code(severity), q);
        model.order(order);
        // a new search starts on its first page
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("inboxForm:cases") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void clear() {
        status = null;
        area = null;
        verdict = null;
        severity = null;
        q = null;
        order = CaseOrder.NEWEST;
        search();
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** "3 d", "5 h": how long ago the case was filed. */
    public String age(Instant filed) {
        CaseAge.Age age = CaseAge.between(filed, clock.instant());
        return texts.get("desk", age.key(), age.amount());
    }

    public List<CaseStatus> getStatuses() {
        return List.of(CaseStatus.values());
    }

    public List<CoverageArea> getAreas() {
        return List.of(CoverageArea.values());
    }

    public List<Verdict> getVerdicts() {
        return List.of(Verdict.values());
    }

    public List<Severity> getSeverities() {
        return List.of(Severity.values());
    }

    public List<CaseOrder> getOrders() {
        return List.of(CaseOrder.values());
    }

    /** Why a row needs review, in the page's language: "area uncertain (41%) · provisional: 2 facts missing". */
    public String reviewText(CaseReview review) {
        return String.join(" · ", review.reasons().stream()
                .map(r -> texts.get("desk", "inbox.review." + r.code(), r.amount())).toList());
    }

    /** The same reasons in a few words, what the compact row shows ("area 41% · 2 facts missing"). */
    public String reviewShort(CaseReview review) {
        return String.join(" · ", review.reasons().stream()
                .map(r -> texts.get("desk", "inbox.review.short." + r.code(), r.amount())).toList());
    }

    public CaseOrder getOrder() {
        return order;
    }

    public void setOrder(CaseOrder order) {
        this.order = order == null ? CaseOrder.NEWEST : order;
    }

    public CaseInboxModel getModel() {
        return model;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public CoverageArea getArea() {
        return area;
    }

    public void setArea(CoverageArea area) {
        this.area = area;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(Verdict verdict) {
        this.verdict = verdict;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
