package org.triagedesk.cases.control;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.triagedesk.cases.entity.FactProvenance;
import org.triagedesk.cases.entity.TriageResult;
import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.Finding;
import org.triagedesk.eligibility.entity.MissingFact;
import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.IssueMatch;
import org.triagedesk.kernel.MatchReason;
import org.triagedesk.platform.Jsons;

/**
 * The answer of {@code POST /triage} in the shape of the public contract: coverage area with its
 * confidence and explanation, support eligibility, matching known issues, the response draft and the
 * facts read from evidence. Texts are in the answer's language.
 * <p>
 * Over 150 lines: one writer for the whole public answer of POST /triage (area, eligibility, known issues, draft,
 * facts with provenance), so the contract's shape is read in one file in the order of spec/api.md.
 */
public final class TriageResultJson {

    private TriageResultJson() {
    }

    public static JsonObject write(TriageResult result) {
        FindingTexts texts = new FindingTexts(result.language());
        JsonArrayBuilder missing = missingFacts(result.eligibility().missingFacts(), texts);
        Classification c = result.classification();
        return Jsons.createObjectBuilder()
                .add("coverageArea", c.area() == null ? JsonValue.NULL : Jsons.createValue(c.area().name()))
                .add("confidence", c.confidence())
                .add("areaScores", areaScores(c))
                .add("needsReview", c.needsReview())
                .add("otherArea", c.otherArea() == null ? JsonValue.NULL : Jsons.createValue(c.otherArea().name()))
                .add("explanation", explanation(c, texts))
                .add("language", result.language().code())
                .add("asOf", result.asOf().toString())
                .add("eligibility", Jsons.createObjectBuilder()
                        .add("verdict", result.eligibility().verdict().name())
                        .add("findings", findings(result.eligibility().findings(), texts))
                        .add("missingFacts", missing)
                        .add("provisional", result.eligibility().provisional())
                        .add("provisionalNote", text(texts.provisional(result.eligibility()))))
                .add("missingFacts", missingFacts(result.eligibility().missingFacts(), texts))
                .add("provisional", result.eligibility().provisional())
                .add("knownIssues", knownIssues(c.knownIssues(), texts))
                .add("template", result.draft().<JsonValue>map(d -> Jsons.createObjectBuilder().add("key", d.key())
                        .add("language", d.language()).add("subject", d.subject()).add("body", d.body()).build())
                        .orElse(JsonValue.NULL))
                .add("extractedFacts", extracted(result.profile().extractedFacts()))
                .add("factProvenance", provenance(result.profile().provenance()))
                .add("cluster", cluster(result.profile().profile()))
                .build();
    }

    private static JsonObjectBuilder areaScores(Classification c) {
        JsonObjectBuilder scores = Jsons.createObjectBuilder();
        for (CoverageArea area : CoverageArea.values()) {
            scores.add(area.name(), c.areaScores().getOrDefault(area, 0.0));
        }
        return scores;
    }

    private static JsonObjectBuilder explanation(Classification c, FindingTexts texts) {
        JsonArrayBuilder rules = Jsons.createArrayBuilder();
        c.explanation().rules().forEach(r -> rules.add(reason(r, texts)));
        return Jsons.createObjectBuilder()
                .add("terms", Jsons.createArrayBuilder(c.explanation().terms()))
                .add("knownIssues", Jsons.createArrayBuilder(c.explanation().knownIssues()))
                .add("cases", Jsons.createArrayBuilder(c.explanation().cases()))
                .add("rules", rules);
    }

    private static JsonObjectBuilder reason(MatchReason reason, FindingTexts texts) {
        return Jsons.createObjectBuilder().add("code", reason.code())
                .add("text", texts.reason(reason.code(), reason.arguments()));
    }

    private static JsonArrayBuilder knownIssues(List<IssueMatch> matches, FindingTexts texts) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (IssueMatch m : matches) {
            JsonArrayBuilder why = Jsons.createArrayBuilder();
            m.reasons().forEach(r -> why.add(reason(r, texts)));
            list.add(Jsons.createObjectBuilder()
                    .add("key", m.key())
                    .add("title", m.title())
                    .add("score", m.score())
                    .add("workaround", text(m.workaround()))
                    .add("upstreamUrl", text(m.upstreamUrl()))
                    .add("links", Jsons.createArrayBuilder(m.links()))
                    .add("coverageArea", m.area().name())
                    .add("status", m.status())
                    .add("affectedVersions", text(m.affectedVersions()))
                    .add("fixedIn", text(m.fixedIn()))
                    .add("timeline", text(m.timeline()))
                    .add("language", m.language())
                    .add("signatureHit", m.signatureHit())
                    .add("why", why));
        }
        return list;
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Jsons.createValue(value);
    }

    private static JsonArrayBuilder findings(List<Finding> findings, FindingTexts texts) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (Finding f : findings) {
            JsonObjectBuilder item = Jsons.createObjectBuilder()
                    .add("rule", f.rule().name())
                    .add("outcome", f.outcome().name())
                    .add("message", texts.message(f))
                    .add("policySection", f.rule().section().citation())
                    .add("policySectionTitles", Jsons.createObjectBuilder()
                            .add("ja", f.rule().section().japaneseTitle())
                            .add("en", f.rule().section().englishTitle()))
                    .add("remediation", texts.remediation(f));
            if (f.subject() != null) {
                item.add("subject", f.subject());
            }
            // what the message was filled from, so a page can word the finding again in its reader's language
            if (f.variant() != null) {
                item.add("variant", f.variant());
            }
            item.add("arguments", Jsons.createArrayBuilder(f.arguments()));
            list.add(item);
        }
        return list;
    }

    private static JsonArrayBuilder missingFacts(List<MissingFact> facts, FindingTexts texts) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        facts.forEach(f -> list.add(Jsons.createObjectBuilder()
                .add("fact", f.fact())
                .add("why", texts.why(f))
                .add("commands", Jsons.createArrayBuilder(f.commands()))));
        return list;
    }

    private static JsonObjectBuilder extracted(Map<String, Object> facts) {
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        facts.forEach((name, value) -> {
            if (value instanceof List<?> items) {
                json.add(name, Jsons.createArrayBuilder(items));
            } else {
                json.add(name, String.valueOf(value));
            }
        });
        return json;
    }

    private static JsonArrayBuilder provenance(List<FactProvenance> provenance) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        for (FactProvenance p : provenance) {
            JsonObjectBuilder item = Jsons.createObjectBuilder()
                    .add("fact", p.fact().fact())
                    .add("value", p.fact().value())
                    .add("evidence", p.fact().evidence())
                    .add("line", p.fact().line())
                    .add("text", p.fact().text())
                    .add("source", p.fact().source())
                    .add("used", p.used());
            if (p.note() != null) {
                item.add("note", p.note());
            }
            list.add(item);
        }
        return list;
    }

    /** The profile the rules judged, after evidence filled its gaps. */
    public static JsonObjectBuilder cluster(ClusterProfile c) {
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        put(json, "platform", c.platform());
        put(json, "kubernetesVersion", c.kubernetesVersion());
        put(json, "lastAzureConnection", c.lastAzureConnection());
        put(json, "stoppedSince", c.stoppedSince());
        put(json, "allNodesDeallocatedManually", c.allNodesDeallocatedManually());
        put(json, "subscriptionState", c.subscriptionState());
        put(json, "subscriptionStateSince", c.subscriptionStateSince());
        put(json, "cni", c.cni());
        put(json, "agentNodesModifiedViaIaaS", c.agentNodesModifiedViaIaaS());
        put(json, "systemMetadataModified", c.systemMetadataModified());
        json.add("previewFeatures", Jsons.createArrayBuilder(c.previewFeatures()));
        json.add("alphaFeatureGates", Jsons.createArrayBuilder(c.alphaFeatureGates()));
        return json;
    }

    private static void put(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.add(name, JsonValue.NULL);
        } else if (value instanceof Boolean b) {
            json.add(name, b);
        } else {
            json.add(name, value.toString());
        }
    }
}
