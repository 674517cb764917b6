package org.triagedesk.eligibility.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.EligibilityDecision;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.MissingFact;
import org.triagedesk.eligibility.entity.PlatformLifecycle;
import org.triagedesk.eligibility.entity.PolicyCatalog;
import org.triagedesk.eligibility.entity.SubscriptionState;
import org.triagedesk.eligibility.entity.VersionLifecycle;

/**
 * The policy as a table: {@code eligibility/policy-cases.json} was written from spec/policy.md by a
 * second reader, independently of the rules' code, with its own catalog.
 */
class SupportPolicyTableTest {

    private static final JsonObject TABLE = load();
    private static final PolicyCatalog CATALOG = catalog(TABLE.getJsonObject("catalog"));
    private final SupportPolicy cut = new SupportPolicy();

    static Stream<Arguments> cases() {
        return TABLE.getJsonArray("cases").stream().map(JsonValue::asJsonObject)
                .map(c -> Arguments.of(c.getString("name"), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesAsTheTableSays(String name, JsonObject row) {
        EligibilityDecision decision = cut.decide(new PolicyInput(profile(row.getJsonObject("cluster")),
                LocalDate.parse(row.getString("asOf")), CATALOG));
        JsonObject expect = row.getJsonObject("expect");
        assertEquals(expect.getString("verdict"), decision.verdict().name(), "verdict");
        List<String> expected = sorted(strings(expect, "rules"));
        List<String> fired = sorted(decision.findings().stream().map(f -> f.rule().name()).toList());
        if (expect.getBoolean("exactRules", false)) {
            assertEquals(expected, fired, "rules");
        } else {
            assertTrue(fired.containsAll(expected), "rules " + fired + " lack some of " + expected);
        }
        List<String> missing = decision.missingFacts().stream().map(MissingFact::fact).toList();
        assertTrue(missing.containsAll(strings(expect, "missingFacts")), "missing facts " + missing);
    }

    private static ClusterProfile profile(JsonObject c) {
        return new ClusterProfile(text(c, "platform"), text(c, "kubernetesVersion"), date(c, "lastAzureConnection"),
                date(c, "stoppedSince"), bool(c, "allNodesDeallocatedManually"),
                text(c, "subscriptionState") == null ? null : SubscriptionState.valueOf(text(c, "subscriptionState")),
                date(c, "subscriptionStateSince"), null, bool(c, "agentNodesModifiedViaIaaS"),
                bool(c, "systemMetadataModified"), strings(c, "previewFeatures"), strings(c, "alphaFeatureGates"));
    }

    private static PolicyCatalog catalog(JsonObject json) {
        return PolicyCatalog.of(
                json.getJsonArray("versions").stream().map(JsonValue::asJsonObject).map(v -> new VersionLifecycle(
                        KubernetesMinor.of(v.getString("minor")), date(v, "releaseDate"), date(v, "removalDate"))).toList(),
                json.getJsonArray("platforms").stream().map(JsonValue::asJsonObject).map(p -> new PlatformLifecycle(
                        p.getString("code"), p.getString("code"), date(p, "endOfSupport"))).toList());
    }

    private static String text(JsonObject json, String name) {
        return json.containsKey(name) && !json.isNull(name) ? json.getString(name) : null;
    }

    private static LocalDate date(JsonObject json, String name) {
        String text = text(json, name);
        return text == null ? null : LocalDate.parse(text);
    }

    private static Boolean bool(JsonObject json, String name) {
        return json.containsKey(name) && !json.isNull(name) ? json.getBoolean(name) : null;
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.containsKey(name) ? json.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : List.of();
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        copy.sort(null);
        return copy;
    }

    private static JsonObject load() {
        try (InputStream in = SupportPolicyTableTest.class.getResourceAsStream("/eligibility/policy-cases.json")) {
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
