package org.triagedesk.eligibility.entity;

/**
 * How far support reaches for a case, best first. The order of the constants is the policy's
 * order of severity: a case's verdict is the worst outcome among its findings.
 */
public enum Verdict {
    SUPPORTED,
    SUPPORTED_WITH_WARNINGS,
    BEST_EFFORT,
    OUT_OF_SCOPE,
    UNSUPPORTED;

    public boolean isWorseThan(Verdict other) {
        return compareTo(other) > 0;
    }

    public static Verdict worst(Verdict a, Verdict b) {
        return a.isWorseThan(b) ? a : b;
    }
}
