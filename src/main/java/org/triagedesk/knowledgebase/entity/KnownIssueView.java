package org.triagedesk.knowledgebase.entity;

import java.io.StringReader;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.platform.Jsons;

/**
 * What a triage answer needs of a known issue, kept in the search index beside its searchable fields, so that a
 * search reads its hits from the index without loading a row: key, title, area, language, status, workaround,
 * upstream link, links, version notes, timeline and signatures (symptoms, cause and tags are searched, never shown
 * in a match, and are left out). Stored as one small JSON text per document; reading it back costs microseconds.
 */
public final class KnownIssueView {

    /** The index field that holds the view. */
    public static final String FIELD = "match_view";

    private KnownIssueView() {
    }

    /** The stored form of {@code content}. */
    public static String write(KnownIssueContent c) {
        JsonObjectBuilder o = Jsons.createObjectBuilder();
        put(o, "title", c.title());
        put(o, "area", c.area() == null ? null : c.area().name());
        put(o, "language", c.language());
        put(o, "status", c.status() == null ? null : c.status().name());
        put(o, "workaround", c.workaround());
        put(o, "upstreamUrl", c.upstreamUrl());
        o.add("links", Jsons.createArrayBuilder(c.links()));
        put(o, "affectedVersions", c.affectedVersions());
        put(o, "fixedIn", c.fixedIn());
        put(o, "timeline", c.timeline());
        o.add("signatures", Jsons.createArrayBuilder(c.signatures()));
        return o.build().toString();
    }

    /** The content a stored view holds (symptoms, cause, tags and the review date are not in it: null or empty). */
    public static KnownIssueContent read(String stored) {
        JsonObject o;
        try (var reader = Jsons.createReader(new StringReader(stored))) {
            o = reader.readObject();
        }
        String area = text(o, "area");
        String status = text(o, "status");
        return new KnownIssueContent(text(o, "title"), area == null ? null : CoverageArea.valueOf(area), text(o, "language"),
                status == null ? null : KnownIssueStatus.valueOf(status), null, null, text(o, "workaround"), text(o, "upstreamUrl"),
                list(o, "links"), text(o, "affectedVersions"), text(o, "fixedIn"), text(o, "timeline"), List.of(), list(o, "signatures"), null);
    }

    private static void put(JsonObjectBuilder o, String name, String value) {
        if (value != null) {
            o.add(name, value);
        }
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static List<String> list(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonArray a ? a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
    }
}
