package org.triagedesk.eligibility.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.platform.Jsons;

/**
 * The upstream Kubernetes feature gates and their maturity per minor version, shipped as data
 * ({@code eligibility/feature-gates.json}, generated from upstream's versioned feature list).
 * A gate is alpha on a cluster when its stage at the cluster's minor is alpha.
 */
public class FeatureGateCatalog {

    static final String RESOURCE = "/eligibility/feature-gates.json";

    record Stage(String stage, KubernetesMinor from, KubernetesMinor to) {
        boolean covers(KubernetesMinor minor) {
            return from.compareTo(minor) <= 0 && (to == null || minor.compareTo(to) <= 0);
        }
    }

    private final Map<String, List<Stage>> gates;
    private final String source;

    FeatureGateCatalog(Map<String, List<Stage>> gates, String source) {
        this.gates = gates;
        this.source = source;
    }

    public static FeatureGateCatalog upstream() {
        try (InputStream in = FeatureGateCatalog.class.getResourceAsStream(RESOURCE);
                JsonReader reader = Jsons.createReader(in)) {
            JsonObject root = reader.readObject();
            Map<String, List<Stage>> gates = new HashMap<>();
            root.getJsonObject("gates").forEach((name, gate) -> gates.put(name,
                    gate.asJsonObject().getJsonArray("stages").stream().map(JsonValue::asJsonObject).map(s -> new Stage(
                            s.getString("stage"), KubernetesMinor.of(s.getString("from")),
                            s.isNull("to") ? null : KubernetesMinor.of(s.getString("to")))).toList()));
            return new FeatureGateCatalog(Map.copyOf(gates), root.getString("source"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public String source() {
        return source;
    }

    public boolean knows(String gate) {
        return gates.containsKey(gate);
    }

    /** The gate's stage on a cluster of that minor ("alpha", "beta", "ga", "deprecated"); empty when it did not exist. */
    public Optional<String> stageAt(String gate, KubernetesMinor minor) {
        return gates.getOrDefault(gate, List.of()).stream().filter(s -> s.covers(minor)).map(Stage::stage).findFirst();
    }

    /**
     * Whether switching the gate on enables an alpha feature. With the cluster's minor unknown, a gate
     * that was ever alpha counts as alpha: the finding says so, and the version is asked for.
     */
    public boolean isAlpha(String gate, Optional<KubernetesMinor> minor) {
        if (minor.isPresent()) {
            return stageAt(gate, minor.get()).map("alpha"::equals).orElse(false);
        }
        return gates.getOrDefault(gate, List.of()).stream().anyMatch(s -> s.stage().equals("alpha"));
    }
}
