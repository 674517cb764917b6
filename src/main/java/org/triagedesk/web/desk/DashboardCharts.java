package org.triagedesk.web.desk;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.triagedesk.platform.Jsons;

/**
 * Chart.js configurations for the dashboard's PrimeFaces charts ({@code p:chart value="…"} takes the
 * configuration as JSON). Colours are fixed per series so a reader learns them once; every chart has
 * a table beside it for readers who cannot see it.
 */
final class DashboardCharts {

    private static final List<String> PALETTE = List.of("#0b4f8a", "#d97706", "#15803d", "#7c3aed", "#be123c", "#0e7490",
            "#4d7c0f", "#a16207", "#475569", "#db2777");
    private static final Map<String, String> VERDICT_COLOURS = Map.of("SUPPORTED", "#15803d", "SUPPORTED_WITH_WARNINGS", "#d97706",
            "BEST_EFFORT", "#ca8a04", "OUT_OF_SCOPE", "#9f1239", "UNSUPPORTED", "#dc2626");

    private DashboardCharts() {
    }

    /** Stacked weekly bars, one series per code, named by {@code label}. */
    static String weekly(List<LocalDate> weeks, Map<String, long[]> series, Function<String, String> label, boolean verdicts) {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        weeks.forEach(w -> labels.add(w.format(DateTimeFormatter.ofPattern("MM-dd"))));
        JsonArrayBuilder datasets = Jsons.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, long[]> s : series.entrySet()) {
            JsonArrayBuilder data = Jsons.createArrayBuilder();
            for (long n : s.getValue()) {
                data.add(n);
            }
            String colour = verdicts ? VERDICT_COLOURS.getOrDefault(s.getKey(), "#64748b") : PALETTE.get(i++ % PALETTE.size());
            datasets.add(Jsons.createObjectBuilder().add("label", label.apply(s.getKey())).add("data", data).add("backgroundColor", colour));
        }
        return chart("bar", labels, datasets, Jsons.createObjectBuilder()
                .add("x", Jsons.createObjectBuilder().add("stacked", true))
                .add("y", Jsons.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                        .add("ticks", Jsons.createObjectBuilder().add("precision", 0))), false);
    }

    /** Horizontal bars: one value per label, e.g. matches per known issue or a correction rate in percent. */
    static String bars(List<String> names, List<Number> values, String seriesLabel, String colour, Double max) {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        names.forEach(labels::add);
        JsonArrayBuilder data = Jsons.createArrayBuilder();
        values.forEach(v -> data.add(v.doubleValue()));
        JsonObjectBuilder axis = Jsons.createObjectBuilder().add("beginAtZero", true);
        if (max != null) {
            axis.add("max", max);
        } else {
            axis.add("ticks", Jsons.createObjectBuilder().add("precision", 0)); // counts, not fractions
        }
        return chart("bar", labels, Jsons.createArrayBuilder().add(Jsons.createObjectBuilder().add("label", seriesLabel)
                .add("data", data).add("backgroundColor", colour)), Jsons.createObjectBuilder().add("x", axis), true);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales,
            boolean horizontal) {
        JsonObjectBuilder options = Jsons.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false).add("scales", scales)
                .add("plugins", Jsons.createObjectBuilder().add("legend", Jsons.createObjectBuilder()
                        .add("display", !horizontal).add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Jsons.createObjectBuilder().add("type", type)
                .add("data", Jsons.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
