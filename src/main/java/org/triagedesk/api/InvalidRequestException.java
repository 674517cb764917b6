package org.triagedesk.api;

import java.util.List;

import org.triagedesk.platform.Violation;

/** The request cannot be served as sent; answered with {@code 400} and every violation found. */
public class InvalidRequestException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid request" : violations.get(0).field() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
