package org.triagedesk.knowledgebase.control;

import java.util.Arrays;
import java.util.List;

import org.triagedesk.knowledgebase.entity.LoadProblem;
import org.triagedesk.platform.Language;

/**
 * A kb file breaks the format of kb/README.md at a given line. What broke is a problem code of
 * {@link LoadProblem} with its arguments; the exception's message is its English wording.
 */
public class KbFormatException extends Exception {

    private final int line;
    private final String code;
    private final List<String> arguments;

    public KbFormatException(int line, String code, Object... arguments) {
        super(LoadProblem.text(code, Language.EN, arguments));
        this.line = line;
        this.code = code;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public int line() {
        return line;
    }

    /** The problem this is in the file named {@code file}. */
    public LoadProblem problem(String file) {
        return new LoadProblem(file, line, code, arguments);
    }
}
