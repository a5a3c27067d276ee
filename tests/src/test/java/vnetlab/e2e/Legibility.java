package vnetlab.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legibility budget of a picture on a projector: Jupyter Notebook 6 in a 1024×768 window gives an output
 * {@value #OUTPUT_WIDTH} px wide; a picture there must show no text under {@value #MIN_TEXT} px, be at most
 * {@value #SCREEN_HEIGHT} px tall (one screen of notebook) and never scroll sideways.
 *
 * <p>Computed from the SVG as Notebook 6 lays it out (checked in Chromium by tests/browser/legibility.mjs): an SVG
 * inside {@code text/html} is shrunk to the output's width ({@code max-width:100%; height:auto}, Notebook's own CSS
 * for {@code div.output_area svg}); an {@code image/svg+xml} shown on its own keeps its natural size. Graphviz writes
 * sizes in points (4/3 px) and font sizes in viewBox units; the text's size on screen is font size × (shown width /
 * viewBox width) × the drawing's own scale.
 *
 * <pre>{@code
 * Legibility.measure(svg, true)   // Size[width=767.0, height=412.0, smallestText=11.6]
 * }</pre>
 */
final class Legibility {
    /** The width a picture gets in Notebook 6's output at a 1024-px window (measured in Chromium: 778 px less padding). */
    static final double OUTPUT_WIDTH = 767;
    static final double SCREEN_HEIGHT = 600;
    static final double MIN_TEXT = 10;

    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern FONT = Pattern.compile("font-size=\"([0-9.]+)\"");
    private static final Pattern SCALE = Pattern.compile("<g [^>]*transform=\"scale\\(([0-9.]+)");

    private Legibility() {
    }

    /** A picture's size as Notebook 6 shows it, in CSS pixels. */
    record Size(double width, double height, double smallestText) {
        /** What breaks the budget, e.g. "text 7.9 px (under 10)", or empty. */
        List<String> problems() {
            List<String> p = new ArrayList<>();
            if (smallestText < MIN_TEXT) {
                p.add(String.format("text %.1f px (under %.0f)", smallestText, MIN_TEXT));
            }
            if (height > SCREEN_HEIGHT) {
                p.add(String.format("%.0f px tall (over %.0f)", height, SCREEN_HEIGHT));
            }
            if (width > OUTPUT_WIDTH) {
                p.add(String.format("%.0f px wide: scrolls sideways (over %.0f)", width, OUTPUT_WIDTH));
            }
            return p;
        }

        @Override
        public String toString() {
            return String.format("%.0f×%.0f px, smallest text %.1f px", width, height, smallestText);
        }
    }

    /** The size of one SVG shown at the output's width ({@code scalable}: inside HTML) or at its natural size. */
    static Size measure(String svg, boolean scalable) {
        Matcher tag = SVG_TAG.matcher(svg);
        if (!tag.find()) {
            throw new IllegalArgumentException("not an SVG: " + svg.substring(0, Math.min(60, svg.length())));
        }
        String head = tag.group();
        double width = pixels(attribute(head, "width"));
        double height = pixels(attribute(head, "height"));
        String[] box = attribute(head, "viewBox").trim().split("[ ,]+");
        double unit = width / Double.parseDouble(box[2]);
        Matcher scale = SCALE.matcher(svg);
        double drawing = scale.find() ? Double.parseDouble(scale.group(1)) : 1;
        double smallest = Double.MAX_VALUE;
        for (Matcher f = FONT.matcher(svg); f.find(); ) {
            smallest = Math.min(smallest, Double.parseDouble(f.group(1)));
        }
        double shown = scalable ? Math.min(width, OUTPUT_WIDTH) : width;
        double k = shown / width;
        return new Size(shown, height * k, smallest == Double.MAX_VALUE ? Double.MAX_VALUE : smallest * unit * drawing * k);
    }

    /**
     * One line per picture of an executed notebook that breaks the budget: the notebook, the cell (number and first
     * line) and the size.
     */
    static List<String> problems(String notebook, JsonNode executed) {
        List<String> problems = new ArrayList<>();
        for (Shown s : pictures(executed)) {
            List<String> p = s.size().problems();
            if (!p.isEmpty()) {
                problems.add(notebook + " code cell " + s.cell() + " (" + s.firstLine() + "): " + s.size() + ": "
                        + String.join(", ", p));
            }
        }
        return problems;
    }

    /** A picture an executed notebook shows: its cell and its size there. */
    record Shown(int cell, String firstLine, Size size) {
    }

    /** Every picture of an executed notebook, as Notebook 6 would show it (HTML before a bare SVG). */
    static List<Shown> pictures(JsonNode executed) {
        List<Shown> shown = new ArrayList<>();
        int index = 0;
        for (JsonNode cell : NotebookExecutionTest.codeCells(executed)) {
            index++;
            String source = String.join("", texts(cell.path("source"))).strip();
            String first = source.contains("\n") ? source.substring(0, source.indexOf('\n')) + " …" : source;
            for (JsonNode output : cell.path("outputs")) {
                JsonNode data = output.path("data");
                if (data.has("text/html")) {
                    Matcher m = SVG.matcher(String.join("", texts(data.path("text/html"))));
                    while (m.find()) {
                        shown.add(new Shown(index, first, measure(m.group(), true)));
                    }
                } else if (data.has("image/svg+xml")) {
                    shown.add(new Shown(index, first, measure(String.join("", texts(data.path("image/svg+xml"))), false)));
                }
            }
        }
        return shown;
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(tag);
        if (!m.find()) {
            throw new IllegalArgumentException("the SVG has no " + name + ": " + tag);
        }
        return m.group(1);
    }

    private static double pixels(String length) {
        if (length.endsWith("pt")) {
            return Double.parseDouble(length.substring(0, length.length() - 2)) * 4 / 3;
        }
        if (length.endsWith("px")) {
            return Double.parseDouble(length.substring(0, length.length() - 2));
        }
        return Double.parseDouble(length);
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isTextual()) {
            texts.add(node.asText());
        } else {
            node.forEach(n -> texts.add(n.asText()));
        }
        return texts;
    }
}
