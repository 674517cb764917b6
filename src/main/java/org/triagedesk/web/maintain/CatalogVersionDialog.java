package org.triagedesk.web.maintain;

import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.KubernetesVersion;

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
        if (!KubernetesVersion.removedAfterRelease(releaseDate, removalDate)) {
            return new Refusal("versionForm:removalDate", texts.get("mt", "cat.version.removalBeforeRelease"));
        }
        return null;
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
