package org.triagedesk.knowledgebase.boundary;

import jakarta.ejb.ApplicationException;

/** A known issue with that key exists already. */
@ApplicationException(rollback = true)
public class DuplicateKnownIssueException extends RuntimeException {

    public DuplicateKnownIssueException(String key) {
        super("a known issue " + key + " exists already");
    }
}
