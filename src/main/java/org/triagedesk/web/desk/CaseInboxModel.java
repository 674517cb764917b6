package org.triagedesk.web.desk;

import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.triagedesk.cases.boundary.Cases;
import org.triagedesk.cases.entity.CaseFilter;
import org.triagedesk.cases.entity.CaseListing;
import org.triagedesk.cases.entity.CaseOrder;
import org.triagedesk.cases.entity.CaseReviewFacts;

/**
 * The inbox table's rows, one page at a time, straight from the case search, newest first or by severity, each
 * with whether it needs review ({@link CaseReview}, read for the whole page at once). The filter and the order are
 * the inbox's own; the table's column filters and sorting are not used.
 */
public class CaseInboxModel extends LazyDataModel<InboxRow> {

    private static final long serialVersionUID = 1L;

    private final Cases cases;
    private String status;
    private String area;
    private String verdict;
    private String severity;
    private String q;
    private CaseOrder order = CaseOrder.NEWEST;

    CaseInboxModel(Cases cases) {
        this.cases = cases;
    }

    /** Sets what the next pages are filtered by; {@code null} or blank does not filter. */
    void filter(String status, String area, String verdict, String severity, String q) {
        this.status = status;
        this.area = area;
        this.verdict = verdict;
        this.severity = severity;
        this.q = q == null || q.isBlank() ? null : q.strip();
    }

    void order(CaseOrder order) {
        this.order = order == null ? CaseOrder.NEWEST : order;
    }

    private CaseFilter filter() {
        return new CaseFilter(status, area, verdict, severity, q);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, cases.list(filter(), 0, 1).total());
    }

    @Override
    public List<InboxRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, pageSize);
        CaseListing page = cases.list(filter(), order, first / size, size);
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        Map<String, CaseReviewFacts> facts = cases.reviewFacts(page.cases());
        return page.cases().stream().map(c -> InboxRow.of(c, CaseReview.of(c, facts.get(c.reference().toString())))).toList();
    }

    @Override
    public String getRowKey(InboxRow row) {
        return row.reference().toString();
    }

    @Override
    public InboxRow getRowData(String rowKey) {
        return null;
    }
}
