package org.triagedesk.web.desk;

import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.eligibility.entity.MissingFact;
import org.triagedesk.eligibility.entity.PolicyRule;
import org.triagedesk.eligibility.entity.Verdict;
import org.triagedesk.platform.Jsons;
import org.triagedesk.platform.Language;
import org.triagedesk.web.IssueLanguages;

/**
 * The latest triage of a case as the case page shows it, read from the answer kept with the case:
 * verdict (and whether it is provisional), findings with their policy section and remediation, missing facts,
 * area, known issues and the response draft with the template (situation key and language) it was drafted from.
 * <p>
 * Findings, the policy section, why a fact is missing and the provisional sentence are worded in the page's
 * language (the header's choice), from the codes and arguments the answer kept; an answer kept before findings
 * carried their arguments shows its finding texts as the triage wrote them. Known-issue texts exist in the
 * language they were written in: one in the other language says so ({@link Issue#languageNote}). The draft
 * stays in the case's language: it is written to the customer.
 */
public record CaseTriageSummary(String verdict, List<Finding> findings, List<Missing> missingFacts, String area, double confidence,
        boolean needsReview, List<Issue> knownIssues, String draftSubject, String draftBody, String asOf, String draftKey,
        String draftLanguage, boolean provisional, String provisionalText) implements Serializable {

    /** A policy finding; {@code key} is how the evidence-upload changes name it ({@code RULE} or {@code RULE:subject}). */
    public record Finding(String key, String outcome, String message, String policySection, String sectionEn, String sectionJa,
            String remediation) implements Serializable {
    }

    public record Missing(String fact, String why, List<String> commands) implements Serializable {
    }

    /**
     * A matching known issue; {@code upstreamUrl} is only ever an http(s) address, else {@code null}.
     * {@code languageNote} is "English only" (「英語のみ」) when the record is written in another language than the
     * page's, else {@code null}.
     */
    public record Issue(String key, String title, String status, String workaround, String upstreamUrl, String fixedIn,
            String language, String languageNote) implements Serializable {
    }

    static CaseTriageSummary of(String resultJson, FindingTexts texts) {
        JsonObject r = Jsons.createReader(new StringReader(resultJson)).readObject();
        JsonObject eligibility = r.getJsonObject("eligibility");
        boolean japanese = texts.language() == Language.JA;
        List<Finding> findings = eligibility.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                .map(f -> finding(f, texts, japanese))
                .toList();
        List<Missing> missing = r.getJsonArray("missingFacts").getValuesAs(JsonObject.class).stream()
                .map(m -> missing(m, texts))
                .toList();
        List<Issue> issues = IssueLanguages.inReadersLanguage(r.getJsonArray("knownIssues").getValuesAs(JsonObject.class),
                        k -> text(k, "upstreamUrl"), k -> k.getString("language", null), texts.language()).stream()
                .map(k -> new Issue(k.getString("key"), k.getString("title", k.getString("key")), k.getString("status", ""),
                        text(k, "workaround"), safeUrl(text(k, "upstreamUrl")), text(k, "fixedIn"), k.getString("language", null),
                        texts.languageNote(k.getString("language", null))))
                .toList();
        JsonValue template = r.get("template");
        boolean hasDraft = template != null && template.getValueType() == JsonValue.ValueType.OBJECT;
        String verdict = eligibility.getString("verdict");
        boolean provisional = r.containsKey("provisional") ? r.getBoolean("provisional")
                : !missing.isEmpty() && !Verdict.UNSUPPORTED.name().equals(verdict);
        String provisionalText = provisional ? texts.text("provisional." + verdict,
                missing.stream().map(m -> texts.fact(m.fact())).collect(Collectors.joining(texts.text("provisional.separator"))))
                : null;
        return new CaseTriageSummary(verdict, findings, missing, text(r, "coverageArea"),
                r.getJsonNumber("confidence").doubleValue(), r.getBoolean("needsReview", false), issues,
                hasDraft ? template.asJsonObject().getString("subject", "") : null,
                hasDraft ? template.asJsonObject().getString("body", "") : null, r.getString("asOf", ""),
                hasDraft ? text(template.asJsonObject(), "key") : null, hasDraft ? text(template.asJsonObject(), "language") : null,
                provisional, provisionalText);
    }

    /** A kept finding in the reader's language: worded again from its rule, variant and arguments when the answer kept them. */
    private static Finding finding(JsonObject f, FindingTexts texts, boolean japanese) {
        String key = f.getString("rule") + (f.containsKey("subject") ? ":" + f.getString("subject") : "");
        JsonObject titles = f.getJsonObject("policySectionTitles");
        String en = titles == null ? "" : titles.getString("en", "");
        String ja = titles == null ? "" : titles.getString("ja", "");
        String section = japanese ? (ja.isEmpty() ? f.getString("policySection", "") : ja) : (en.isEmpty() ? f.getString("policySection", "") : en);
        String message = f.getString("message", "");
        String remediation = f.getString("remediation", "");
        if (f.get("arguments") instanceof JsonArray arguments) {
            try {
                org.triagedesk.eligibility.entity.Finding kept = new org.triagedesk.eligibility.entity.Finding(
                        PolicyRule.valueOf(f.getString("rule")), Verdict.valueOf(f.getString("outcome")), text(f, "subject"),
                        text(f, "variant"), arguments.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
                message = texts.message(kept);
                remediation = texts.remediation(kept);
            } catch (IllegalArgumentException | IllegalStateException | ClassCastException notOurs) {
                // a rule or a wording this version does not know: the texts as the triage wrote them
            }
        }
        return new Finding(key, f.getString("outcome"), message, section, en, ja, remediation);
    }

    private static Missing missing(JsonObject m, FindingTexts texts) {
        List<String> commands = m.getJsonArray("commands").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        String why;
        try {
            why = texts.why(new MissingFact(m.getString("fact"), commands));
        } catch (IllegalStateException unknownFact) {
            why = m.getString("why", "");
        }
        return new Missing(m.getString("fact"), why, commands);
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
