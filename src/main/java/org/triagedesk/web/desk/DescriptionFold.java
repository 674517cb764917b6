package org.triagedesk.web.desk;

import java.io.Serializable;

/**
 * A case's description as the case page shows it: a long one folded after its first {@value #LINES} lines (or
 * {@value #CHARS} characters, for long lines), so that the verdict stays in view; "show more" opens the rest.
 * {@code rest} is empty when nothing is folded.
 */
public record DescriptionFold(String head, String rest, int hiddenLines) implements Serializable {

    static final int LINES = 8;
    static final int CHARS = 700;

    public boolean isFolded() {
        return !rest.isEmpty();
    }

    static DescriptionFold of(String description) {
        if (description == null) {
            return new DescriptionFold("", "", 0);
        }
        String text = description.stripTrailing();
        int end = 0;
        for (int line = 0; line < LINES && end >= 0; line++) {
            int next = text.indexOf('\n', end);
            end = next < 0 ? -1 : next + 1;
        }
        int cut = end < 0 ? text.length() : end;
        if (cut > CHARS) {
            int space = text.lastIndexOf(' ', CHARS);
            cut = space > CHARS / 2 ? space + 1 : CHARS;
        }
        if (cut >= text.length()) {
            return new DescriptionFold(text, "", 0);
        }
        String rest = text.substring(cut);
        return new DescriptionFold(text.substring(0, cut).stripTrailing(), rest, (int) rest.lines().count());
    }
}
