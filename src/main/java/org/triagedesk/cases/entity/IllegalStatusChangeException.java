package org.triagedesk.cases.entity;

import jakarta.ejb.ApplicationException;

/** The case's life cycle does not allow that move. */
@ApplicationException(rollback = true)
public class IllegalStatusChangeException extends RuntimeException {

    public IllegalStatusChangeException(String reference, CaseStatus from, CaseStatus to) {
        super(reference + " cannot move from " + from + " to " + to + "; from " + from + " it may move to " + from.next());
    }
}
