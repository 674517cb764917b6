package org.triagedesk.knowledgebase.control;

import java.util.List;

import org.triagedesk.templates.control.Placeholders;
import org.triagedesk.templates.entity.ResponseTemplate;

/** Reads {@code kb/response-templates/<key>.<language>.md}; an unknown placeholder is an error at its line. */
public class TemplateFileParser {

    public ResponseTemplate parse(String file, List<String> lines) throws KbFormatException {
        FrontMatter front = FrontMatter.parse(lines);
        String key = front.required("key");
        String language = front.required("language");
        if (!language.equals("en") && !language.equals("ja")) {
            throw new KbFormatException(front.line("language"), "template.language");
        }
        String fileName = file.substring(file.lastIndexOf('/') + 1);
        if (!fileName.equals(key + "." + language + ".md")) {
            throw new KbFormatException(front.line("key"), "template.fileName", key + "." + language + ".md");
        }
        String subject = front.required("subject");
        check(subject, front.line("subject"));
        StringBuilder body = new StringBuilder();
        for (int i = front.bodyStart(); i < lines.size(); i++) {
            check(lines.get(i), i + 1);
            body.append(lines.get(i)).append('\n');
        }
        if (body.toString().isBlank()) {
            throw new KbFormatException(front.bodyStart(), "template.noBody");
        }
        return new ResponseTemplate(key, language, subject, body.toString().strip(), file);
    }

    private static void check(String line, int number) throws KbFormatException {
        for (String name : Placeholders.in(line)) {
            if (!Placeholders.KNOWN.contains(name)) {
                throw new KbFormatException(number, "template.placeholder", name, Placeholders.KNOWN);
            }
        }
    }
}
