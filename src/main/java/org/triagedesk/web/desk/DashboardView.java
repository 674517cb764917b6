package org.triagedesk.web.desk;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.triagedesk.cases.boundary.CaseStatistics;
import org.triagedesk.cases.boundary.CaseStatistics.AreaCorrections;
import org.triagedesk.cases.boundary.CaseStatistics.KnownIssueCount;
import org.triagedesk.knowledgebase.boundary.KnowledgeBase;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.web.PageTexts;

/**
 * The desk's dashboard: cases per week by coverage area and by verdict, the known issues matched
 * most often, and the share of each area's cases that engineers corrected, over a chosen period.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A known issue on the dashboard with its title, when it is still in the knowledge base. */
    public record TopIssue(String key, String title, long triages) implements Serializable {
    }

    @Inject
    transient CaseStatistics statistics;

    @Inject
    transient KnowledgeBase knowledgeBase;

    @Inject
    PageTexts texts;

    private int weeks = 12;
    private transient CaseStatistics.Overview overview;

    @PostConstruct
    void load() {
        overview = statistics.overview(weeks);
    }

    public void refresh() {
        load();
    }

    public CaseStatistics.Overview getOverview() {
        if (overview == null) {
            load();
        }
        return overview;
    }

    public String getAreaChart() {
        return DashboardCharts.weekly(getOverview().weeks(), getOverview().byArea(), this::areaName, false);
    }

    public String getVerdictChart() {
        return DashboardCharts.weekly(getOverview().weeks(), getOverview().byVerdict(), this::verdictName, true);
    }

    public List<TopIssue> getTopIssues() {
        return getOverview().topKnownIssues().stream().map(this::withTitle).toList();
    }

    public String getKnownIssueChart() {
        List<KnownIssueCount> top = getOverview().topKnownIssues();
        return DashboardCharts.bars(top.stream().map(KnownIssueCount::key).toList(),
                top.stream().<Number>map(KnownIssueCount::triages).toList(), texts.get("dash", "dash.matches"), "#0b4f8a", null);
    }

    public List<AreaCorrections> getCorrections() {
        return getOverview().corrections();
    }

    public String getCorrectionChart() {
        List<AreaCorrections> rows = getCorrections();
        return DashboardCharts.bars(rows.stream().map(r -> areaName(r.area())).toList(),
                rows.stream().<Number>map(r -> Math.round(r.rate() * 1000) / 10.0).toList(),
                texts.get("dash", "dash.correctionRate"), "#be123c", 100.0);
    }

    public String areaName(String code) {
        return "NONE".equals(code) ? texts.get("dash", "dash.noArea") : texts.get("msg", "area." + code);
    }

    public String verdictName(String code) {
        return "NONE".equals(code) ? texts.get("dash", "dash.noVerdict") : texts.get("msg", "verdict." + code);
    }

    /** Totals of the period per area or verdict code, for the tables beside the charts. */
    public List<Map.Entry<String, Long>> totals(Map<String, long[]> series) {
        return series.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), Arrays.stream(e.getValue()).sum()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
    }

    public int getWeeks() {
        return weeks;
    }

    public void setWeeks(int weeks) {
        this.weeks = weeks;
    }

    private TopIssue withTitle(KnownIssueCount count) {
        String title = knowledgeBase.find(count.key()).map(KnownIssue::title).orElse("");
        return new TopIssue(count.key(), title, count.triages());
    }
}
