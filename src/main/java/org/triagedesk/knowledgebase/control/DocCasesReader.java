package org.triagedesk.knowledgebase.control;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.entity.ExampleReport;
import org.triagedesk.knowledgebase.entity.LoadProblem;
import org.triagedesk.platform.Jsons;

/**
 * Reads {@code kb/training/doc-cases.json}: labelled cases written from the problems the product's documentation
 * describes (not from real reports, so they are never in kb/examples' dev or test splits). The classifier trains on
 * them beside kb/examples and the known issues. A case that breaks the format is reported by its position and id and
 * left out; the others load.
 */
public class DocCasesReader {

    public static final String FILE = "training/doc-cases.json";

    /** What was read: the cases (as training reports of split TRAIN) and the problems. */
    public record Result(List<ExampleReport> cases, List<LoadProblem> problems) {
    }

    public Result read(Path kb) {
        Path path = kb.resolve(FILE);
        if (!Files.isRegularFile(path)) {
            return new Result(List.of(), List.of());
        }
        JsonArray array;
        try (JsonReader reader = Jsons.createReader(new StringReader(Files.readString(path, StandardCharsets.UTF_8)))) {
            array = reader.readArray();
        } catch (IOException | JsonException | IllegalStateException e) {
            return new Result(List.of(), List.of(new LoadProblem(FILE, 1, "docCases.notJson", String.valueOf(e.getMessage()))));
        }
        List<ExampleReport> cases = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue value = array.get(i);
            String position = String.valueOf(i + 1);
            if (!(value instanceof JsonObject c)) {
                problems.add(new LoadProblem(FILE, 1, "docCases.notObject", position));
                continue;
            }
            String id = text(c, "id");
            CoverageArea area = CoverageArea.of(text(c, "expectedArea")).orElse(null);
            String title = text(c, "title");
            String description = text(c, "description");
            String language = text(c, "language");
            if (id == null || area == null || title == null && description == null || !"en".equals(language) && !"ja".equals(language)) {
                problems.add(new LoadProblem(FILE, 1, "docCases.incomplete", position, String.valueOf(id)));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(new LoadProblem(FILE, 1, "docCases.duplicateId", position, id));
                continue;
            }
            List<String> pasted = c.get("evidence") instanceof JsonArray evidence ? evidence.getValuesAs(JsonObject.class).stream()
                    .map(e -> e.getString("content", "")).filter(t -> !t.isBlank()).toList() : List.of();
            List<String> issues = c.get("expectedKnownIssues") instanceof JsonArray known
                    ? known.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList() : List.of();
            cases.add(new ExampleReport(id, area, null, language, ExampleReport.Split.TRAIN, text(c, "source"), null, issues,
                    text(c, "clusterVersion"), title == null ? "" : title, description == null ? "" : description, pasted, FILE));
        }
        return new Result(List.copyOf(cases), List.copyOf(problems));
    }

    private static String text(JsonObject c, String key) {
        return c.get(key) instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
    }
}
