package org.triagedesk.api;

import java.io.StringReader;
import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.triagedesk.cases.entity.CaseDraft;
import org.triagedesk.cases.entity.HistoryEntry;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.platform.Jsons;

/** A case in the API's JSON: its summary for lists, and the whole case with evidence, triages and corrections. */
final class CaseJson {

    private CaseJson() {
    }

    static JsonObjectBuilder summary(SupportCase c) {
        return Jsons.createObjectBuilder()
                .add("reference", c.reference().toString())
                .add("title", text(c.title()))
                .add("customer", text(c.customer()))
                .add("severity", c.severity().name())
                .add("status", c.status().name())
                .add("coverageArea", code(c.coverageArea()))
                .add("verdict", code(c.verdict()))
                .add("provisional", c.provisional() == null ? JsonValue.NULL : c.provisional() ? JsonValue.TRUE : JsonValue.FALSE)
                .add("confidence", c.confidence() == null ? JsonValue.NULL : Jsons.createValue(c.confidence()))
                .add("needsReview", c.needsReview())
                .add("language", c.language().code())
                .add("createdAt", c.createdAt().toString())
                .add("createdBy", c.createdBy())
                .add("updatedAt", c.updatedAt().toString())
                .add("version", c.version());
    }

    static JsonObjectBuilder full(SupportCase c) {
        JsonArrayBuilder evidence = Jsons.createArrayBuilder();
        c.evidence().forEach(e -> evidence.add(Jsons.createObjectBuilder().add("id", e.id()).add("name", e.name())
                .add("sizeBytes", e.sizeBytes()).add("redactions", text(e.redactions())).add("createdAt", e.added().at().toString())
                .add("createdBy", e.added().by())));
        JsonArrayBuilder triages = Jsons.createArrayBuilder();
        c.triages().forEach(t -> triages.add(Jsons.createObjectBuilder().add("asOf", t.asOf().toString())
                .add("triagedAt", t.triagedAt().toString()).add("result", result(t.resultJson()))));
        JsonArrayBuilder corrections = Jsons.createArrayBuilder();
        c.corrections().forEach(k -> corrections.add(Jsons.createObjectBuilder().add("from", code(k.fromArea())).add("to", k.toArea().name())
                .add("reason", k.reason()).add("by", k.corrected().by()).add("at", k.corrected().at().toString())));
        List<?> all = c.triages();
        return summary(c)
                .add("description", text(c.description()))
                .add("cluster", c.clusterJson() == null ? JsonValue.NULL : parse(c.clusterJson()))
                .add("evidence", evidence)
                .add("triage", all.isEmpty() ? JsonValue.NULL : result(c.triages().get(all.size() - 1).resultJson()))
                .add("triages", triages)
                .add("corrections", corrections)
                .add("draft", draft(c));
    }

    /**
     * The newest saved edit of the response draft ({@code null} when none): its version, text, who
     * saved it and when, the template it started from, and whether the latest triage drafts from
     * another template since.
     */
    private static JsonValue draft(SupportCase c) {
        CaseDraft d = c.latestDraft();
        if (d == null) {
            return JsonValue.NULL;
        }
        JsonValue latest = c.triages().isEmpty() ? JsonValue.NULL
                : parse(c.triages().get(c.triages().size() - 1).resultJson()).asJsonObject().get("template");
        boolean changed = latest instanceof JsonObject t && d.templateKey() != null
                && !d.startedFrom(t.getString("key", null), t.getString("language", null));
        return Jsons.createObjectBuilder()
                .add("version", d.number())
                .add("body", d.body())
                .add("startedFrom", d.templateKey() == null ? JsonValue.NULL
                        : Jsons.createObjectBuilder().add("key", d.templateKey()).add("language", text(d.templateLanguage())).build())
                .add("editedBy", d.edited().by())
                .add("editedAt", d.edited().at().toString())
                .add("templateChanged", changed)
                .build();
    }

    static JsonArrayBuilder history(List<HistoryEntry> entries) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        entries.forEach(h -> list.add(Jsons.createObjectBuilder().add("at", h.changed().at().toString()).add("actor", h.changed().by())
                .add("action", h.action()).add("before", text(h.before())).add("after", text(h.after()))));
        return list;
    }

    /**
     * A kept triage answer. One kept before answers said whether their verdict is provisional gets
     * {@code provisional} from its own missing facts and verdict, as a triage would say it today.
     */
    static JsonValue result(String json) {
        JsonObject r = parse(json).asJsonObject();
        if (r.containsKey("provisional") || !(r.get("eligibility") instanceof JsonObject eligibility)) {
            return r;
        }
        boolean provisional = !r.getJsonArray("missingFacts").isEmpty() && !"UNSUPPORTED".equals(eligibility.getString("verdict", ""));
        return Jsons.createObjectBuilder(r).add("provisional", provisional)
                .add("eligibility", Jsons.createObjectBuilder(eligibility).add("provisional", provisional)).build();
    }

    private static JsonValue parse(String json) {
        return Jsons.createReader(new StringReader(json)).readValue();
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Jsons.createValue(value);
    }

    /** An enum as its code, {@code null} when absent. */
    private static JsonValue code(Enum<?> value) {
        return value == null ? JsonValue.NULL : Jsons.createValue(value.name());
    }
}
