package org.triagedesk.eligibility.entity;

import jakarta.ejb.ApplicationException;

/** The pasted text is none of the formats the catalog import reads; nothing was imported. */
@ApplicationException(rollback = true)
public class CatalogImportFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What was wrong, for a message in the reader's language. */
    public enum Reason {
        EMPTY, JSON_WITHOUT_VERSIONS, BROKEN_JSON, NO_TABLE, NO_ROWS
    }

    private final Reason reason;

    public CatalogImportFormatException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
