package org.triagedesk.kernel.validation;

/**
 * A request that says how many bytes (UTF-8) of text it carries: {@link Constraints} holds it to {@link BodyLimit},
 * the limit the API applies to its bodies, so that a form is held to the same limit with the same message.
 */
public interface SizedText {

    long textBytes();

    /** The field a refusal names: the one a reader would shorten. */
    String sizedField();

    /** The length of {@code text} in UTF-8, without encoding it; {@code null} is empty. */
    static long utf8(String text) {
        if (text == null) {
            return 0;
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
