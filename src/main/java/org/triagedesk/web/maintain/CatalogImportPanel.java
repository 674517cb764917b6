package org.triagedesk.web.maintain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.triagedesk.eligibility.boundary.Catalogs;
import org.triagedesk.eligibility.control.CatalogImportPlan;
import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.eligibility.entity.CatalogImportFormatException;
import org.triagedesk.web.LanguageChoice;
import org.triagedesk.web.PageTexts;

/**
 * The catalogs page's import: a maintainer pastes the release calendar table or {@code az aksarc get-versions}
 * output, reads what was found beside the catalog, and applies it in one step. Applying works the plan out again
 * against the catalog as it is then, so a change made in between is not overwritten blindly.
 */
@Named
@ViewScoped
public class CatalogImportPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the preview, worded in the page language. */
    public record Row(String minor, String change, LocalDate releaseDate, LocalDate removalDate, LocalDate currentRelease,
            LocalDate currentRemoval, String why) implements Serializable {
    }

    @Inject
    Catalogs catalogs;

    @Inject
    CatalogsView view;

    @Inject
    PageTexts texts;

    @Inject
    LanguageChoice language;

    @Inject
    SecurityContext security;

    private String pasted;
    private String format;
    private List<Row> rows = List.of();
    private List<String> notInSource = List.of();
    private long changes;

    public void read() {
        try {
            show(catalogs.previewImport(pasted));
        } catch (CatalogImportFormatException e) {
            clear();
            texts.error("mt", "cat.import.error", texts.get("mt", "cat.import.error." + e.reason().name()));
        }
    }

    public void apply() {
        try {
            Catalogs.AppliedImport applied = catalogs.applyImport(pasted, security.getCallerPrincipal().getName());
            CatalogImportPlan plan = applied.plan();
            texts.info("mt", "cat.import.applied", plan.count(CatalogImportPlan.Change.NEW), plan.count(CatalogImportPlan.Change.CHANGED));
            clear();
            pasted = null;
            view.changed();
        } catch (CatalogImportFormatException e) {
            clear();
            texts.error("mt", "cat.import.error", texts.get("mt", "cat.import.error." + e.reason().name()));
        }
    }

    public void cancel() {
        clear();
    }

    private void show(CatalogImportPlan plan) {
        FindingTexts words = new FindingTexts(language.getLanguage());
        format = plan.format().name();
        rows = plan.rows().stream().map(r -> new Row(r.minor().toString(), r.change().name(), r.releaseDate(), r.removalDate(),
                r.current() == null ? null : r.current().releaseDate(), r.current() == null ? null : r.current().removalDate(),
                words.importReason(r))).toList();
        notInSource = plan.notInSource().stream().map(String::valueOf).toList();
        changes = plan.changes().size();
    }

    private void clear() {
        format = null;
        rows = List.of();
        notInSource = List.of();
        changes = 0;
    }

    public boolean isRead() {
        return format != null;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public String getFormat() {
        return format;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<String> getNotInSource() {
        return notInSource;
    }

    public String getNotInSourceText() {
        return String.join(", ", notInSource);
    }

    public long getChanges() {
        return changes;
    }
}
