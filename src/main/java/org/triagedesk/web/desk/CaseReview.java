package org.triagedesk.web.desk;

import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.triagedesk.cases.entity.CaseReviewFacts;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.platform.Jsons;

/**
 * Whether a case needs an engineer's review, and why; the inbox flags such a case with its reasons. A case needs
 * review when at least one of these holds:
 * <ul>
 * <li>{@code NOT_TRIAGED}: it has no verdict yet (no triage answered);</li>
 * <li>{@code NO_AREA}: the classifier found no coverage area and no engineer has set one;</li>
 * <li>{@code LOW_CONFIDENCE}: the classifier was not sure of the area (its confidence is under the review
 * threshold) and no engineer has corrected the area yet: a correction settles it;</li>
 * <li>{@code PROVISIONAL}: the latest verdict is provisional, because facts the rules need are missing (its missing
 * facts, or its {@code provisional} field where the answer has one).</li>
 * </ul>
 */
public record CaseReview(List<Reason> reasons) implements Serializable {

    /** One reason, with what its wording names (the confidence in percent, the number of missing facts). */
    public record Reason(String code, long amount) implements Serializable {
    }

    public boolean needed() {
        return !reasons.isEmpty();
    }

    static CaseReview of(SupportCase c, CaseReviewFacts facts) {
        boolean corrected = facts != null && facts.corrected();
        List<Reason> reasons = new ArrayList<>();
        if (c.verdict() == null) {
            reasons.add(new Reason("NOT_TRIAGED", 0));
        }
        if (c.coverageArea() == null && !corrected && c.verdict() != null) {
            reasons.add(new Reason("NO_AREA", 0));
        } else if (c.needsReview() && !corrected && c.coverageArea() != null) {
            reasons.add(new Reason("LOW_CONFIDENCE", c.confidence() == null ? 0 : Math.round(c.confidence() * 100)));
        }
        int missing = facts == null ? 0 : missingFacts(facts.latestResultJson());
        if (missing > 0) {
            reasons.add(new Reason("PROVISIONAL", missing));
        }
        return new CaseReview(List.copyOf(reasons));
    }

    /**
     * How many facts the latest answer still misses, 0 for a final one: its {@code provisional} field (top level or in
     * {@code eligibility}) where it has one decides whether it is provisional, else its missing facts do.
     */
    static int missingFacts(String resultJson) {
        if (resultJson == null || resultJson.isBlank()) {
            return 0;
        }
        JsonObject r = Jsons.createReader(new StringReader(resultJson)).readObject();
        JsonArray missing = r.containsKey("missingFacts") && r.get("missingFacts").getValueType() == JsonValue.ValueType.ARRAY
                ? r.getJsonArray("missingFacts") : JsonValue.EMPTY_JSON_ARRAY;
        JsonValue provisional = r.containsKey("provisional") ? r.get("provisional")
                : r.containsKey("eligibility") ? r.getJsonObject("eligibility").get("provisional") : null;
        if (provisional == JsonValue.FALSE) {
            return 0;
        }
        if (provisional == JsonValue.TRUE) {
            return Math.max(1, missing.size());
        }
        return missing.size();
    }
}
