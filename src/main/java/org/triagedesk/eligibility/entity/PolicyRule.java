package org.triagedesk.eligibility.entity;

import static org.triagedesk.eligibility.entity.PolicySection.*;
import static org.triagedesk.eligibility.entity.Verdict.*;

/**
 * The rules of the support policy, each with the section it comes from and the outcome it gives
 * when it fires. The ids are part of the public API.
 */
public enum PolicyRule {
    VERSION_UNKNOWN(SUPPORTED_VERSIONS, UNSUPPORTED),
    VERSION_DEPRECATED(SERVICE_UPDATES, UNSUPPORTED),
    VERSION_REMOVED(SERVICE_UPDATES, UNSUPPORTED),
    /** The catalog has no supported minor on the day checked: the cluster's version cannot be judged from it. */
    VERSION_CATALOG_STALE(SUPPORTED_VERSIONS, SUPPORTED_WITH_WARNINGS),
    PLATFORM_UNSUPPORTED(SUPPORTED_VERSIONS, UNSUPPORTED),
    AGENT_NODE_IAAS_CHANGE(AGENT_NODE_CUSTOMIZATION, UNSUPPORTED),
    SYSTEM_METADATA_CHANGED(SHARED_RESPONSIBILITY, UNSUPPORTED),
    NODES_DEALLOCATED(STOPPED_OR_DISCONNECTED, UNSUPPORTED),
    STOPPED_CONTROL_PLANE(STOPPED_OR_DISCONNECTED, UNSUPPORTED),
    STOPPED_NOT_UPDATABLE(STOPPED_OR_DISCONNECTED, UNSUPPORTED),
    STOPPED_RECENTLY(STOPPED_OR_DISCONNECTED, SUPPORTED_WITH_WARNINGS),
    AZURE_DISCONNECTED(STOPPED_OR_DISCONNECTED, SUPPORTED_WITH_WARNINGS),
    AZURE_SYNC_UNKNOWN(STOPPED_OR_DISCONNECTED, SUPPORTED_WITH_WARNINGS),
    SUBSCRIPTION_LAPSED(SUBSCRIPTIONS, UNSUPPORTED),
    SUBSCRIPTION_AT_RISK(SUBSCRIPTIONS, SUPPORTED_WITH_WARNINGS),
    /** Accompanies the age finding of a deleted subscription, with that finding's outcome. */
    SUBSCRIPTION_DELETED(SUBSCRIPTIONS, SUPPORTED_WITH_WARNINGS),
    ALPHA_FEATURE(ALPHA_AND_BETA_FEATURES, UNSUPPORTED),
    PREVIEW_FEATURE(PREVIEW_FEATURES, BEST_EFFORT),
    /** Scope findings: they come from the case's coverage area, not from the cluster profile. */
    SCOPE_CNI_BASIC_INSTALL(SUPPORT_COVERAGE, SUPPORTED_WITH_WARNINGS),
    SCOPE_AGENT_NODE(AGENT_NODE_COVERAGE, SUPPORTED_WITH_WARNINGS),
    SCOPE_THIRD_PARTY(SUPPORT_COVERAGE, OUT_OF_SCOPE),
    /** Helm, within THIRD_PARTY, gets best-effort support. */
    SCOPE_THIRD_PARTY_HELM(SUPPORT_COVERAGE, BEST_EFFORT),
    SCOPE_HOW_TO(SUPPORT_COVERAGE, OUT_OF_SCOPE);

    private final PolicySection section;
    private final Verdict outcome;

    PolicyRule(PolicySection section, Verdict outcome) {
        this.section = section;
        this.outcome = outcome;
    }

    public PolicySection section() {
        return section;
    }

    public Verdict outcome() {
        return outcome;
    }
}
