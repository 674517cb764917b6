package org.triagedesk.web.desk;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.ContainerNetworking;
import org.triagedesk.eligibility.entity.SubscriptionState;

/**
 * What an engineer knows of the customer's cluster, as typed into the new-case form; every field
 * may stay empty (not known). Feature lists are typed one per line.
 */
public class CaseProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String platform;
    private String kubernetesVersion;
    private LocalDate lastAzureConnection;
    private LocalDate stoppedSince;
    private Boolean allNodesDeallocatedManually;
    private SubscriptionState subscriptionState;
    private LocalDate subscriptionStateSince;
    private ContainerNetworking cni;
    private Boolean agentNodesModifiedViaIaaS;
    private Boolean systemMetadataModified;
    private String previewFeatures;
    private String alphaFeatureGates;

    ClusterProfile toProfile() {
        return new ClusterProfile(blankToNull(platform), blankToNull(kubernetesVersion), lastAzureConnection, stoppedSince,
                allNodesDeallocatedManually, subscriptionState, subscriptionStateSince, cni, agentNodesModifiedViaIaaS,
                systemMetadataModified, lines(previewFeatures), lines(alphaFeatureGates));
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\r\\n,]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getPlatform() { return platform; }
    public void setPlatform(String platform) { this.platform = platform; }
    public String getKubernetesVersion() { return kubernetesVersion; }
    public void setKubernetesVersion(String kubernetesVersion) { this.kubernetesVersion = kubernetesVersion; }
    public LocalDate getLastAzureConnection() { return lastAzureConnection; }
    public void setLastAzureConnection(LocalDate lastAzureConnection) { this.lastAzureConnection = lastAzureConnection; }
    public LocalDate getStoppedSince() { return stoppedSince; }
    public void setStoppedSince(LocalDate stoppedSince) { this.stoppedSince = stoppedSince; }
    public Boolean getAllNodesDeallocatedManually() { return allNodesDeallocatedManually; }
    public void setAllNodesDeallocatedManually(Boolean value) { this.allNodesDeallocatedManually = value; }
    public SubscriptionState getSubscriptionState() { return subscriptionState; }
    public void setSubscriptionState(SubscriptionState subscriptionState) { this.subscriptionState = subscriptionState; }
    public LocalDate getSubscriptionStateSince() { return subscriptionStateSince; }
    public void setSubscriptionStateSince(LocalDate subscriptionStateSince) { this.subscriptionStateSince = subscriptionStateSince; }
    public ContainerNetworking getCni() { return cni; }
    public void setCni(ContainerNetworking cni) { this.cni = cni; }
    public Boolean getAgentNodesModifiedViaIaaS() { return agentNodesModifiedViaIaaS; }
    public void setAgentNodesModifiedViaIaaS(Boolean value) { this.agentNodesModifiedViaIaaS = value; }
    public Boolean getSystemMetadataModified() { return systemMetadataModified; }
    public void setSystemMetadataModified(Boolean value) { this.systemMetadataModified = value; }
    public String getPreviewFeatures() { return previewFeatures; }
    public void setPreviewFeatures(String previewFeatures) { this.previewFeatures = previewFeatures; }
    public String getAlphaFeatureGates() { return alphaFeatureGates; }
    public void setAlphaFeatureGates(String alphaFeatureGates) { this.alphaFeatureGates = alphaFeatureGates; }
}
