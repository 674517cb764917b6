package org.triagedesk.templates.entity;

/** What a case's answer has to say first, each with its own response template. */
public enum Situation {
    UNSUPPORTED("unsupported"),
    OUT_OF_SCOPE("out-of-scope"),
    BEST_EFFORT("best-effort"),
    KNOWN_ISSUE("known-issue"),
    UPSTREAM_BUG("upstream-bug"),
    CNI_BASIC_INSTALL("cni-basic-install"),
    INFORMATION_NEEDED("information-needed"),
    IN_SCOPE("in-scope");

    private final String key;

    Situation(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
