package org.triagedesk.web;

/** A yes/no fact of the cluster that the one filling the form may not know: "not known" leaves it to the rules to ask. */
public enum Answer {
    YES, NO, NOT_KNOWN;

    public Boolean asBoolean() {
        return switch (this) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            case NOT_KNOWN -> null;
        };
    }

    /** The answer for a known or unknown ({@code null}) yes/no fact. */
    public static Answer of(Boolean value) {
        return value == null ? NOT_KNOWN : value ? YES : NO;
    }

    static Answer orUnknown(Answer answer) {
        return answer == null ? NOT_KNOWN : answer;
    }
}
