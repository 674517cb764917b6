package org.triagedesk.knowledgebase.entity;

/** Something wrong in a kb file, named by the file (relative to kb/) and the 1-based line. */
public record LoadProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
