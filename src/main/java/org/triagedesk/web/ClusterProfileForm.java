package org.triagedesk.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.ContainerNetworking;
import org.triagedesk.eligibility.entity.SubscriptionState;

/**
 * What is known of the customer's cluster, as typed into the self-check or the new-case form; every field may stay
 * empty (not known), a yes/no fact may be answered "not known". Feature lists are typed one per line or separated
 * by commas. Field names follow the cluster of the triage request of the REST API (spec/api.md).
 */
public class ClusterProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String platform;
    private String kubernetesVersion;
    private LocalDate lastAzureConnection;
    private LocalDate stoppedSince;
    private Answer allNodesDeallocatedManually = Answer.NOT_KNOWN;
    private SubscriptionState subscriptionState;
    private LocalDate subscriptionStateSince;
    private ContainerNetworking cni;
    private Answer agentNodesModifiedViaIaaS = Answer.NOT_KNOWN;
    private Answer systemMetadataModified = Answer.NOT_KNOWN;
    private String previewFeatures;
    private String alphaFeatureGates;

    public ClusterProfile profile() {
        return new ClusterProfile(stripped(platform), stripped(kubernetesVersion), lastAzureConnection, stoppedSince,
                allNodesDeallocatedManually.asBoolean(), subscriptionState, subscriptionStateSince, cni,
                agentNodesModifiedViaIaaS.asBoolean(), systemMetadataModified.asBoolean(), items(previewFeatures),
                items(alphaFeatureGates));
    }

    /** A form holding this profile, to edit it (an unknown fact stays empty or "not known"; lists one item a line). */
    public static ClusterProfileForm of(ClusterProfile p) {
        ClusterProfileForm form = new ClusterProfileForm();
        form.platform = p.platform();
        form.kubernetesVersion = p.kubernetesVersion();
        form.lastAzureConnection = p.lastAzureConnection();
        form.stoppedSince = p.stoppedSince();
        form.allNodesDeallocatedManually = Answer.of(p.allNodesDeallocatedManually());
        form.subscriptionState = p.subscriptionState();
        form.subscriptionStateSince = p.subscriptionStateSince();
        form.cni = p.cni();
        form.agentNodesModifiedViaIaaS = Answer.of(p.agentNodesModifiedViaIaaS());
        form.systemMetadataModified = Answer.of(p.systemMetadataModified());
        form.previewFeatures = p.previewFeatures().isEmpty() ? null : String.join("\n", p.previewFeatures());
        form.alphaFeatureGates = p.alphaFeatureGates().isEmpty() ? null : String.join("\n", p.alphaFeatureGates());
        return form;
    }

    /** A list typed one per line or separated by commas, each item once. */
    static List<String> items(String text) {
        if (blank(text)) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\r\\n]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    protected static String stripped(String text) {
        return blank(text) ? null : text.strip();
    }

    protected static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getPlatform() { return platform; }
    public void setPlatform(String platform) { this.platform = platform; }
    public String getKubernetesVersion() { return kubernetesVersion; }
    public void setKubernetesVersion(String kubernetesVersion) { this.kubernetesVersion = kubernetesVersion; }
    public LocalDate getLastAzureConnection() { return lastAzureConnection; }
    public void setLastAzureConnection(LocalDate lastAzureConnection) { this.lastAzureConnection = lastAzureConnection; }
    public LocalDate getStoppedSince() { return stoppedSince; }
    public void setStoppedSince(LocalDate stoppedSince) { this.stoppedSince = stoppedSince; }
    public Answer getAllNodesDeallocatedManually() { return allNodesDeallocatedManually; }
    public void setAllNodesDeallocatedManually(Answer answer) { this.allNodesDeallocatedManually = Answer.orUnknown(answer); }
    public SubscriptionState getSubscriptionState() { return subscriptionState; }
    public void setSubscriptionState(SubscriptionState subscriptionState) { this.subscriptionState = subscriptionState; }
    public LocalDate getSubscriptionStateSince() { return subscriptionStateSince; }
    public void setSubscriptionStateSince(LocalDate since) { this.subscriptionStateSince = since; }
    public ContainerNetworking getCni() { return cni; }
    public void setCni(ContainerNetworking cni) { this.cni = cni; }
    public Answer getAgentNodesModifiedViaIaaS() { return agentNodesModifiedViaIaaS; }
    public void setAgentNodesModifiedViaIaaS(Answer answer) { this.agentNodesModifiedViaIaaS = Answer.orUnknown(answer); }
    public Answer getSystemMetadataModified() { return systemMetadataModified; }
    public void setSystemMetadataModified(Answer answer) { this.systemMetadataModified = Answer.orUnknown(answer); }
    public String getPreviewFeatures() { return previewFeatures; }
    public void setPreviewFeatures(String previewFeatures) { this.previewFeatures = previewFeatures; }
    public String getAlphaFeatureGates() { return alphaFeatureGates; }
    public void setAlphaFeatureGates(String alphaFeatureGates) { this.alphaFeatureGates = alphaFeatureGates; }

    public SubscriptionState[] getSubscriptionStates() { return SubscriptionState.values(); }
    public ContainerNetworking[] getNetworkings() { return ContainerNetworking.values(); }
    public Answer[] getAnswers() { return Answer.values(); }
}
