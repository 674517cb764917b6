package org.triagedesk.web.selfcheck;

/** A yes/no fact of the self-check the customer may not know: "not known" leaves it to the rules to ask. */
public enum SelfCheckAnswer {
    YES, NO, NOT_KNOWN;

    public Boolean asBoolean() {
        return switch (this) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            case NOT_KNOWN -> null;
        };
    }
}
