package org.triagedesk.kernel.validation;

/** One thing wrong with a request: the field (a path such as {@code cluster.stoppedSince}) and why, worded for the reader. */
public record FieldProblem(String field, String message) {

    /** The last name of the path, e.g. {@code stoppedSince} for {@code cluster.stoppedSince}: what a page labels. */
    public String name() {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }
}
