package org.triagedesk.knowledgebase.boundary;

import jakarta.ejb.ApplicationException;

/** The issue was changed since the version the caller read. */
@ApplicationException(rollback = true)
public class StaleKnownIssueException extends RuntimeException {

    public StaleKnownIssueException(String key, long expected, long actual) {
        super(key + " is at version " + actual + ", not " + expected + ": reload it and apply the change again");
    }
}
