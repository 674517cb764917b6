package org.triagedesk.web.maintain;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.boundary.KnowledgeBase;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;

/**
 * The maintainers' list of known issues: full-text search with area and status filters, one page
 * of the table at a time; a row opens the editor.
 */
@Named
@ViewScoped
public class KnownIssueListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KnowledgeBase knowledgeBase;

    private String q;
    private CoverageArea area;
    private KnownIssueStatus status;
    private KnownIssueLazyModel issues;

    @PostConstruct
    void init() {
        issues = new KnownIssueLazyModel(knowledgeBase);
    }

    public void search() {
        issues.filter(q, area, status);
    }

    public void clear() {
        q = null;
        area = null;
        status = null;
        search();
    }

    public CoverageArea[] getAreas() {
        return CoverageArea.values();
    }

    public KnownIssueStatus[] getStatuses() {
        return KnownIssueStatus.values();
    }

    public KnownIssueLazyModel getIssues() {
        return issues;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public CoverageArea getArea() {
        return area;
    }

    public void setArea(CoverageArea area) {
        this.area = area;
    }

    public KnownIssueStatus getStatus() {
        return status;
    }

    public void setStatus(KnownIssueStatus status) {
        this.status = status;
    }
}
