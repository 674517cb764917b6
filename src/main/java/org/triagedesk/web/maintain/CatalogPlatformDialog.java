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
import org.triagedesk.web.PageTexts;

/** The dialog that adds a host platform to the catalog or changes one: name, end of support, note. */
@Named
@ViewScoped
public class CatalogPlatformDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A platform code as the policy and the API name it: upper case, digits and underscores. */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,63}";

    @Inject
    Catalogs catalogs;

    @Inject
    CatalogsView view;

    @Inject
    SecurityContext security;

    @Inject
    PageTexts texts;

    private boolean existing;
    private String code;
    private String name;
    private LocalDate endOfSupport;
    private String note;

    public void startNew() {
        existing = false;
        code = null;
        name = null;
        endOfSupport = null;
        note = null;
    }

    public void edit(CatalogPlatformRow row) {
        existing = true;
        code = row.code();
        name = row.name();
        endOfSupport = row.endOfSupport();
        note = row.note();
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!existing && catalogs.platform(code).isPresent()) {
            faces.addMessage("platformForm:code", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get("mt", "cat.platform.exists", code), null));
            faces.validationFailed();
            return;
        }
        catalogs.savePlatform(code, name == null ? null : name.strip(), endOfSupport,
                note == null || note.isBlank() ? null : note.strip(), security.getCallerPrincipal().getName());
        view.changed();
        texts.info("mt", "cat.platform.saved", code);
    }

    public String getCodePattern() {
        return CODE_PATTERN;
    }

    public boolean isExisting() {
        return existing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getEndOfSupport() {
        return endOfSupport;
    }

    public void setEndOfSupport(LocalDate endOfSupport) {
        this.endOfSupport = endOfSupport;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
