package org.triagedesk.web.desk;

import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.triagedesk.platform.Jsons;

/**
 * What the case page shows of the cluster: each fact of the profile the latest triage judged, with where it came
 * from (entered by an engineer, read from a file of the evidence at a line, or not known) and whether the rules
 * miss it; and every fact the triage read from the evidence, with its file, line and text, and whether it was used
 * (a fact entered by hand wins over the evidence). Read from the triage's answer and the profile the case keeps.
 */
public record CaseProfileFacts(List<Row> rows, List<Read> read) implements Serializable {

    /** The profile's fields in the order of the API's cluster object. */
    static final List<String> FIELDS = List.of("platform", "kubernetesVersion", "lastAzureConnection", "stoppedSince",
            "allNodesDeallocatedManually", "subscriptionState", "subscriptionStateSince", "cni", "agentNodesModifiedViaIaaS",
            "systemMetadataModified", "previewFeatures", "alphaFeatureGates");

    /** Where a profile fact's value came from. */
    public enum Source { ENTERED, EVIDENCE, UNKNOWN }

    /**
     * One fact of the profile: {@code value} is the judged value as text ({@code true}/{@code false} for a yes/no
     * fact, items joined by commas for a list), {@code null} when not known; {@code evidence} and {@code line} say
     * where a fact read from the evidence was found.
     */
    public record Row(String field, String value, Source source, String evidence, int line, boolean missing) implements Serializable {
        public boolean isYesNo() {
            return "true".equals(value) || "false".equals(value);
        }
    }

    /** A fact read from the evidence, as the triage's {@code factProvenance} lists it. */
    public record Read(String fact, String value, String evidence, int line, String text, boolean used, String note)
            implements Serializable {
    }

    static CaseProfileFacts of(String resultJson, String filedClusterJson, Set<String> missingFacts) {
        JsonObject r = resultJson == null ? JsonValue.EMPTY_JSON_OBJECT : Jsons.createReader(new StringReader(resultJson)).readObject();
        JsonObject judged = object(r, "cluster");
        JsonObject filed = filedClusterJson == null || filedClusterJson.isBlank() ? JsonValue.EMPTY_JSON_OBJECT
                : Jsons.createReader(new StringReader(filedClusterJson)).readObject();
        List<Read> read = new ArrayList<>();
        if (r.get("factProvenance") instanceof JsonArray provenance) {
            for (JsonObject p : provenance.getValuesAs(JsonObject.class)) {
                read.add(new Read(p.getString("fact", ""), p.getString("value", ""), p.getString("evidence", ""), p.getInt("line", 0),
                        p.getString("text", ""), p.getBoolean("used", false), p.containsKey("note") ? p.getString("note", null) : null));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String field : FIELDS) {
            String value = text(judged.get(field));
            String entered = text(filed.get(field));
            Read from = read.stream().filter(p -> p.used() && p.fact().equals(field)).findFirst().orElse(null);
            // what the profile the case keeps has was entered; anything else the triage judged came from the evidence
            Source source = entered != null ? Source.ENTERED : value != null ? Source.EVIDENCE : Source.UNKNOWN;
            boolean located = source == Source.EVIDENCE && from != null;
            rows.add(new Row(field, value != null ? value : entered, source, located ? from.evidence() : null, located ? from.line() : 0,
                    missingFacts.contains(field)));
        }
        return new CaseProfileFacts(List.copyOf(rows), List.copyOf(read));
    }

    private static JsonObject object(JsonObject o, String name) {
        return o.get(name) instanceof JsonObject value ? value : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** A value as text: {@code null} for none, an empty list or a blank text. */
    static String text(JsonValue v) {
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString().isBlank() ? null : s.getString();
        }
        if (v instanceof JsonArray a) {
            List<String> items = a.stream().map(i -> i instanceof JsonString s ? s.getString() : i.toString()).toList();
            return items.isEmpty() ? null : String.join(", ", items);
        }
        return v.toString();
    }
}
