package org.triagedesk.cases.boundary;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

import org.triagedesk.platform.Jsons;

/** What a new triage says that the previous one did not: findings, the area, known issues. */
final class TriageChanges {

    private TriageChanges() {
    }

    static CaseUploads.Changes between(String before, String after, String areaBefore, String areaAfter) {
        Set<String> oldFindings = before == null ? Set.of() : findings(parse(before));
        Set<String> oldIssues = before == null ? Set.of() : issues(parse(before));
        JsonObject now = parse(after);
        List<String> newFindings = new ArrayList<>(findings(now));
        newFindings.removeAll(oldFindings);
        List<String> newIssues = new ArrayList<>(issues(now));
        newIssues.removeAll(oldIssues);
        return new CaseUploads.Changes(newFindings, areaBefore, areaAfter, newIssues);
    }

    private static Set<String> findings(JsonObject triage) {
        Set<String> rules = new LinkedHashSet<>();
        triage.getJsonObject("eligibility").getJsonArray("findings").getValuesAs(JsonObject.class)
                .forEach(f -> rules.add(f.getString("rule") + (f.containsKey("subject") ? ":" + f.getString("subject") : "")));
        return rules;
    }

    private static Set<String> issues(JsonObject triage) {
        Set<String> keys = new LinkedHashSet<>();
        triage.getJsonArray("knownIssues").getValuesAs(JsonObject.class).forEach(k -> keys.add(k.getString("key")));
        return keys;
    }

    private static JsonObject parse(String json) {
        return Jsons.createReader(new StringReader(json)).readObject();
    }
}
