package org.triagedesk.web.maintain;

import java.io.Serializable;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.triagedesk.eligibility.boundary.Catalogs;
import org.triagedesk.web.PageTexts;

/**
 * What the two catalog dialogs share ({@link CatalogVersionDialog}, {@link CatalogPlatformDialog}): a new entry or
 * an existing one, its note, and the save that refuses what the entry's own checks refuse (a key that exists
 * already for a new entry), names who saved it, refreshes the tables and says it is saved.
 *
 * @param <R> the table row the dialog opens on to change an entry
 */
public abstract class CatalogEntryDialog<R extends CatalogEntryRow> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogs catalogs;

    @Inject
    CatalogsView view;

    @Inject
    SecurityContext security;

    @Inject
    PageTexts texts;

    private boolean existing;
    private String note;

    /** Why the entry cannot be saved, on which field of the dialog. */
    protected record Refusal(String clientId, String text) {
    }

    /** The first check the entry fails, or {@code null}. */
    protected abstract Refusal refusal();

    /** Saves the entry with its note ({@code null} when blank) and returns its key as the message names it. */
    protected abstract Object store(String note, String by);

    /** The message key for "saved" under {@code mt}. */
    protected abstract String savedKey();

    /** Fills the entry's own fields from {@code row}, or empties them for a new entry ({@code row} is {@code null}). */
    protected abstract void load(R row);

    /** Opens the dialog on a new entry: every field empty. */
    public void startNew() {
        existing = false;
        note = null;
        load(null);
    }

    /** Opens the dialog on the entry of a table row, to change it. */
    public void edit(R row) {
        existing = true;
        note = row.note();
        load(row);
    }

    public void save() {
        Refusal refusal = refusal();
        if (refusal != null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(refusal.clientId(), new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.text(), null));
            faces.validationFailed();
            return;
        }
        Object key = store(note == null || note.isBlank() ? null : note.strip(), security.getCallerPrincipal().getName());
        view.changed();
        texts.info("mt", savedKey(), key);
    }

    public boolean isExisting() {
        return existing;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
