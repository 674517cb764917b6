package org.triagedesk.eligibility.entity;

import java.time.LocalDate;
import java.util.List;

import org.triagedesk.kernel.validation.NotAfterAsOf;

/**
 * What is known about the customer's cluster when a case is checked. Every field may be unknown
 * ({@code null}); rules that need an unknown fact report it as missing instead of guessing.
 *
 * @param platform host product code, e.g. {@code AZURE_STACK_HCI_22H2}; any other string is an unknown platform
 * @param kubernetesVersion as reported, e.g. {@code 1.28.5} or {@code v1.28.5-kvapkg.1}; only the minor decides
 * @param lastAzureConnection the day the management cluster last synced with Azure
 * @param stoppedSince the day the cluster was stopped; {@code null} while it runs
 * <p>
 * The rules on what a profile may say are its constraints ({@link KubernetesVersionText}, {@link NotAfterAsOf} on
 * every day of the cluster's past), checked by the API and the pages alike through
 * {@link org.triagedesk.kernel.validation.Constraints}.
 */
public record ClusterProfile(String platform, @KubernetesVersionText String kubernetesVersion,
        @NotAfterAsOf LocalDate lastAzureConnection, @NotAfterAsOf LocalDate stoppedSince, Boolean allNodesDeallocatedManually,
        SubscriptionState subscriptionState, @NotAfterAsOf LocalDate subscriptionStateSince, ContainerNetworking cni, Boolean agentNodesModifiedViaIaaS,
        Boolean systemMetadataModified, List<String> previewFeatures, List<String> alphaFeatureGates) {

    public static final ClusterProfile UNKNOWN =
            new ClusterProfile(null, null, null, null, null, null, null, null, null, null, List.of(), List.of());

    public ClusterProfile {
        previewFeatures = previewFeatures == null ? List.of() : List.copyOf(previewFeatures);
        alphaFeatureGates = alphaFeatureGates == null ? List.of() : List.copyOf(alphaFeatureGates);
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
