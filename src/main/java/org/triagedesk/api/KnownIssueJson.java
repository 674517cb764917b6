package org.triagedesk.api;

import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.control.KnownIssueFileParser;
import org.triagedesk.knowledgebase.control.VersionNotes;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;
import org.triagedesk.knowledgebase.entity.LikelyDuplicate;
import org.triagedesk.knowledgebase.entity.VersionNote;
import org.triagedesk.platform.Jsons;
import org.triagedesk.platform.Language;

/** A known issue in the API's JSON: read with every field checked, written with its bookkeeping. */
final class KnownIssueJson {

    static final int MAX_TEXT = 100_000;
    static final int MAX_AFFECTED = KnownIssueFileParser.MAX_AFFECTED;
    static final int MAX_FIXED_IN = KnownIssueFileParser.MAX_FIXED_IN;

    private KnownIssueJson() {
    }

    static String key(JsonInput in, JsonObject json) {
        String key = in.string(json, "key", "key", 200);
        if (key != null && !key.matches(KnownIssueFileParser.KEY_PATTERN)) {
            return in.invalid("key", "1-64 letters, digits, dots, underscores or dashes, such as KI-0042 or UPSTREAM-97288");
        }
        return key;
    }

    static KnownIssueContent content(JsonInput in, JsonObject json) {
        String title = in.string(json, "title", "title", 500);
        if (title == null || title.isBlank()) {
            in.invalid("title", "is required");
        }
        CoverageArea area = in.code(json, "coverageArea", "coverageArea", CoverageArea.class);
        if (area == null && (json.get("coverageArea") == null || json.get("coverageArea") == JsonValue.NULL)) {
            in.invalid("coverageArea", "is required; one of " + List.of(CoverageArea.values()));
        }
        KnownIssueStatus status = in.code(json, "status", "status", KnownIssueStatus.class);
        String symptoms = in.string(json, "symptoms", "symptoms", MAX_TEXT);
        String cause = in.string(json, "cause", "cause", MAX_TEXT);
        String workaround = in.string(json, "workaround", "workaround", MAX_TEXT);
        String language = in.string(json, "language", "language", 8);
        if (language != null && Language.ofCode(language).isEmpty()) {
            in.invalid("language", "must be \"en\" or \"ja\"");
        }
        String upstreamUrl = in.string(json, "upstreamUrl", "upstreamUrl", 1000);
        if (upstreamUrl != null && !upstreamUrl.isBlank() && !upstreamUrl.matches("https?://\\S+")) {
            in.invalid("upstreamUrl", "must be an http(s) URL");
        }
        // free text, as release notes write it; the ranges it gives are in the answer (affectedRanges)
        String affected = in.string(json, "affectedVersions", "affectedVersions", MAX_AFFECTED);
        List<String> links = in.strings(json, "links", "links", 50, 1000);
        List<String> tags = in.strings(json, "tags", "tags", 50, 100);
        List<String> signatures = in.strings(json, "signatures", "signatures", 50, 1000);
        String fixedIn = in.string(json, "fixedIn", "fixedIn", MAX_FIXED_IN);
        String timeline = in.string(json, "timeline", "timeline", 2000);
        in.check();
        String lang = language != null ? Language.ofCode(language).orElseThrow().code() : Language.ofText(title, symptoms).code();
        return new KnownIssueContent(title.strip(), area, lang, status == null ? KnownIssueStatus.OPEN : status, symptoms, cause,
                workaround, blankToNull(upstreamUrl), links, blankToNull(affected), blankToNull(fixedIn), blankToNull(timeline),
                tags, signatures, null);
    }

    static JsonObjectBuilder write(KnownIssue issue) {
        KnownIssueContent c = issue.content();
        VersionNote affected = VersionNotes.parse(c.affectedVersions());
        return Jsons.createObjectBuilder()
                .add("key", issue.key())
                .add("title", c.title())
                .add("symptoms", text(c.symptoms()))
                .add("cause", text(c.cause()))
                .add("workaround", text(c.workaround()))
                .add("coverageArea", c.area().name())
                .add("upstreamUrl", text(c.upstreamUrl()))
                .add("links", Jsons.createArrayBuilder(c.links()))
                .add("affectedVersions", text(c.affectedVersions()))
                .add("affectedRanges", ranges(affected))
                .add("fixedIn", text(c.fixedIn()))
                .add("fixedVersions", fixes(affected.withFixesOf(VersionNotes.parseFixed(c.fixedIn()))))
                .add("status", c.status().name())
                .add("timeline", text(c.timeline()))
                .add("tags", Jsons.createArrayBuilder(c.tags()))
                .add("signatures", Jsons.createArrayBuilder(c.signatures()))
                .add("language", c.language())
                .add("lastReviewed", c.lastReviewed() == null ? JsonValue.NULL : Jsons.createValue(c.lastReviewed().toString()))
                .add("version", issue.version())
                .add("origin", issue.origin().name())
                .add("sourcePath", text(issue.sourcePath()))
                .add("updatedAt", issue.updatedAt().toString())
                .add("updatedBy", text(issue.updatedBy()));
    }

    /** What the affected-versions text was read as: one row per range of a component, with the words it came from. */
    static JsonArrayBuilder ranges(VersionNote note) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        note.ranges().forEach(r -> list.add(Jsons.createObjectBuilder().add("component", r.component().code())
                .add("range", r.range()).add("text", r.text())));
        return list;
    }

    /** The versions with the fix, from the fixed-in text and any "fixed in …" of the affected-versions text. */
    static JsonArrayBuilder fixes(VersionNote note) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        note.fixes().forEach(f -> list.add(Jsons.createObjectBuilder().add("component", f.component().code())
                .add("version", f.version().text()).add("text", f.text())));
        return list;
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Jsons.createValue(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Likely duplicates as the API answers them: key, title, why, similarity and the shared signature. */
    static JsonArrayBuilder duplicates(List<LikelyDuplicate> duplicates) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (var d : duplicates) {
            list.add(Jsons.createObjectBuilder().add("key", d.key()).add("title", d.title()).add("why", d.why()).add("similarity", d.similarity())
                    .add("shared", d.shared() == null ? JsonValue.NULL : Jsons.createValue(d.shared())));
        }
        return list;
    }
}
