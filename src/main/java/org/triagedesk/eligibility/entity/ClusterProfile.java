package org.triagedesk.eligibility.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What is known about the customer's cluster when a case is checked. Every field may be unknown
 * ({@code null}); rules that need an unknown fact report it as missing instead of guessing.
 *
 * @param platform host product code, e.g. {@code AZURE_STACK_HCI_22H2}; any other string is an unknown platform
 * @param kubernetesVersion as reported, e.g. {@code 1.28.5} or {@code v1.28.5-kvapkg.1}; only the minor decides
 * @param lastAzureConnection the day the management cluster last synced with Azure
 * @param stoppedSince the day the cluster was stopped; {@code null} while it runs
 */
public record ClusterProfile(String platform, String kubernetesVersion, LocalDate lastAzureConnection,
        LocalDate stoppedSince, Boolean allNodesDeallocatedManually, SubscriptionState subscriptionState,
        LocalDate subscriptionStateSince, ContainerNetworking cni, Boolean agentNodesModifiedViaIaaS,
        Boolean systemMetadataModified, List<String> previewFeatures, List<String> alphaFeatureGates) {

    public static final ClusterProfile UNKNOWN =
            new ClusterProfile(null, null, null, null, null, null, null, null, null, null, List.of(), List.of());

    public ClusterProfile {
        previewFeatures = previewFeatures == null ? List.of() : List.copyOf(previewFeatures);
        alphaFeatureGates = alphaFeatureGates == null ? List.of() : List.copyOf(alphaFeatureGates);
    }

    /**
     * The one rule on the profile's days, used by the API and the pages alike: a day in the cluster's past (the last
     * sync with Azure, the day it stopped, the day its subscription changed state) cannot lie after the day the check
     * is made for. Nothing to check while either is not known.
     */
    public static boolean happenedBy(LocalDate day, LocalDate asOf) {
        return day == null || asOf == null || !day.isAfter(asOf);
    }

    /** The days of this profile that break {@link #happenedBy}, by their field name in the API, in the API's order. */
    public List<String> daysAfter(LocalDate asOf) {
        List<String> after = new ArrayList<>();
        if (!happenedBy(lastAzureConnection, asOf)) {
            after.add("lastAzureConnection");
        }
        if (!happenedBy(stoppedSince, asOf)) {
            after.add("stoppedSince");
        }
        if (!happenedBy(subscriptionStateSince, asOf)) {
            after.add("subscriptionStateSince");
        }
        return after;
    }

    public boolean runsOn(String platformCode) {
        return platformCode.equals(platform);
    }

    public ClusterProfile withKubernetesVersion(String version) {
        return new ClusterProfile(platform, version, lastAzureConnection, stoppedSince, allNodesDeallocatedManually,
                subscriptionState, subscriptionStateSince, cni, agentNodesModifiedViaIaaS, systemMetadataModified,
                previewFeatures, alphaFeatureGates);
    }

    public ClusterProfile withCni(ContainerNetworking networking) {
        return new ClusterProfile(platform, kubernetesVersion, lastAzureConnection, stoppedSince,
                allNodesDeallocatedManually, subscriptionState, subscriptionStateSince, networking,
                agentNodesModifiedViaIaaS, systemMetadataModified, previewFeatures, alphaFeatureGates);
    }

    public ClusterProfile withLastAzureConnection(LocalDate date) {
        return new ClusterProfile(platform, kubernetesVersion, date, stoppedSince, allNodesDeallocatedManually,
                subscriptionState, subscriptionStateSince, cni, agentNodesModifiedViaIaaS, systemMetadataModified,
                previewFeatures, alphaFeatureGates);
    }

    public ClusterProfile withAlphaFeatureGates(List<String> gates) {
        return new ClusterProfile(platform, kubernetesVersion, lastAzureConnection, stoppedSince,
                allNodesDeallocatedManually, subscriptionState, subscriptionStateSince, cni, agentNodesModifiedViaIaaS,
                systemMetadataModified, previewFeatures, gates);
    }
}
