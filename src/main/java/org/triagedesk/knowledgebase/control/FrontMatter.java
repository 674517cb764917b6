package org.triagedesk.knowledgebase.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The front matter of a kb file: the small YAML subset of kb/README.md ({@code key: value},
 * {@code key: [a, b]}, or a block list of {@code - item} lines), with the line of every key so
 * that a problem can be reported where it is. {@link #bodyStart()} is the first line after it.
 * <p>
 * Just over 150 lines: the YAML subset with the line of every key for error messages; not a general YAML reader.
 */
public final class FrontMatter {

    private final Map<String, Object> values;
    private final Map<String, Integer> lines;
    private final int bodyStart;

    private FrontMatter(Map<String, Object> values, Map<String, Integer> lines, int bodyStart) {
        this.values = values;
        this.lines = lines;
        this.bodyStart = bodyStart;
    }

    public static FrontMatter parse(List<String> text) throws KbFormatException {
        if (text.isEmpty() || !text.get(0).strip().equals("---")) {
            throw new KbFormatException(1, "frontMatter.missing");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String listKey = null;
        for (int i = 1; i < text.size(); i++) {
            String line = text.get(i);
            int number = i + 1;
            if (line.strip().equals("---")) {
                return new FrontMatter(values, lines, i + 1);
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (line.startsWith(" ") || line.startsWith("\t") || line.startsWith("-")) {
                String item = line.strip();
                if (listKey == null || !item.startsWith("-")) {
                    throw new KbFormatException(number, "frontMatter.indented");
                }
                listOf(values, listKey).add(scalar(item.substring(1).strip(), number));
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new KbFormatException(number, "frontMatter.keyValue");
            }
            String key = line.substring(0, colon).strip();
            if (!key.matches("[A-Za-z][A-Za-z0-9_]*")) {
                throw new KbFormatException(number, "frontMatter.badKey", key);
            }
            if (values.containsKey(key)) {
                throw new KbFormatException(number, "frontMatter.twice", key);
            }
            String value = line.substring(colon + 1).strip();
            lines.put(key, number);
            listKey = null;
            if (value.isEmpty()) {
                values.put(key, new ArrayList<String>());
                listKey = key;
            } else if (value.startsWith("[")) {
                values.put(key, inlineList(value, number));
            } else {
                values.put(key, scalar(value, number));
            }
        }
        throw new KbFormatException(text.size(), "frontMatter.notClosed");
    }

    public Optional<String> text(String key) throws KbFormatException {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return Optional.empty();
            }
            throw new KbFormatException(line(key), "frontMatter.notSingle", key);
        }
        String text = (String) value;
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    public String required(String key) throws KbFormatException {
        return text(key).orElseThrow(() -> new KbFormatException(line(key), "frontMatter.required", key));
    }

    public List<String> list(String key) throws KbFormatException {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String single) {
            return single.isBlank() ? List.of() : List.of(single);
        }
        List<String> list = new ArrayList<>();
        for (Object item : (List<?>) value) {
            list.add((String) item);
        }
        return list;
    }

    /** The line of a key, or of the front matter's start when the key is absent. */
    public int line(String key) {
        return lines.getOrDefault(key, 1);
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public int bodyStart() {
        return bodyStart;
    }

    @SuppressWarnings("unchecked")
    private static List<String> listOf(Map<String, Object> values, String key) {
        return (List<String>) values.get(key);
    }

    private static List<String> inlineList(String value, int line) throws KbFormatException {
        if (!value.endsWith("]")) {
            throw new KbFormatException(line, "frontMatter.listNotClosed");
        }
        List<String> items = new ArrayList<>();
        String inner = value.substring(1, value.length() - 1).strip();
        if (inner.isEmpty()) {
            return items;
        }
        for (String item : inner.split(",")) {
            items.add(scalar(item.strip(), line));
        }
        return items;
    }

    private static String scalar(String value, int line) throws KbFormatException {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            String inner = value.substring(1, value.length() - 1);
            return value.startsWith("\"") ? inner.replace("\\\"", "\"").replace("\\\\", "\\") : inner.replace("''", "'");
        }
        if (value.startsWith("\"") || value.startsWith("'")) {
            // A quoted phrase with more words after it ("etcdserver: leader changed" while creating) is
            // plain text, quotes included; only a quote that is never closed is an error.
            if (value.indexOf(value.charAt(0), 1) < 0) {
                throw new KbFormatException(line, "frontMatter.unclosedQuote");
            }
            return value;
        }
        int comment = value.indexOf(" #");
        return comment >= 0 ? value.substring(0, comment).strip() : value;
    }
}
