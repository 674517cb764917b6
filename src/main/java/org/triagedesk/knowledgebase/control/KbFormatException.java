package org.triagedesk.knowledgebase.control;

/** A kb file breaks the format of kb/README.md at a given line. */
public class KbFormatException extends Exception {

    private final int line;

    public KbFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
