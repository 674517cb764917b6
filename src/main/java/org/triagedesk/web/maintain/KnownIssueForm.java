package org.triagedesk.web.maintain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;
import org.triagedesk.platform.Language;

/**
 * What the known-issue editor holds while a maintainer types: every field of a known issue as the
 * inputs show it (lists one item per line, tags separated by commas), read from and turned back into
 * {@link KnownIssueContent}.
 * <p>
 * Over 150 lines: a known issue has many fields, each with the getter and setter the inputs bind to, and the
 * conversion to and from KnownIssueContent; the logic itself is short.
 */
public class KnownIssueForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String title;
    private CoverageArea area;
    private String language;
    private KnownIssueStatus status = KnownIssueStatus.OPEN;
    private String affectedVersions;
    private String fixedIn;
    private String upstreamUrl;
    private String timeline;
    private String links;
    private String tags;
    private String signatures;
    private LocalDate lastReviewed;
    private String symptoms;
    private String cause;
    private String workaround;

    static KnownIssueForm of(String key, KnownIssueContent c) {
        KnownIssueForm form = new KnownIssueForm();
        form.key = key;
        form.title = c.title();
        form.area = c.area();
        form.language = c.language();
        form.status = c.status();
        form.affectedVersions = c.affectedVersions();
        form.fixedIn = c.fixedIn();
        form.upstreamUrl = c.upstreamUrl();
        form.timeline = c.timeline();
        form.links = String.join("\n", c.links());
        form.tags = String.join(", ", c.tags());
        form.signatures = String.join("\n", c.signatures());
        form.lastReviewed = c.lastReviewed();
        form.symptoms = c.symptoms();
        form.cause = c.cause();
        form.workaround = c.workaround();
        return form;
    }

    /** The content to save; the language, when not chosen, is the one the title and symptoms are written in. */
    KnownIssueContent content(KnownIssueStatus as) {
        String lang = language != null ? language : Language.ofText(title, symptoms).code();
        return new KnownIssueContent(title.strip(), area, lang, as, symptoms, cause, workaround, blankToNull(upstreamUrl),
                items(links, "\n"), blankToNull(affectedVersions), blankToNull(fixedIn), blankToNull(timeline), items(tags, "[,\n]"),
                items(signatures, "\n"), lastReviewed);
    }

    KnownIssueContent content() {
        return content(status);
    }

    private static List<String> items(String text, String separator) {
        return text == null ? List.of() : Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key == null ? null : key.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public CoverageArea getArea() {
        return area;
    }

    public void setArea(CoverageArea area) {
        this.area = area;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public KnownIssueStatus getStatus() {
        return status;
    }

    public void setStatus(KnownIssueStatus status) {
        this.status = status;
    }

    public String getAffectedVersions() {
        return affectedVersions;
    }

    public void setAffectedVersions(String affectedVersions) {
        this.affectedVersions = affectedVersions;
    }

    public String getFixedIn() {
        return fixedIn;
    }

    public void setFixedIn(String fixedIn) {
        this.fixedIn = fixedIn;
    }

    public String getUpstreamUrl() {
        return upstreamUrl;
    }

    public void setUpstreamUrl(String upstreamUrl) {
        this.upstreamUrl = upstreamUrl;
    }

    public String getTimeline() {
        return timeline;
    }

    public void setTimeline(String timeline) {
        this.timeline = timeline;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getSignatures() {
        return signatures;
    }

    public void setSignatures(String signatures) {
        this.signatures = signatures;
    }

    public LocalDate getLastReviewed() {
        return lastReviewed;
    }

    public void setLastReviewed(LocalDate lastReviewed) {
        this.lastReviewed = lastReviewed;
    }

    public String getSymptoms() {
        return symptoms;
    }

    public void setSymptoms(String symptoms) {
        this.symptoms = symptoms;
    }

    public String getCause() {
        return cause;
    }

    public void setCause(String cause) {
        this.cause = cause;
    }

    public String getWorkaround() {
        return workaround;
    }

    public void setWorkaround(String workaround) {
        this.workaround = workaround;
    }
}
