package org.triagedesk.kernel.validation;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.VersionLifecycle;

/** The request constraints as the API and the pages check them: one rule each, every problem at once, both languages. */
class ConstraintsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);

    @ParameterizedTest
    @ValueSource(strings = {"lastAzureConnection", "stoppedSince", "subscriptionStateSince"})
    void everyDayOfTheClustersPastIsRefusedAfterTheAsOfDayByName(String field) {
        TriageRequest request = request("t", profile(field, AS_OF.plusDays(43)));
        assertEquals(List.of(new FieldProblem("cluster." + field, "must not be after the as-of day (2026-12-03)")),
                Constraints.check(request, AS_OF, Locale.ENGLISH));
        assertEquals(List.of(), Constraints.check(request("t", profile(field, AS_OF)), AS_OF, Locale.ENGLISH), "the as-of day itself");
        assertEquals(List.of(), Constraints.check(request, AS_OF.plusDays(43), Locale.ENGLISH), "judged for a later day");
    }

    @Test
    void theAsOfDayRefusalInJapanese() {
        List<FieldProblem> problems = Constraints.check(request("t", profile("stoppedSince", AS_OF.plusDays(1))), AS_OF, Locale.JAPANESE);
        assertEquals("判定の基準日より後の日付は指定できません (2026-12-03)", problems.get(0).message());
        assertEquals("stoppedSince", problems.get(0).name());
    }

    @Test
    void aKubernetesVersionMustReadAsOne() {
        assertEquals(List.of(), Constraints.checkValue(ClusterProfile.class, "kubernetesVersion", "v1.28.5-kvapkg.1", AS_OF, Locale.ENGLISH));
        assertEquals(List.of(), Constraints.checkValue(ClusterProfile.class, "kubernetesVersion", null, AS_OF, Locale.ENGLISH));
        assertEquals(List.of(new FieldProblem("kubernetesVersion",
                "\"one.thirty\" is not a Kubernetes version; write it like 1.28, 1.28.5 or v1.28.5-kvapkg.1")),
                Constraints.checkValue(ClusterProfile.class, "kubernetesVersion", "one.thirty", AS_OF, Locale.ENGLISH));
        assertTrue(Constraints.checkValue(ClusterProfile.class, "kubernetesVersion", "one.thirty", AS_OF, Locale.JAPANESE).get(0)
                .message().startsWith("「one.thirty」は Kubernetes のバージョンではありません"));
    }

    @Test
    void aRequestNeedsATitleOrADescriptionAndNamesBoth() {
        assertEquals(List.of(new FieldProblem("description", "title or description is required"),
                new FieldProblem("title", "title or description is required")),
                Constraints.check(request(" ", ClusterProfile.UNKNOWN), AS_OF, Locale.ENGLISH));
        assertEquals(List.of(), Constraints.check(new TriageRequest(null, "d", List.of(), null, null, null), AS_OF, Locale.ENGLISH));
    }

    @Test
    void everyProblemAtOnce() {
        ClusterProfile profile = new ClusterProfile(null, "one.thirty", AS_OF.plusDays(1), AS_OF.plusDays(2), null, null,
                AS_OF.plusDays(3), null, null, null, List.of(), List.of());
        assertEquals(List.of("cluster.kubernetesVersion", "cluster.lastAzureConnection", "cluster.stoppedSince",
                "cluster.subscriptionStateSince", "description", "title"),
                Constraints.check(request(null, profile), AS_OF, Locale.ENGLISH).stream().map(FieldProblem::field).toList());
    }

    @Test
    void aMinorIsRemovedAfterItIsReleased() {
        KubernetesMinor minor = KubernetesMinor.of("1.29");
        LocalDate release = LocalDate.of(2024, 2, 1);
        assertEquals(List.of(new FieldProblem("removalDate", "must be after the release date")),
                Constraints.check(new VersionLifecycle(minor, release, release), Locale.ENGLISH));
        assertEquals("リリース日より後の日付にしてください。",
                Constraints.check(new VersionLifecycle(minor, release, release.minusDays(1)), Locale.JAPANESE).get(0).message());
        assertEquals(List.of(), Constraints.check(new VersionLifecycle(minor, release, release.plusDays(1)), Locale.ENGLISH));
        assertEquals(List.of(), Constraints.check(new VersionLifecycle(minor, release, null), Locale.ENGLISH));
    }

    private static TriageRequest request(String title, ClusterProfile profile) {
        return new TriageRequest(title, null, List.of(), profile, null, null);
    }

    private static ClusterProfile profile(String field, LocalDate day) {
        return new ClusterProfile(null, null, field.equals("lastAzureConnection") ? day : null, field.equals("stoppedSince") ? day : null,
                null, null, field.equals("subscriptionStateSince") ? day : null, null, null, null, List.of(), List.of());
    }
}
