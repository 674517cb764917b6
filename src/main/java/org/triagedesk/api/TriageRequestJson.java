package org.triagedesk.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue.ValueType;

import org.triagedesk.kernel.Evidence;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.ContainerNetworking;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.SubscriptionState;
import org.triagedesk.platform.Language;

/** The body of {@code POST /triage} (and of a new case): read, checked field by field, turned into a request. */
public final class TriageRequestJson {

    static final int MAX_TITLE = 500;
    static final int MAX_TEXT = 1_048_576;
    static final int MAX_EVIDENCE = 100;
    static final int MAX_ITEMS = 100;

    private TriageRequestJson() {
    }

    public static TriageRequest read(JsonObject json, Language headerLanguage) {
        JsonInput in = new JsonInput();
        String title = in.string(json, "title", "title", MAX_TITLE);
        String description = in.string(json, "description", "description", MAX_TEXT);
        if (blank(title) && blank(description) && in.valid()) {
            in.invalid("title", "title or description is required");
            in.invalid("description", "title or description is required");
        }
        List<Evidence> evidence = in.list(json, "evidence", "evidence", MAX_EVIDENCE, item -> evidence(in, item));
        LocalDate asOf = in.date(json, "asOf", "asOf");
        String language = in.string(json, "language", "language", 8);
        Language explicit = headerLanguage;
        if (language != null) {
            Language chosen = Language.ofCode(language).orElseGet(() -> in.invalid("language", "must be \"en\" or \"ja\""));
            // Accept-Language, when it names one of our languages, wins over everything else.
            explicit = headerLanguage != null ? headerLanguage : chosen;
        }
        ClusterProfile cluster = cluster(in, in.object(json, "cluster", "cluster"), asOf);
        in.check();
        return new TriageRequest(title, description, evidence, cluster, asOf, explicit);
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

    private static ClusterProfile cluster(JsonInput in, JsonObject c, LocalDate asOf) {
        if (c == null) {
            return ClusterProfile.UNKNOWN;
        }
        String version = in.string(c, "kubernetesVersion", "cluster.kubernetesVersion", 64);
        if (version != null && !version.isBlank() && !KubernetesMinor.isValid(version)) {
            in.invalid("cluster.kubernetesVersion", "must look like 1.28, 1.28.5 or v1.28.5-kvapkg.1, not \"" + version + "\"");
        }
        return new ClusterProfile(
                emptyToNull(in.string(c, "platform", "cluster.platform", 64)),
                emptyToNull(version),
                notAfter(in, in.date(c, "lastAzureConnection", "cluster.lastAzureConnection"), asOf, "cluster.lastAzureConnection"),
                notAfter(in, in.date(c, "stoppedSince", "cluster.stoppedSince"), asOf, "cluster.stoppedSince"),
                in.bool(c, "allNodesDeallocatedManually", "cluster.allNodesDeallocatedManually"),
                in.code(c, "subscriptionState", "cluster.subscriptionState", SubscriptionState.class),
                notAfter(in, in.date(c, "subscriptionStateSince", "cluster.subscriptionStateSince"), asOf,
                        "cluster.subscriptionStateSince"),
                in.code(c, "cni", "cluster.cni", ContainerNetworking.class),
                in.bool(c, "agentNodesModifiedViaIaaS", "cluster.agentNodesModifiedViaIaaS"),
                in.bool(c, "systemMetadataModified", "cluster.systemMetadataModified"),
                in.strings(c, "previewFeatures", "cluster.previewFeatures", MAX_ITEMS, 200),
                in.strings(c, "alphaFeatureGates", "cluster.alphaFeatureGates", MAX_ITEMS, 200));
    }

    /** A day in the cluster's past cannot lie after the day the check is made for. */
    private static LocalDate notAfter(JsonInput in, LocalDate date, LocalDate asOf, String path) {
        if (!ClusterProfile.happenedBy(date, asOf)) {
            return in.invalid(path, "must not be after asOf (" + asOf + ")");
        }
        return date;
    }

    private static String emptyToNull(String text) {
        return blank(text) ? null : text.trim();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
