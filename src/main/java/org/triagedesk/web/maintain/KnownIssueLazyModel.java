package org.triagedesk.web.maintain;

import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.boundary.KnowledgeBase;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;

/**
 * The known issues one page at a time, straight from the knowledge base's search: best first when
 * there is a query, by key otherwise.
 */
public class KnownIssueLazyModel extends LazyDataModel<KnownIssueRow> {

    private static final long serialVersionUID = 1L;

    private final KnowledgeBase knowledgeBase;
    private String q;
    private CoverageArea area;
    private KnownIssueStatus status;

    KnownIssueLazyModel(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    void filter(String q, CoverageArea area, KnownIssueStatus status) {
        this.q = q;
        this.area = area;
        this.status = status;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) knowledgeBase.search(q, area, status, 0, 1).total();
    }

    @Override
    public List<KnownIssueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var page = knowledgeBase.search(q, area, status, first / pageSize, pageSize);
        setRowCount((int) page.total());
        return page.hits().stream().map(KnownIssueRow::of).toList();
    }

    @Override
    public String getRowKey(KnownIssueRow row) {
        return row.key();
    }
}
