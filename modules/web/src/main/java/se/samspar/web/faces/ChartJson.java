package se.samspar.web.faces;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;

/**
 * Chart.js configurations for p:chart, as JSON. Every chart on a page sits beside a table of the
 * same figures, so the chart only repeats what the table says (WCAG 1.1.1). p:chart writes the JSON into a script
 * element as it is, and labels are names users typed: every configuration ends with {@link #forScript}.
 */
public final class ChartJson {
    /** Colours that keep 3:1 contrast against white, one per series or category. */
    static final List<String> PALETTE = List.of("#1f5f8b", "#2e7d32", "#b26a00", "#6a1b9a", "#c62828", "#455a64");
    /**
     * Looked up once: each of {@code Json}'s static methods looks the provider up again, reading the class path's
     * service files — a tenth of a dashboard's time under load (measured with Flight Recorder).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ChartJson() {
    }

    /** Bars from 0 to 100 %; a null value (nothing to roll up) is left out, not drawn as 0. */
    public static String percentBars(List<String> labels, List<Integer> values, String seriesLabel, boolean horizontal) {
        JsonArrayBuilder data = numbers(values);
        JsonObjectBuilder scale = JSON.createObjectBuilder().add("min", 0).add("max", 100);
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false)
                .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", false)))
                .add("scales", JSON.createObjectBuilder().add(horizontal ? "x" : "y", scale));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return forScript(JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder()
                        .add("labels", strings(labels))
                        .add("datasets", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("label", seriesLabel).add("data", data).add("backgroundColor", PALETTE.get(0)))))
                .add("options", options)
                .build().toString());
    }

    /** A doughnut of counts per category, one colour each. */
    public static String doughnut(List<String> labels, List<Integer> values, List<String> colours) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        values.forEach(data::add);
        return forScript(JSON.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", JSON.createObjectBuilder()
                        .add("labels", strings(labels))
                        .add("datasets", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("data", data).add("backgroundColor", strings(colours)))))
                .add("options", JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", JSON.createObjectBuilder().add("legend",
                                JSON.createObjectBuilder().add("position", "right"))))
                .build().toString());
    }

    /** Lines of measured values against horizontal lines for the baseline and the target. */
    public static String measurements(List<String> periods, List<Double> values, Double baseline, Double target,
                               String valueLabel, String baselineLabel, String targetLabel) {
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        datasets.add(line(valueLabel, values, PALETTE.get(0), false));
        if (baseline != null) {
            datasets.add(line(baselineLabel, periods.stream().map(p -> baseline).toList(), PALETTE.get(5), true));
        }
        if (target != null) {
            datasets.add(line(targetLabel, periods.stream().map(p -> target).toList(), PALETTE.get(1), true));
        }
        return forScript(JSON.createObjectBuilder()
                .add("type", "line")
                .add("data", JSON.createObjectBuilder().add("labels", strings(periods)).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString());
    }

    private static JsonObjectBuilder line(String label, List<Double> values, String colour, boolean dashed) {
        JsonArrayBuilder data = numbers(values);
        JsonObjectBuilder line = JSON.createObjectBuilder().add("label", label).add("data", data)
                .add("borderColor", colour).add("backgroundColor", colour).add("fill", false);
        if (dashed) {
            line.add("borderDash", JSON.createArrayBuilder().add(6).add(4)).add("pointRadius", 0);
        }
        return line;
    }

    /**
     * JSON that can stand inside a script element: {@code <}, {@code >} and {@code &} (which could end the script
     * or start markup, e.g. a name "&lt;/script&gt;") and the line separators U+2028 and U+2029 are written
     * as JSON unicode escapes. Outside strings JSON has none of these characters, so this changes no value.
     */
    public static String forScript(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Numbers as Chart.js takes them: a null (nothing to show) stays null, never 0. */
    private static JsonArrayBuilder numbers(List<? extends Number> values) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (Number v : values) {
            if (v == null) {
                data.addNull();
            } else if (v instanceof Integer i) {
                data.add(i);
            } else {
                data.add(v.doubleValue());
            }
        }
        return data;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }
}
