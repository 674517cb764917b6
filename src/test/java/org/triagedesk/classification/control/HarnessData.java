package org.triagedesk.classification.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.kernel.KubernetesRelease;
import org.triagedesk.knowledgebase.control.DocCasesReader;
import org.triagedesk.knowledgebase.control.ExampleFileParser;
import org.triagedesk.knowledgebase.control.KbDirectoryReader;
import org.triagedesk.knowledgebase.entity.ExampleReport;
import org.triagedesk.knowledgebase.entity.KbEntry;

/** Everything the model harness measures on: kb/known-issues, the kb/examples splits and the 185 evaluation cases. */
final class HarnessData {

    /** A labelled text: {@code group} is train, dev, test (kb/examples), cases (kb/training/doc-cases.json) or ki (kb/known-issues). */
    record Item(String id, String group, CaseText text, CoverageArea area, CoverageArea otherArea, String language,
            List<String> knownIssues, Optional<KubernetesRelease> version) {

        boolean japanese() {
            return language.equals("ja");
        }
    }

    final KbDirectoryReader.Snapshot kb;
    final List<Item> knownIssues = new ArrayList<>();
    final List<Item> train = new ArrayList<>();
    final List<Item> dev = new ArrayList<>();
    final List<Item> test = new ArrayList<>();
    final List<Item> cases = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    HarnessData() throws IOException {
        kb = new KbDirectoryReader().read(Path.of("kb"));
        kb.problems().forEach(p -> problems.add(p.toString()));
        Set<String> ids = kb.issues().stream().map(KbEntry::key).collect(Collectors.toSet());
        for (KbEntry e : kb.issues()) {
            knownIssues.add(new Item(e.key(), "ki", TrainingTexts.of(e.content()), e.content().area(), null, e.content().language(),
                    List.of(e.key()), Optional.empty()));
        }
        ExampleFileParser.ExampleSet examples = new ExampleFileParser().readFolder(Path.of("kb/examples"), ids);
        examples.problems().forEach(p -> problems.add(p.toString()));
        for (ExampleReport r : examples.examples()) {
            Item item = new Item(r.id(), r.split().code(), TrainingTexts.of(r), r.area(), r.otherArea(), r.language(), r.knownIssues(),
                    KubernetesRelease.parse(r.clusterVersion()));
            (switch (r.split()) {
                case TRAIN -> train;
                case DEV -> dev;
                case TEST -> test;
            }).add(item);
        }
        try (InputStream in = Files.newInputStream(Path.of("kb").resolve(DocCasesReader.FILE))) {
            for (JsonObject c : Json.createReader(in).readArray().getValuesAs(JsonObject.class)) {
                List<Evidence> evidence = c.containsKey("evidence") ? c.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                        .map(e -> new Evidence(e.getString("name"), e.getString("content"))).toList() : List.of();
                cases.add(new Item(c.getString("id"), "cases", new CaseText(c.getString("title", ""), c.getString("description", ""), evidence),
                        CoverageArea.valueOf(c.getString("expectedArea")), null, c.getString("language", "en"),
                        c.getJsonArray("expectedKnownIssues").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                        KubernetesRelease.parse(c.getString("clusterVersion", null))));
            }
        }
    }

    static List<Item> concat(List<Item>... parts) {
        List<Item> all = new ArrayList<>();
        for (List<Item> p : parts) {
            all.addAll(p);
        }
        return all;
    }
}
