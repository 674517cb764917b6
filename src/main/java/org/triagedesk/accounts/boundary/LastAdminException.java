package org.triagedesk.accounts.boundary;

import jakarta.ejb.ApplicationException;

/** The change would leave no enabled administrator. */
@ApplicationException(rollback = true)
public class LastAdminException extends RuntimeException {

    public LastAdminException(String username) {
        super(username + " is the last enabled administrator");
    }
}
