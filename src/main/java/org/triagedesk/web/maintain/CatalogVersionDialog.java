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
public class CatalogVersionDialog extends CatalogEntryDialog {

    private static final long serialVersionUID = 1L;

    /** A minor as the catalog keys it: major.minor, no patch. */
    public static final String MINOR_PATTERN = "\\d{1,3}\\.\\d{1,3}";

    private String minor;
    private LocalDate releaseDate;
    private LocalDate removalDate;

    public void startNew() {
        open(false, null);
        minor = null;
        releaseDate = null;
        removalDate = null;
    }

    public void edit(CatalogVersionRow row) {
        open(true, row.note());
        minor = row.minor();
        releaseDate = row.releaseDate();
        removalDate = row.removalDate();
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

    public String getMinorPattern() { return MINOR_PATTERN; }
    public String getMinor() { return minor; }
    public void setMinor(String minor) { this.minor = minor == null ? null : minor.strip(); }
    public LocalDate getReleaseDate() { return releaseDate; }
    public void setReleaseDate(LocalDate releaseDate) { this.releaseDate = releaseDate; }
    public LocalDate getRemovalDate() { return removalDate; }
    public void setRemovalDate(LocalDate removalDate) { this.removalDate = removalDate; }
}
