package org.triagedesk.web.selfcheck;

import java.util.function.Function;

import jakarta.json.JsonArrayBuilder;

import org.triagedesk.kernel.Classification;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.platform.Jsons;

/**
 * The Chart.js configuration (raw JSON for {@code p:chart}) of a horizontal bar chart of the nine
 * coverage-area scores, in percent, the chosen area drawn in the brand colour and the others muted.
 */
public final class AreaChartModel {

    static final String CHOSEN = "#0b4f8a";
    static final String OTHER = "#9fb3c8";

    private AreaChartModel() {
    }

    public static String json(Classification classification, Function<CoverageArea, String> label, String axisTitle) {
        JsonArrayBuilder labels = Jsons.createArrayBuilder();
        JsonArrayBuilder values = Jsons.createArrayBuilder();
        JsonArrayBuilder colours = Jsons.createArrayBuilder();
        for (CoverageArea area : CoverageArea.values()) {
            labels.add(label.apply(area));
            double score = classification.areaScores().getOrDefault(area, 0.0);
            values.add(Math.round(score * 1000) / 10.0);
            colours.add(area == classification.area() ? CHOSEN : OTHER);
        }
        return Jsons.createObjectBuilder()
                .add("type", "bar")
                .add("data", Jsons.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder()
                                .add("label", axisTitle)
                                .add("data", values)
                                .add("backgroundColor", colours)
                                .add("borderWidth", 0))))
                .add("options", Jsons.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Jsons.createObjectBuilder()
                                .add("legend", Jsons.createObjectBuilder().add("display", false)))
                        .add("scales", Jsons.createObjectBuilder()
                                .add("x", Jsons.createObjectBuilder().add("min", 0).add("max", 100)
                                        .add("title", Jsons.createObjectBuilder().add("display", true).add("text", axisTitle)))))
                .build().toString();
    }
}
