package org.triagedesk.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue.ValueType;

import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.ContainerNetworking;
import org.triagedesk.eligibility.entity.SubscriptionState;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.kernel.validation.BodyLimit;
import org.triagedesk.kernel.validation.Constraints;
import org.triagedesk.kernel.validation.FieldProblem;
import org.triagedesk.platform.Language;

/**
 * The body of {@code POST /triage} (and of a new case): read field by field, turned into a request, and checked
 * against the request's constraints (the same the pages check) for its {@code asOf} day, today when none is given.
 */
public final class TriageRequestJson {

    static final int MAX_TITLE = 500;
    /** No text is longer than the body may be ({@link BodyLimit}). */
    static final int MAX_TEXT = (int) Math.min(Integer.MAX_VALUE, BodyLimit.bytes());
    static final int MAX_EVIDENCE = 100;
    static final int MAX_ITEMS = 100;

    private TriageRequestJson() {
    }

    public static TriageRequest read(JsonObject json, Language headerLanguage) {
        JsonInput in = new JsonInput();
        String title = in.string(json, "title", "title", MAX_TITLE);
        String description = in.string(json, "description", "description", MAX_TEXT);
        List<Evidence> evidence = in.list(json, "evidence", "evidence", MAX_EVIDENCE, item -> evidence(in, item));
        LocalDate asOf = in.date(json, "asOf", "asOf");
        String language = in.string(json, "language", "language", 8);
        Language explicit = headerLanguage;
        if (language != null) {
            Language chosen = Language.ofCode(language).orElseGet(() -> in.invalid("language", "must be \"en\" or \"ja\""));
            // Accept-Language, when it names one of our languages, wins over everything else.
            explicit = headerLanguage != null ? headerLanguage : chosen;
        }
        ClusterProfile cluster = cluster(in, in.object(json, "cluster", "cluster"));
        TriageRequest request = new TriageRequest(title, description, evidence, cluster, asOf, explicit);
        // a title or description that is not a string is not known, so whether one of them is given is not known either
        boolean problemUnknown = in.failed("title") || in.failed("description");
        List<FieldProblem> problems = Constraints.check(request, asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC), Locale.ENGLISH)
                .stream().filter(p -> !problemUnknown || !(p.field().equals("title") || p.field().equals("description")))
                .toList();
        in.check(problems);
        return request;
    }

    private static Evidence evidence(JsonInput in, JsonInput.Item item) {
        if (item.value().getValueType() != ValueType.OBJECT) {
            return in.invalid(item.path(), "must be an object {\"name\", \"content\"}");
        }
        JsonObject e = item.value().asJsonObject();
        String name = in.string(e, "name", item.path() + ".name", 255);
        String content = in.string(e, "content", item.path() + ".content", MAX_TEXT);
        if (content == null && !e.containsKey("content")) {
            in.invalid(item.path() + ".content", "is required");
        }
        return new Evidence(blank(name) ? "evidence-" + item.path().replaceAll("\\D", "") : name, content == null ? "" : content);
    }

    private static ClusterProfile cluster(JsonInput in, JsonObject c) {
        if (c == null) {
            return ClusterProfile.UNKNOWN;
        }
        String version = in.string(c, "kubernetesVersion", "cluster.kubernetesVersion", 64);
        return new ClusterProfile(
                emptyToNull(in.string(c, "platform", "cluster.platform", 64)),
                emptyToNull(version),
                in.date(c, "lastAzureConnection", "cluster.lastAzureConnection"),
                in.date(c, "stoppedSince", "cluster.stoppedSince"),
                in.bool(c, "allNodesDeallocatedManually", "cluster.allNodesDeallocatedManually"),
                in.code(c, "subscriptionState", "cluster.subscriptionState", SubscriptionState.class),
                in.date(c, "subscriptionStateSince", "cluster.subscriptionStateSince"),
                in.code(c, "cni", "cluster.cni", ContainerNetworking.class),
                in.bool(c, "agentNodesModifiedViaIaaS", "cluster.agentNodesModifiedViaIaaS"),
                in.bool(c, "systemMetadataModified", "cluster.systemMetadataModified"),
                in.strings(c, "previewFeatures", "cluster.previewFeatures", MAX_ITEMS, 200),
                in.strings(c, "alphaFeatureGates", "cluster.alphaFeatureGates", MAX_ITEMS, 200));
    }

    private static String emptyToNull(String text) {
        return blank(text) ? null : text.trim();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
