package org.triagedesk.classification.boundary;

/**
 * No coverage-area model is in use yet: the first training (on a new data folder, with nothing saved to start
 * from) has not finished within the wait. The same request works once it has; the API answers 503 with
 * {@code Retry-After} ({@link #RETRY_AFTER_SECONDS}) and keeps nothing half-done (the filing rolls back).
 */
public class ModelNotReadyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public static final int RETRY_AFTER_SECONDS = 30;

    public ModelNotReadyException() {
        super("the coverage-area model is still being trained for the first time; try again in " + RETRY_AFTER_SECONDS + " seconds");
    }
}
