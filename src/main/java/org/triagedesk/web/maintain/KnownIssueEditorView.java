package org.triagedesk.web.maintain;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.boundary.DuplicateKnownIssueException;
import org.triagedesk.knowledgebase.boundary.KnowledgeBase;
import org.triagedesk.knowledgebase.boundary.StaleKnownIssueException;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;
import org.triagedesk.knowledgebase.entity.LikelyDuplicate;
import org.triagedesk.knowledgebase.entity.VersionNote;
import org.triagedesk.web.LanguageChoice;
import org.triagedesk.web.PageTexts;

/**
 * The known-issue editor: opens an issue by its key (or a blank one), saves it with the version it
 * was read at, and retires it. When someone else saved the issue meanwhile, or the key is taken,
 * the maintainer is told so and keeps everything typed. Under the version notes, a line says what
 * they were read as, while the maintainer types.
 * <p>
 * Over 150 lines: create, revise and retire with their two conflicts (stale version, taken key) and the live
 * reading of the version notes; the fields themselves are {@link KnownIssueForm}.
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

    @Inject
    LanguageChoice language;

    private String key;
    private KnownIssueForm form = new KnownIssueForm();
    private KnownIssueStamp loaded;
    private boolean missing;
    private boolean stale;
    private List<LikelyDuplicate> duplicates = List.of();

    /** Reads the issue named in the address, once per view. */
    public void load() {
        if (key == null || key.isBlank()) {
            return;
        }
        knowledgeBase.find(key).ifPresentOrElse(issue -> {
            loaded = KnownIssueStamp.of(issue);
            form = KnownIssueForm.of(issue.key(), issue.content());
            duplicates = knowledgeBase.likelyDuplicates(issue.key(), issue.content());
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

    /**
     * The line under "Affected versions": what the text was read as (the ranges per component, and any
     * fix it mentions), or that it stays text. Empty while the field is.
     */
    public String getAffectedRead() {
        String text = form.getAffectedVersions();
        if (text == null || text.isBlank()) {
            return "";
        }
        VersionNote note = knowledgeBase.readAffectedVersions(text);
        if (!note.understood()) {
            return texts.get("mt", "editor.versions.none");
        }
        FindingTexts words = new FindingTexts(language.getLanguage());
        String read = note.ranges().isEmpty() ? "" : texts.get("mt", "editor.versions.read", note.ranges().stream()
                .map(r -> words.component(r.component().code()) + " " + r.range()).collect(Collectors.joining("; ")));
        String fixed = note.fixes().isEmpty() ? "" : texts.get("mt", "editor.fixed.read", fixes(note, words));
        return (read + " " + fixed).strip();
    }

    /** The line under "Fixed in": the versions with the fix, per component, or that the text stays text. */
    public String getFixedRead() {
        String text = form.getFixedIn();
        if (text == null || text.isBlank()) {
            return "";
        }
        VersionNote note = knowledgeBase.readFixedIn(text);
        return note.understood() ? texts.get("mt", "editor.fixed.read", fixes(note, new FindingTexts(language.getLanguage())))
                : texts.get("mt", "editor.fixed.none");
    }

    private static String fixes(VersionNote note, FindingTexts words) {
        return note.fixes().stream().map(f -> words.component(f.component().code()) + " " + f.version().text())
                .collect(Collectors.joining("; "));
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

    /** The known issues this one likely duplicates (shown above the editor, with links). */
    public List<LikelyDuplicate> getDuplicates() {
        return duplicates;
    }
}
