package org.triagedesk.web.maintain;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.triagedesk.accounts.entity.Role;
import org.triagedesk.knowledgebase.boundary.KnowledgeBaseLoader;
import org.triagedesk.knowledgebase.entity.LoadProblem;
import org.triagedesk.knowledgebase.entity.LoadReport;
import org.triagedesk.web.LanguageChoice;
import org.triagedesk.web.PageTexts;

/**
 * Reloading kb/ without a restart, and the report of the last load: what became of the known-issue
 * records and every problem with its file and line. Maintainers read the report; reloading is an
 * administrator's action, as in the API.
 */
@Named
@ViewScoped
public class KbReloadView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    KnowledgeBaseLoader loader;

    @Inject
    SecurityContext security;

    @Inject
    PageTexts texts;

    @Inject
    LanguageChoice languageChoice;

    private LoadReport report;

    @PostConstruct
    void init() {
        report = loader.lastReport();
    }

    public void reload() {
        if (!isMayReload()) {
            texts.error("mt", "kb.adminOnly");
            return;
        }
        report = loader.reload();
        if (report.problems().isEmpty()) {
            texts.info("mt", "kb.reloaded", report.files());
        } else {
            texts.error("mt", "kb.reloadedWithProblems", report.files(), report.problems().size());
        }
    }

    public boolean isMayReload() {
        return security.isCallerInRole(Role.ADMIN_NAME);
    }

    public LoadReport getReport() {
        return report;
    }

    public String getAt() {
        return report == null ? "" : TIME.format(report.at());
    }

    /** A problem in the page's language. */
    public String message(LoadProblem problem) {
        return problem.message(languageChoice.getLanguage());
    }

    /** The problems grouped by file, then in line order. */
    public List<LoadProblem> getProblems() {
        return report == null ? List.of()
                : report.problems().stream().sorted(Comparator.comparing(LoadProblem::file).thenComparingInt(LoadProblem::line)).toList();
    }
}
