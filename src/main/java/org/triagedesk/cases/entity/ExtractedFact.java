package org.triagedesk.cases.entity;

/**
 * A fact read from evidence, with where it was read: the evidence's name, the 1-based line, the line
 * itself and the kind of output it was recognised as, so an engineer can check it.
 */
public record ExtractedFact(String fact, String value, String evidence, int line, String text, String source) {

    private static final int MAX_TEXT = 240;

    public ExtractedFact {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT) + "…";
        }
    }
}
