package org.triagedesk.knowledgebase.entity;

/**
 * A version a case's cluster is known to run, with where it was read: the evidence's name and its
 * 1-based line, or no evidence when the case itself gave it.
 */
public record KnownVersion(ComponentVersion version, String evidence, int line) {

    public Component component() {
        return version.component();
    }

    public boolean fromEvidence() {
        return evidence != null;
    }
}
