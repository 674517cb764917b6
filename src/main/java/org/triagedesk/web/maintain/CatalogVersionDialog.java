package org.triagedesk.web.maintain;

import java.time.LocalDate;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.VersionLifecycle;
import org.triagedesk.kernel.validation.Constraints;
import org.triagedesk.web.FieldMessages;

/** The dialog that adds a Kubernetes minor to the catalog or changes one: release day, removal day, note. */
@Named
@ViewScoped
public class CatalogVersionDialog extends CatalogEntryDialog<CatalogVersionRow> {

    private static final long serialVersionUID = 1L;

    private String minor;
    private LocalDate releaseDate;
    private LocalDate removalDate;

    @Override
    protected void load(CatalogVersionRow row) {
        CatalogVersionRow from = row == null ? CatalogVersionRow.EMPTY : row;
        minor = from.minor();
        releaseDate = from.releaseDate();
        removalDate = from.removalDate();
    }

    @Override
    protected Refusal refusal() {
        KubernetesMinor parsed = KubernetesMinor.of(minor);
        if (!isExisting() && catalogs.version(parsed).isPresent()) {
            return new Refusal("versionForm:minor", texts.get("mt", "cat.version.exists", parsed));
        }
        // the entity's own rule on its two days (RemovedAfterRelease), worded in the page's language
        FacesContext faces = FacesContext.getCurrentInstance();
        return Constraints.check(new VersionLifecycle(parsed, releaseDate, removalDate), faces.getViewRoot().getLocale()).stream()
                .map(p -> new Refusal("versionForm:" + p.name(), FieldMessages.labelled(
                        faces.getViewRoot().findComponent("versionForm:" + p.name()), p.name(), p.message())))
                .findFirst().orElse(null);
    }

    @Override
    protected Object store(String note, String by) {
        KubernetesMinor parsed = KubernetesMinor.of(minor);
        catalogs.saveVersion(parsed, releaseDate, removalDate, note, by);
        return parsed;
    }

    @Override
    protected String savedKey() {
        return "cat.version.saved";
    }

    public String getMinorPattern() { return KubernetesMinor.KEY_PATTERN; }
    public String getMinor() { return minor; }
    public void setMinor(String minor) { this.minor = minor == null ? null : minor.strip(); }
    public LocalDate getReleaseDate() { return releaseDate; }
    public void setReleaseDate(LocalDate releaseDate) { this.releaseDate = releaseDate; }
    public LocalDate getRemovalDate() { return removalDate; }
    public void setRemovalDate(LocalDate removalDate) { this.removalDate = removalDate; }
}
