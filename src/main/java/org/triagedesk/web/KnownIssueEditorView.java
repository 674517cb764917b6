package org.triagedesk.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.triagedesk.classification.entity.CoverageArea;
import org.triagedesk.knowledgebase.boundary.DuplicateKnownIssueException;
import org.triagedesk.knowledgebase.boundary.KnowledgeBase;
import org.triagedesk.knowledgebase.boundary.StaleKnownIssueException;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;
import org.triagedesk.knowledgebase.entity.VersionRange;

/**
 * The known-issue editor: opens an issue by its key (or a blank one), saves it with the version it
 * was read at, and retires it. When someone else saved the issue meanwhile, or the key is taken,
 * the maintainer is told so and keeps everything typed.
 */
@Named
@ViewScoped
public class KnownIssueEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KnowledgeBase knowledgeBase;

    @Inject
    SecurityContext security;

    @Inject
    PageTexts texts;

    private String key;
    private KnownIssueForm form = new KnownIssueForm();
    private KnownIssueStamp loaded;
    private boolean missing;
    private boolean stale;

    /** Reads the issue named in the address, once per view. */
    public void load() {
        if (key == null || key.isBlank()) {
            return;
        }
        knowledgeBase.find(key).ifPresentOrElse(issue -> {
            loaded = KnownIssueStamp.of(issue);
            form = KnownIssueForm.of(issue.key(), issue.content());
        }, () -> {
            missing = true;
            texts.error("mt", "ki.missing", key);
        });
    }

    public String save() {
        return store(form.content());
    }

    public String retire() {
        return store(form.content(KnownIssueStatus.RETIRED));
    }

    /** After a conflict: saves what is on the screen over the other person's version. */
    public String overwrite() {
        knowledgeBase.find(loaded.key()).ifPresent(current -> loaded = KnownIssueStamp.of(current));
        stale = false;
        return save();
    }

    private String store(KnownIssueContent content) {
        String by = security.getCallerPrincipal().getName();
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            KnownIssue saved = loaded == null ? knowledgeBase.create(form.getKey() == null || form.getKey().isEmpty() ? null
                    : form.getKey(), content, by) : knowledgeBase.revise(loaded.key(), content, loaded.version(), by).orElse(null);
            if (saved == null) {
                texts.error("mt", "ki.gone", loaded.key());
                return null;
            }
            texts.info("mt", content.status() == KnownIssueStatus.RETIRED ? "ki.retired" : "ki.saved", saved.key());
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "/maintain/known-issue?faces-redirect=true&key=" + URLEncoder.encode(saved.key(), StandardCharsets.UTF_8);
        } catch (StaleKnownIssueException e) {
            stale = true;
            texts.error("mt", "ki.stale", loaded.key());
        } catch (DuplicateKnownIssueException e) {
            faces.addMessage("editor:key", new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("mt", "ki.duplicate", form.getKey()), null));
        }
        faces.validationFailed();
        return null;
    }

    /** Affected versions must read as a version range, as kb files and the API require. */
    public void checkVersions(FacesContext faces, UIComponent input, Object value) {
        if (value instanceof String text && !text.isBlank()) {
            try {
                VersionRange.parse(text);
            } catch (IllegalArgumentException e) {
                throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        texts.get("mt", "ki.versions.invalid", text), null));
            }
        }
    }

    public CoverageArea[] getAreas() {
        return CoverageArea.values();
    }

    public KnownIssueStatus[] getStatuses() {
        return KnownIssueStatus.values();
    }

    public boolean isExisting() {
        return loaded != null;
    }

    public KnownIssueStamp getLoaded() {
        return loaded;
    }

    public boolean isMissing() {
        return missing;
    }

    public boolean isStale() {
        return stale;
    }

    public KnownIssueForm getForm() {
        return form;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
