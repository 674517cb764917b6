package org.triagedesk.web;

import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.triagedesk.classification.entity.Classification;
import org.triagedesk.classification.entity.CoverageArea;

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
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (CoverageArea area : CoverageArea.values()) {
            labels.add(label.apply(area));
            double score = classification.areaScores().getOrDefault(area, 0.0);
            values.add(Math.round(score * 1000) / 10.0);
            colours.add(area == classification.area() ? CHOSEN : OTHER);
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", axisTitle)
                                .add("data", values)
                                .add("backgroundColor", colours)
                                .add("borderWidth", 0))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("min", 0).add("max", 100)
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", axisTitle)))))
                .build().toString();
    }
}
