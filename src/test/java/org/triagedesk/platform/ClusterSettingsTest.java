package org.triagedesk.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

    final Map<String, String> settings = new HashMap<>(Map.of("name", "desk", "secret", "a-secret-of-24-characters",
            "members", "10.0.0.1:6900, 10.0.0.2:6900", "interface", "10.0.0.1"));

    Optional<ClusterSettings> read() {
        return ClusterSettings.from(settings::get);
    }

    @Test
    void withoutAClusterNameClusteringIsOff() {
        settings.remove("name");
        assertEquals(Optional.empty(), read(), "the embedded default: no cluster, whatever else is set");
    }

    @Test
    void aNamedClusterNeedsTheSecretTheMembersAndTheInterfaceAndSaysWhichAreMissing() {
        ClusterSettings cluster = read().orElseThrow();
        assertEquals(List.of("10.0.0.1:6900", "10.0.0.2:6900"), cluster.members());
        assertEquals("10.0.0.1", cluster.bindInterface());

        settings.remove("secret");
        settings.put("members", "10.0.0.1");
        settings.put("interface", "0.0.0.0");
        IllegalStateException refused = assertThrows(IllegalStateException.class, this::read);
        assertTrue(refused.getMessage().contains("TRIAGE_CLUSTER_SECRET"), refused.getMessage());
        assertTrue(refused.getMessage().contains("'10.0.0.1' is not host:port"), refused.getMessage());
        assertTrue(refused.getMessage().contains("TRIAGE_CLUSTER_INTERFACE must be one address"), refused.getMessage());

        settings.put("secret", "short");
        settings.put("members", "10.0.0.1:6900");
        settings.put("interface", "10.0.0.1");
        assertTrue(assertThrows(IllegalStateException.class, this::read).getMessage().contains("at least 16 characters"));
        settings.remove("members");
        settings.put("secret", "a-secret-of-24-characters");
        assertTrue(assertThrows(IllegalStateException.class, this::read).getMessage().contains("TRIAGE_CLUSTER_MEMBERS must list"));
    }

    @Test
    void aClusterOnH2IsRefusedWithTheReason() {
        Optional<ClusterSettings> cluster = read();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ClusterSettings.requireSupported(cluster, "jdbc:h2:file:./data/triage;DB_CLOSE_DELAY=-1", "elasticsearch"));
        assertTrue(refused.getMessage().contains("H2 is single-node only"), refused.getMessage());
        assertTrue(refused.getMessage().contains("TRIAGE_DB_URL"), refused.getMessage());
        IllegalStateException both = assertThrows(IllegalStateException.class,
                () -> ClusterSettings.requireSupported(cluster, "jdbc:h2:file:./data/triage", "lucene"));
        assertTrue(both.getMessage().contains("H2 is single-node only"), "the database is named first: " + both.getMessage());
        assertDoesNotThrow(() -> ClusterSettings.requireSupported(cluster, "jdbc:postgresql://db:5432/triage", "elasticsearch"));
        IllegalStateException lucene = assertThrows(IllegalStateException.class,
                () -> ClusterSettings.requireSupported(cluster, "jdbc:postgresql://db:5432/triage", "lucene"));
        assertTrue(lucene.getMessage().contains("TRIAGE_SEARCH_BACKEND=elasticsearch"), lucene.getMessage());
        assertDoesNotThrow(() -> ClusterSettings.requireSupported(Optional.empty(), "jdbc:h2:mem:x"), "one node on H2 is the default");
    }

    @Test
    void theGridsNameComesFromTheNameAndTheSecretWhichIsNeverPrinted() {
        ClusterSettings cluster = read().orElseThrow();
        assertEquals(cluster.hazelcastClusterName(), read().orElseThrow().hazelcastClusterName(), "the same on every node");
        assertTrue(cluster.hazelcastClusterName().matches("desk-[0-9a-f]{16}"), cluster.hazelcastClusterName());
        settings.put("secret", "another-secret-of-24-chars");
        assertNotEquals(cluster.hazelcastClusterName(), read().orElseThrow().hazelcastClusterName(), "another secret, another grid");
        assertFalse(cluster.toString().contains("a-secret"), cluster.toString());
    }
}
