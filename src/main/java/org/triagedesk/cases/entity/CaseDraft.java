package org.triagedesk.cases.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.triagedesk.kernel.ChangeStamp;

/**
 * One saved version of an engineer's edit of a case's response draft: its number (1 for the first
 * save), the text, who saved it and when, and the response template (situation key and language)
 * the edit started from. A later triage may draft from another template; the edit then started
 * from an older one.
 */
@Entity
@Table(name = "case_draft")
public class CaseDraft extends CasePart {

    /** The longest draft kept: far more than any response an engineer sends. */
    public static final int MAX_CHARS = 100_000;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "template_key")
    private String templateKey;

    @Column(name = "template_language")
    private String templateLanguage;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "edited_by", nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "edited_at", nullable = false))
    private ChangeStamp edited;

    protected CaseDraft() {
    }

    CaseDraft(SupportCase supportCase, int number, String body, String templateKey, String templateLanguage, String by, Instant at) {
        super(supportCase);
        this.number = number;
        this.body = body;
        this.templateKey = templateKey;
        this.templateLanguage = templateLanguage;
        this.edited = new ChangeStamp(by, at);
    }

    /** Whether this edit started from the template {@code key} in {@code language}. */
    public boolean startedFrom(String key, String language) {
        return Objects.equals(templateKey, key) && Objects.equals(templateLanguage, language);
    }

    /** How the case history records this save, e.g. {@code version 3 from unsupported.en}. */
    public String historyText() {
        return "version " + number + (templateKey == null ? "" : " from " + templateKey + "." + templateLanguage);
    }

    public int number() { return number; }
    public String body() { return body; }
    public String templateKey() { return templateKey; }
    public String templateLanguage() { return templateLanguage; }
    /** Who saved this version and when. */
    public ChangeStamp edited() { return edited; }
}
