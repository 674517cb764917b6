package org.triagedesk.web.maintain;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.triagedesk.eligibility.boundary.Catalogs;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.web.PageTexts;

/** The dialog that adds a Kubernetes minor to the catalog or changes one: release day, removal day, note. */
@Named
@ViewScoped
public class CatalogVersionDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A minor as the catalog keys it: major.minor, no patch. */
    public static final String MINOR_PATTERN = "\\d{1,3}\\.\\d{1,3}";

    @Inject
    Catalogs catalogs;

    @Inject
    CatalogsView view;

    @Inject
    SecurityContext security;

    @Inject
    PageTexts texts;

    private boolean existing;
    private String minor;
    private LocalDate releaseDate;
    private LocalDate removalDate;
    private String note;

    public void startNew() {
        existing = false;
        minor = null;
        releaseDate = null;
        removalDate = null;
        note = null;
    }

    public void edit(CatalogVersionRow row) {
        existing = true;
        minor = row.minor();
        releaseDate = row.releaseDate();
        removalDate = row.removalDate();
        note = row.note();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        KubernetesMinor parsed = KubernetesMinor.of(minor);
        if (!existing && catalogs.version(parsed).isPresent()) {
            fail(faces, "versionForm:minor", texts.get("mt", "cat.version.exists", parsed));
            return;
        }
        if (removalDate != null && !removalDate.isAfter(releaseDate)) {
            fail(faces, "versionForm:removalDate", texts.get("mt", "cat.version.removalBeforeRelease"));
            return;
        }
        catalogs.saveVersion(parsed, releaseDate, removalDate, note == null || note.isBlank() ? null : note.strip(),
                security.getCallerPrincipal().getName());
        view.changed();
        texts.info("mt", "cat.version.saved", parsed);
    }

    private static void fail(FacesContext faces, String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public String getMinorPattern() {
        return MINOR_PATTERN;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getMinor() {
        return minor;
    }

    public void setMinor(String minor) {
        this.minor = minor == null ? null : minor.strip();
    }

    public LocalDate getReleaseDate() {
        return releaseDate;
    }

    public void setReleaseDate(LocalDate releaseDate) {
        this.releaseDate = releaseDate;
    }

    public LocalDate getRemovalDate() {
        return removalDate;
    }

    public void setRemovalDate(LocalDate removalDate) {
        this.removalDate = removalDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
