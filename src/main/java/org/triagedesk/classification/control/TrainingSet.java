package org.triagedesk.classification.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.triagedesk.kernel.CaseText;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.entity.ExampleReport;
import org.triagedesk.knowledgebase.entity.KbEntry;

/**
 * What the area model learns from, in a fixed order so that the same data gives the same model on every node:
 * the labelled reports of kb/examples (by id), the known issues (by key), and the saved cases and engineers'
 * corrections (by id; a correction weighs {@link #CORRECTION_WEIGHT} times a case). {@link #calibration} is the
 * dev split of kb/examples, which the temperature is fitted on by a model trained without it.
 */
public record TrainingSet(List<TrainingExample> all, List<TrainingExample> withoutCalibration, List<TrainingExample> calibration,
        long upToLabelled) {

    public static final double CORRECTION_WEIGHT = 3.0;
    public static final double CASE_WEIGHT = 1.0;

    /** A saved case or a correction as the database holds it. */
    public record Labelled(long id, String text, CoverageArea area, boolean correction) {
    }

    public static TrainingSet of(FeatureExtractor extractor, List<ExampleReport> reports, List<KbEntry> issues, List<Labelled> labelled) {
        // thousands of examples share their feature keys: one String per key, and no explanation words, keep a
        // training of 20,000 saved cases within a 512 MiB heap
        Map<String, String> keys = new HashMap<>();
        List<TrainingExample> all = new ArrayList<>();
        List<TrainingExample> rest = new ArrayList<>();
        List<TrainingExample> calibration = new ArrayList<>();
        for (ExampleReport report : reports.stream().sorted(Comparator.comparing(ExampleReport::id)).toList()) {
            TrainingExample example = new TrainingExample(compact(extractor.features(TrainingTexts.of(report)), keys), report.area(), 1.0);
            all.add(example);
            (report.split() == ExampleReport.Split.DEV ? calibration : rest).add(example);
        }
        for (KbEntry issue : issues.stream().sorted(Comparator.comparing(KbEntry::key)).toList()) {
            TrainingExample example = new TrainingExample(compact(extractor.features(TrainingTexts.of(issue.content())), keys), issue.content().area(), 1.0);
            all.add(example);
            rest.add(example);
        }
        long upTo = 0;
        for (Labelled l : labelled.stream().sorted(Comparator.comparingLong(Labelled::id)).toList()) {
            TrainingExample example = new TrainingExample(compact(extractor.features(new CaseText(null, l.text(), List.of())), keys), l.area(),
                    l.correction() ? CORRECTION_WEIGHT : CASE_WEIGHT);
            all.add(example);
            rest.add(example);
            upTo = Math.max(upTo, l.id());
        }
        return new TrainingSet(List.copyOf(all), List.copyOf(rest), List.copyOf(calibration), upTo);
    }

    /** The counts with each key shared among all examples, without the written forms (only an explanation reads them). */
    static CaseFeatures compact(CaseFeatures features, Map<String, String> keys) {
        Map<String, Integer> counts = new HashMap<>(features.counts().size() * 2);
        features.counts().forEach((k, v) -> counts.put(keys.computeIfAbsent(k, x -> x), v));
        return new CaseFeatures(counts, Map.of());
    }
}
