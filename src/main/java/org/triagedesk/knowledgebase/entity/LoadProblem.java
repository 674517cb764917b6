package org.triagedesk.knowledgebase.entity;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.triagedesk.platform.Language;

/**
 * Something wrong in a kb file, named by the file (relative to kb/) and the 1-based line. What is
 * wrong is a code with its arguments (the offending value, the allowed ones), worded in either
 * language from {@code i18n/messages*.properties} ({@code kbProblem.<code>}), so the same problem
 * reads in English in the logs and the API and in the maintainer's language on the reload page.
 */
public record LoadProblem(String file, int line, String code, List<String> arguments) {

    public LoadProblem {
        arguments = List.copyOf(arguments);
        text(code, Language.EN, arguments.toArray());
    }

    public LoadProblem(String file, int line, String code, Object... arguments) {
        this(file, line, code, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The problem in English, as the API's {@code message} has always said it. */
    public String message() {
        return message(Language.EN);
    }

    public String message(Language language) {
        return text(code, language, arguments.toArray());
    }

    /**
     * A problem's wording in one language.
     *
     * @throws IllegalArgumentException when the message files have no text for the code
     */
    public static String text(String code, Language language, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", language.locale(), LoadProblem.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return new MessageFormat(bundle.getString("kbProblem." + code), language.locale()).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text for the kb problem " + code + " in " + language, e);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message();
    }
}
