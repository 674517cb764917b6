package org.triagedesk.web.desk;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.triagedesk.cases.entity.StaleCaseException;

/** Whether a failed change of a case failed because someone else changed the case first. */
final class CaseFailures {

    private CaseFailures() {
    }

    static boolean stale(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StaleCaseException || t instanceof OptimisticLockException
                    || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
