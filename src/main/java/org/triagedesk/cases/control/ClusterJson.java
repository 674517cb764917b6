package org.triagedesk.cases.control;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.ContainerNetworking;
import org.triagedesk.eligibility.entity.SubscriptionState;

/**
 * The cluster profile a case was filed with, read back from the JSON it is kept as (written by
 * {@link TriageResultJson#cluster}, so already checked when the case was filed): what a new triage of the case
 * starts from. No JSON (a case filed without a profile) is the unknown profile.
 */
public final class ClusterJson {

    private ClusterJson() {
    }

    public static ClusterProfile read(String json) {
        if (json == null || json.isBlank()) {
            return ClusterProfile.UNKNOWN;
        }
        JsonObject c;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            c = reader.readObject();
        }
        return new ClusterProfile(text(c, "platform"), text(c, "kubernetesVersion"), date(c, "lastAzureConnection"),
                date(c, "stoppedSince"), bool(c, "allNodesDeallocatedManually"), code(c, "subscriptionState", SubscriptionState.class),
                date(c, "subscriptionStateSince"), code(c, "cni", ContainerNetworking.class), bool(c, "agentNodesModifiedViaIaaS"),
                bool(c, "systemMetadataModified"), strings(c, "previewFeatures"), strings(c, "alphaFeatureGates"));
    }

    private static String text(JsonObject c, String name) {
        JsonValue value = c.get(name);
        if (!(value instanceof JsonString s) || s.getString().isBlank()) {
            return null;
        }
        return s.getString().trim();
    }

    private static LocalDate date(JsonObject c, String name) {
        String text = text(c, name);
        return text == null ? null : LocalDate.parse(text);
    }

    private static Boolean bool(JsonObject c, String name) {
        JsonValue value = c.get(name);
        return value == JsonValue.TRUE ? Boolean.TRUE : value == JsonValue.FALSE ? Boolean.FALSE : null;
    }

    private static <E extends Enum<E>> E code(JsonObject c, String name, Class<E> type) {
        String text = text(c, name);
        return text == null ? null : Enum.valueOf(type, text);
    }

    private static List<String> strings(JsonObject c, String name) {
        JsonValue value = c.get(name);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return value.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
