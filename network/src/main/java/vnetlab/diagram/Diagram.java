package vnetlab.diagram;

import java.util.List;
import java.util.Optional;

/**
 * One picture of a lab, cluster, layer stack or trace: its DOT source, its SVG drawn by Graphviz (bounded in time
 * and size) and a text rendering for when there is no picture.
 *
 * <pre>{@code
 * Diagram d = Diagrams.of(lab).orElseThrow();
 * d.dot()    // the Graphviz source, byte-identical for the same lab
 * d.svg()    // Optional[<svg ...>], empty when Graphviz is missing or the graph is too large
 * d.text()   // laptop ⊃ VirtualBox ⊃ web, dev, db …
 * }</pre>
 */
public final class Diagram {
    /** Graphs with more nodes than this are not drawn (an unreadable picture and a slow render): text instead. */
    public static final int MAX_NODES = 2000;

    private final String title;
    private final String dot;
    private final String text;
    private final int nodes;
    private final List<String> labels;
    private final String legend;
    private volatile Rendering rendering;

    Diagram(String title, DotWriter dot, String text) {
        this(title, dot, text, "");
    }

    Diagram(String title, DotWriter dot, String text, String legend) {
        this.title = title;
        this.dot = dot.text();
        this.text = text;
        this.nodes = dot.nodeCount();
        this.labels = dot.labels();
        this.legend = legend;
    }

    /**
     * The legend of the shapes this picture draws, as HTML to show under it (empty when it has none): outside the
     * picture, so it never makes the picture wider and its text keeps the page's size.
     */
    public String legendHtml() {
        return legend;
    }

    /** The diagram's title (the lab's name, "trace phone → web :80", …). */
    public String title() {
        return title;
    }

    /** The Graphviz DOT source; the same model always gives the same bytes. */
    public String dot() {
        return dot;
    }

    /** How many nodes the graph has. */
    public int nodeCount() {
        return nodes;
    }

    /** Every label written into the graph, in order (a drawn SVG shows each of them). */
    public List<String> labels() {
        return labels;
    }

    /** Draws the diagram once with the current engine and remembers the result. */
    public Rendering render() {
        Rendering r = rendering;
        if (r == null) {
            r = render(Engines.current());
            rendering = r;
        }
        return r;
    }

    /** Draws the diagram with {@code engine} (not remembered). */
    public Rendering render(GraphvizEngine engine) {
        if (nodes > MAX_NODES) {
            return new Rendering.Failed("this diagram has " + nodes + " nodes, more than the " + MAX_NODES
                    + " a picture can show readably, so it is shown as text; draw one host or cluster at a time.");
        }
        return engine.render(dot);
    }

    /** The SVG picture, or empty when it could not be drawn ({@link #render()} says why). */
    public Optional<String> svg() {
        return render().svg();
    }

    /** The diagram as indented text: what a terminal or a notebook without Graphviz shows. */
    public String text() {
        return text;
    }

    /** The text rendering, preceded by the reason there is no picture when drawing failed. */
    public String textWithNote() {
        Rendering r = render();
        return r instanceof Rendering.Failed f ? "(" + f.reason() + ")\n" + text : text;
    }

    @Override
    public String toString() {
        return text;
    }
}
