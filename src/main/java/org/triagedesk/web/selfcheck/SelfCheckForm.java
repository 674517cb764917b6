package org.triagedesk.web.selfcheck;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.triagedesk.kernel.Evidence;
import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.eligibility.entity.ContainerNetworking;
import org.triagedesk.eligibility.entity.SubscriptionState;

/**
 * What the customer typed into the self-check: the problem, the evidence pasted as text, and the
 * cluster facts, each of which may be left "not known". Field names follow the triage request of
 * the REST API (spec/api.md).
 */
public class SelfCheckForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private String evidenceName;
    private String evidenceText;
    private String platform;
    private String kubernetesVersion;
    private LocalDate lastAzureConnection;
    private LocalDate stoppedSince;
    private SelfCheckAnswer allNodesDeallocatedManually = SelfCheckAnswer.NOT_KNOWN;
    private SubscriptionState subscriptionState;
    private LocalDate subscriptionStateSince;
    private ContainerNetworking cni;
    private SelfCheckAnswer agentNodesModifiedViaIaaS = SelfCheckAnswer.NOT_KNOWN;
    private SelfCheckAnswer systemMetadataModified = SelfCheckAnswer.NOT_KNOWN;
    private String previewFeatures;
    private String alphaFeatureGates;
    private LocalDate asOf;

    /** The API asks for a title or a description: evidence alone does not say what the problem is. */
    public boolean describesProblem() {
        return !blank(title) || !blank(description);
    }

    public ClusterProfile profile() {
        return new ClusterProfile(trimmed(platform), trimmed(kubernetesVersion), lastAzureConnection, stoppedSince,
                allNodesDeallocatedManually.asBoolean(), subscriptionState, subscriptionStateSince, cni,
                agentNodesModifiedViaIaaS.asBoolean(), systemMetadataModified.asBoolean(), items(previewFeatures),
                items(alphaFeatureGates));
    }

    /** The pasted evidence, named as the customer named it or {@code pasted-evidence.txt}. */
    public List<Evidence> pastedEvidence() {
        if (blank(evidenceText)) {
            return List.of();
        }
        return List.of(new Evidence(blank(evidenceName) ? "pasted-evidence.txt" : evidenceName.trim(), evidenceText));
    }

    /** A list typed one per line or separated by commas. */
    static List<String> items(String text) {
        if (blank(text)) {
            return List.of();
        }
        return Arrays.stream(text.split("[,\\r\\n]+")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.trim();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getEvidenceName() { return evidenceName; }
    public void setEvidenceName(String evidenceName) { this.evidenceName = evidenceName; }
    public String getEvidenceText() { return evidenceText; }
    public void setEvidenceText(String evidenceText) { this.evidenceText = evidenceText; }
    public String getPlatform() { return platform; }
    public void setPlatform(String platform) { this.platform = platform; }
    public String getKubernetesVersion() { return kubernetesVersion; }
    public void setKubernetesVersion(String kubernetesVersion) { this.kubernetesVersion = kubernetesVersion; }
    public LocalDate getLastAzureConnection() { return lastAzureConnection; }
    public void setLastAzureConnection(LocalDate lastAzureConnection) { this.lastAzureConnection = lastAzureConnection; }
    public LocalDate getStoppedSince() { return stoppedSince; }
    public void setStoppedSince(LocalDate stoppedSince) { this.stoppedSince = stoppedSince; }
    public SelfCheckAnswer getAllNodesDeallocatedManually() { return allNodesDeallocatedManually; }
    public void setAllNodesDeallocatedManually(SelfCheckAnswer answer) { this.allNodesDeallocatedManually = orUnknown(answer); }
    public SubscriptionState getSubscriptionState() { return subscriptionState; }
    public void setSubscriptionState(SubscriptionState subscriptionState) { this.subscriptionState = subscriptionState; }
    public LocalDate getSubscriptionStateSince() { return subscriptionStateSince; }
    public void setSubscriptionStateSince(LocalDate since) { this.subscriptionStateSince = since; }
    public ContainerNetworking getCni() { return cni; }
    public void setCni(ContainerNetworking cni) { this.cni = cni; }
    public SelfCheckAnswer getAgentNodesModifiedViaIaaS() { return agentNodesModifiedViaIaaS; }
    public void setAgentNodesModifiedViaIaaS(SelfCheckAnswer answer) { this.agentNodesModifiedViaIaaS = orUnknown(answer); }
    public SelfCheckAnswer getSystemMetadataModified() { return systemMetadataModified; }
    public void setSystemMetadataModified(SelfCheckAnswer answer) { this.systemMetadataModified = orUnknown(answer); }
    public String getPreviewFeatures() { return previewFeatures; }
    public void setPreviewFeatures(String previewFeatures) { this.previewFeatures = previewFeatures; }
    public String getAlphaFeatureGates() { return alphaFeatureGates; }
    public void setAlphaFeatureGates(String alphaFeatureGates) { this.alphaFeatureGates = alphaFeatureGates; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }

    public SubscriptionState[] getSubscriptionStates() { return SubscriptionState.values(); }
    public ContainerNetworking[] getNetworkings() { return ContainerNetworking.values(); }
    public SelfCheckAnswer[] getAnswers() { return SelfCheckAnswer.values(); }

    private static SelfCheckAnswer orUnknown(SelfCheckAnswer answer) {
        return answer == null ? SelfCheckAnswer.NOT_KNOWN : answer;
    }
}
