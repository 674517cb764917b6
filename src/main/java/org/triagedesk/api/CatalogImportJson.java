package org.triagedesk.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.triagedesk.eligibility.control.CatalogImportPlan;
import org.triagedesk.eligibility.control.CatalogImportPlan.Change;
import org.triagedesk.eligibility.control.FindingTexts;
import org.triagedesk.platform.Jsons;
import org.triagedesk.platform.Language;

/** The wire form of a catalog import: what was found, beside the catalog, and whether it was applied. */
final class CatalogImportJson {

    private CatalogImportJson() {
    }

    static JsonObject of(CatalogImportPlan plan, boolean applied, Long importId) {
        FindingTexts en = new FindingTexts(Language.EN);
        JsonArrayBuilder rows = Jsons.createArrayBuilder();
        for (CatalogImportPlan.Row row : plan.rows()) {
            JsonObjectBuilder r = Jsons.createObjectBuilder()
                    .add("minor", row.minor().toString())
                    .add("change", row.change().name())
                    .add("releaseDate", row.releaseDate().toString())
                    .add("removalDate", row.removalDate() == null ? JsonValue.NULL : Jsons.createValue(row.removalDate().toString()))
                    .add("precision", row.found().precision().name())
                    .add("reason", row.reason().name())
                    .add("why", en.importReason(row))
                    .add("source", row.found().source());
            if (row.current() == null) {
                r.add("current", JsonValue.NULL);
            } else {
                r.add("current", Jsons.createObjectBuilder().add("releaseDate", row.current().releaseDate().toString())
                        .add("removalDate", row.current().removalDate() == null ? JsonValue.NULL
                                : Jsons.createValue(row.current().removalDate().toString())));
            }
            rows.add(r);
        }
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("format", plan.format().name())
                .add("applied", applied)
                .add("importId", importId == null ? JsonValue.NULL : Jsons.createValue(importId))
                .add("added", plan.count(Change.NEW))
                .add("changed", plan.count(Change.CHANGED))
                .add("unchanged", plan.count(Change.UNCHANGED))
                .add("versions", rows)
                .add("notInSource", Jsons.createArrayBuilder(plan.notInSource().stream().map(String::valueOf).toList()))
                .add("skipped", Jsons.createArrayBuilder(plan.skipped()));
        return json.build();
    }
}
