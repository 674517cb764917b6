package org.triagedesk.cases.entity;

import jakarta.ejb.ApplicationException;

/** The case was changed since the version the caller read. */
@ApplicationException(rollback = true)
public class StaleCaseException extends RuntimeException {

    public StaleCaseException(String reference, long expected, long actual) {
        super(reference + " is at version " + actual + ", not " + expected + ": reload it and apply the change again");
    }
}
