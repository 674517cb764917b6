package org.triagedesk.kernel;

import java.util.Optional;

/**
 * The nine coverage areas a case can belong to (spec/coverage-areas.md). The codes are part of the
 * public API and of the knowledge-base format. (Which areas limit what support covers is the eligibility
 * context's rule: {@code ScopeFindings}.)
 */
public enum CoverageArea {
    CONTROL_PLANE,
    LIFECYCLE,
    NETWORKING,
    CNI_BASIC_INSTALL,
    THIRD_PARTY,
    UPSTREAM_BUG,
    HOW_TO,
    ARC_INTEGRATION,
    AGENT_NODE;

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
