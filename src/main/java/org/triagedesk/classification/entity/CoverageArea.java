package org.triagedesk.classification.entity;

import java.util.Optional;

import org.triagedesk.eligibility.entity.PolicyRule;

/**
 * The nine coverage areas a case can belong to (spec/coverage-areas.md). The codes are part of the
 * public API and of the knowledge-base format. Some areas limit what support covers: that is the
 * scope finding the area adds to a case's eligibility.
 */
public enum CoverageArea {
    CONTROL_PLANE(null),
    LIFECYCLE(null),
    NETWORKING(null),
    CNI_BASIC_INSTALL(PolicyRule.SCOPE_CNI_BASIC_INSTALL),
    THIRD_PARTY(PolicyRule.SCOPE_THIRD_PARTY),
    UPSTREAM_BUG(null),
    HOW_TO(PolicyRule.SCOPE_HOW_TO),
    ARC_INTEGRATION(null),
    AGENT_NODE(PolicyRule.SCOPE_AGENT_NODE);

    private final PolicyRule scopeRule;

    CoverageArea(PolicyRule scopeRule) {
        this.scopeRule = scopeRule;
    }

    /** The scope finding a case in this area gets; empty when the area is fully in scope. */
    public Optional<PolicyRule> scopeRule() {
        return Optional.ofNullable(scopeRule);
    }

    public static Optional<CoverageArea> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
