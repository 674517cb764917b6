package org.triagedesk.web.desk;

import java.io.Serializable;
import java.io.StringReader;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.triagedesk.platform.Jsons;

/**
 * The latest triage of a case as the case page shows it, read from the answer kept with the case:
 * verdict, findings with their policy section and remediation, missing facts, area, known issues and
 * the response draft with the template (situation key and language) it was drafted from. Texts are
 * in the case's answer language, as the triage wrote them.
 */
public record CaseTriageSummary(String verdict, List<Finding> findings, List<Missing> missingFacts, String area, double confidence,
        boolean needsReview, List<Issue> knownIssues, String draftSubject, String draftBody, String asOf, String draftKey,
        String draftLanguage) implements Serializable {

    /** A policy finding; {@code key} is how the evidence-upload changes name it ({@code RULE} or {@code RULE:subject}). */
    public record Finding(String key, String outcome, String message, String policySection, String sectionEn, String sectionJa,
            String remediation) implements Serializable {
    }

    public record Missing(String fact, String why, List<String> commands) implements Serializable {
    }

    /** A matching known issue; {@code upstreamUrl} is only ever an http(s) address, else {@code null}. */
    public record Issue(String key, String title, String status, String workaround, String upstreamUrl, String fixedIn)
            implements Serializable {
    }

    static CaseTriageSummary of(String resultJson) {
        JsonObject r = Jsons.createReader(new StringReader(resultJson)).readObject();
        JsonObject eligibility = r.getJsonObject("eligibility");
        List<Finding> findings = eligibility.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .map(f -> new Finding(f.getString("rule") + (f.containsKey("subject") ? ":" + f.getString("subject") : ""),
                        f.getString("outcome"), f.getString("message", ""), f.getString("policySection", ""),
                        f.getJsonObject("policySectionTitles").getString("en", ""), f.getJsonObject("policySectionTitles").getString("ja", ""),
                        f.getString("remediation", "")))
                .toList();
        List<Missing> missing = r.getJsonArray("missingFacts").getValuesAs(JsonObject.class).stream()
                .map(m -> new Missing(m.getString("fact"), m.getString("why", ""),
                        m.getJsonArray("commands").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()))
                .toList();
        List<Issue> issues = r.getJsonArray("knownIssues").getValuesAs(JsonObject.class).stream()
                .map(k -> new Issue(k.getString("key"), k.getString("title", k.getString("key")), k.getString("status", ""),
                        text(k, "workaround"), safeUrl(text(k, "upstreamUrl")), text(k, "fixedIn")))
                .toList();
        JsonValue template = r.get("template");
        boolean hasDraft = template != null && template.getValueType() == JsonValue.ValueType.OBJECT;
        return new CaseTriageSummary(eligibility.getString("verdict"), findings, missing, text(r, "coverageArea"),
                r.getJsonNumber("confidence").doubleValue(), r.getBoolean("needsReview", false), issues,
                hasDraft ? template.asJsonObject().getString("subject", "") : null,
                hasDraft ? template.asJsonObject().getString("body", "") : null, r.getString("asOf", ""),
                hasDraft ? text(template.asJsonObject(), "key") : null, hasDraft ? text(template.asJsonObject(), "language") : null);
    }

    /** The finding with this change key, to word an upload's "new findings". */
    public Finding finding(String key) {
        return findings.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    public Issue issue(String key) {
        return knownIssues.stream().filter(k -> k.key().equals(key)).findFirst().orElse(null);
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    static String safeUrl(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) && url.chars().noneMatch(Character::isWhitespace)
                ? url : null;
    }
}
