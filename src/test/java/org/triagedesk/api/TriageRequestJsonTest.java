package org.triagedesk.api;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.eligibility.entity.SubscriptionState;
import org.triagedesk.platform.Language;
import org.triagedesk.platform.Violation;

class TriageRequestJsonTest {

    @Test
    void readsAFullRequest() {
        TriageRequest request = read("""
                {"title": "CoreDNS pods crash after upgrade", "description": "since Monday",
                 "evidence": [{"name": "pods.txt", "content": "x"}],
                 "cluster": {"platform": "AZURE_STACK_HCI_22H2", "kubernetesVersion": "v1.28.5-kvapkg.1",
                             "lastAzureConnection": "2026-11-01", "stoppedSince": null, "subscriptionState": "SUSPENDED",
                             "subscriptionStateSince": "2026-10-01", "cni": "CALICO", "previewFeatures": ["a"],
                             "alphaFeatureGates": [], "agentNodesModifiedViaIaaS": false},
                 "asOf": "2026-11-24"}""");
        assertEquals(LocalDate.parse("2026-11-24"), request.asOf());
        assertEquals(SubscriptionState.SUSPENDED, request.cluster().subscriptionState());
        assertEquals("v1.28.5-kvapkg.1", request.cluster().kubernetesVersion());
        assertEquals(List.of("a"), request.cluster().previewFeatures());
        assertEquals(Language.EN, request.answerLanguage());
    }

    @Test
    void needsATitleOrADescription() {
        assertViolations("{\"cluster\": {}}", "title", "description");
        assertViolations("{\"title\": \"  \"}", "title", "description");
        assertEquals("d", read("{\"description\": \"d\"}").description());
    }

    @Test
    void namesEveryWrongFieldAtOnce() {
        assertViolations("""
                {"title": 42, "asOf": "2026-13-01",
                 "cluster": {"subscriptionState": "PAUSED", "stoppedSince": "yesterday", "allNodesDeallocatedManually": "yes",
                             "kubernetesVersion": "latest", "previewFeatures": "x", "cni": "CILIUM"},
                 "evidence": [{"name": "a"}, "text"]}""",
                "title", "evidence[0].content", "evidence[1]", "asOf", "cluster.kubernetesVersion", "cluster.stoppedSince",
                "cluster.allNodesDeallocatedManually", "cluster.subscriptionState", "cluster.cni", "cluster.previewFeatures");
    }

    @Test
    void explainsAnUnknownCode() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class,
                () -> read("{\"title\": \"t\", \"cluster\": {\"subscriptionState\": \"PAUSED\"}}"));
        assertEquals("unknown code \"PAUSED\"; one of [ACTIVE, SUSPENDED, DELETED]", e.violations().get(0).message());
    }

    @Test
    void refusesDatesAfterAsOf() {
        assertViolations("{\"title\": \"t\", \"asOf\": \"2026-01-01\", \"cluster\": {\"lastAzureConnection\": \"2026-01-02\"}}",
                "cluster.lastAzureConnection");
    }

    @Test
    void refusesEveryDayOfTheClustersPastAfterAsOfByName() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> read("""
                {"title": "t", "asOf": "2026-12-03",
                 "cluster": {"stoppedSince": "2027-01-15", "subscriptionState": "SUSPENDED", "subscriptionStateSince": "2026-12-04"}}"""));
        assertEquals(List.of(new Violation("cluster.stoppedSince", "must not be after the as-of day (2026-12-03)"),
                new Violation("cluster.subscriptionStateSince", "must not be after the as-of day (2026-12-03)")), e.violations());
    }

    @Test
    void withoutAsOfTheDaysAreJudgedForToday() {
        assertViolations("{\"title\": \"t\", \"cluster\": {\"stoppedSince\": \"2999-01-15\"}}", "cluster.stoppedSince");
        assertEquals(LocalDate.parse("2020-01-15"),
                read("{\"title\": \"t\", \"cluster\": {\"stoppedSince\": \"2020-01-15\"}}").cluster().stoppedSince());
    }

    @Test
    void anImpossibleDaySaysWhyAndTheBadVersionBesideIt() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> read("""
                {"title": "t", "cluster": {"kubernetesVersion": "one.thirty", "lastAzureConnection": "2024-02-30"}}"""));
        assertEquals(List.of(
                new Violation("cluster.kubernetesVersion",
                        "\"one.thirty\" is not a Kubernetes version; write it like 1.28, 1.28.5 or v1.28.5-kvapkg.1"),
                new Violation("cluster.lastAzureConnection", "\"2024-02-30\" is not a date: February has no 30th")), e.violations());
    }

    @Test
    void refusesMalformedJsonAndNonObjects() {
        assertViolations("{\"title\": ", "body");
        assertViolations("[1, 2]", "body");
        assertViolations("", "body");
    }

    @Test
    void acceptLanguageWinsOverTheLanguageFieldWhichWinsOverText() {
        assertEquals(Language.JA, read("{\"title\": \"ノードが NotReady\"}").answerLanguage());
        assertEquals(Language.EN, TriageRequestJson.read(JsonBody.object(bytes("{\"title\": \"ノード\"}")), Language.EN).answerLanguage());
        assertEquals(Language.EN, TriageRequestJson.read(JsonBody.object(bytes("{\"title\": \"t\", \"language\": \"ja\"}")), Language.EN)
                .answerLanguage());
        assertEquals(Language.JA, read("{\"title\": \"t\", \"language\": \"ja\"}").answerLanguage());
    }

    private static TriageRequest read(String json) {
        return TriageRequestJson.read(JsonBody.object(bytes(json)), null);
    }

    private static void assertViolations(String json, String... fields) {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> read(json));
        assertEquals(List.of(fields), e.violations().stream().map(Violation::field).toList());
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
