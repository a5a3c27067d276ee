package vnetlab.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes DOT text line by line in call order, so the same calls always give byte-identical DOT.
 *
 * <p>We write DOT ourselves instead of serialising graphviz-java's mutable graphs: the output order is exactly the
 * model's order, HTML labels and clusters need no extra types, and nothing heavy is initialised on the first render.
 *
 * <pre>{@code
 * var dot = new DotWriter("lab");
 * dot.openCluster("laptop", Attrs.of("label", "laptop"));
 * dot.node("laptop/vbox/web", Attrs.of("label", "web"));
 * dot.close();
 * dot.edge("home", "laptop/vbox/web", Attrs.none());
 * dot.text();   // digraph "lab" { ... }
 * }</pre>
 */
public final class DotWriter {
    private final StringBuilder out = new StringBuilder(4096);
    private final Set<String> nodes = new LinkedHashSet<>();
    private final List<String> labels = new ArrayList<>();
    private int depth = 1;
    private int clusters;
    private boolean finished;

    /** Starts a directed graph called {@code name}. */
    public DotWriter(String name) {
        out.append("digraph ").append(Attrs.quote(name)).append(" {\n");
    }

    /** Sets graph-wide attributes ({@code graph [...]}). */
    public DotWriter graph(Attrs attrs) {
        return statement("graph", attrs);
    }

    /** Sets default attributes for the nodes written after it. */
    public DotWriter nodeDefaults(Attrs attrs) {
        return statement("node", attrs);
    }

    /** Sets default attributes for the edges written after it. */
    public DotWriter edgeDefaults(Attrs attrs) {
        return statement("edge", attrs);
    }

    /** Opens a cluster (a box drawn around what follows until {@link #close()}); its id must be unique. */
    public DotWriter openCluster(String id, Attrs attrs) {
        indent().append("subgraph ").append(Attrs.quote("cluster_" + id)).append(" {\n");
        depth++;
        clusters++;
        remember(attrs);
        if (!attrs.isEmpty()) {
            indent().append("graph ");
            attrs.writeTo(out);
            out.append('\n');
        }
        return this;
    }

    /** Opens a subgraph whose nodes share one rank (drawn on one row). */
    public DotWriter openSameRank() {
        return openRank("same");
    }

    /** Opens a subgraph with a rank constraint: {@code same}, {@code min}, {@code source}, {@code max} or {@code sink}. */
    public DotWriter openRank(String rank) {
        indent().append("{ rank=").append(rank).append(";\n");
        depth++;
        return this;
    }

    /** Closes the innermost open cluster or same-rank group. */
    public DotWriter close() {
        if (depth <= 1) {
            throw new IllegalStateException("close() without an open cluster; open one with openCluster(...) first.");
        }
        depth--;
        indent().append("}\n");
        return this;
    }

    /** Writes a node; writing the same id twice is allowed (Graphviz merges attributes) but counted once. */
    public DotWriter node(String id, Attrs attrs) {
        nodes.add(id);
        remember(attrs);
        indent().append(Attrs.quote(id));
        if (!attrs.isEmpty()) {
            out.append(' ');
            attrs.writeTo(out);
        }
        out.append('\n');
        return this;
    }

    /** Writes an edge {@code from -> to}. */
    public DotWriter edge(String from, String to, Attrs attrs) {
        remember(attrs);
        indent().append(Attrs.quote(from)).append(" -> ").append(Attrs.quote(to));
        if (!attrs.isEmpty()) {
            out.append(' ');
            attrs.writeTo(out);
        }
        out.append('\n');
        return this;
    }

    /** Whether a node with this id has been written. */
    public boolean has(String id) {
        return nodes.contains(id);
    }

    /** How many distinct nodes have been written. */
    public int nodeCount() {
        return nodes.size();
    }

    /** How many clusters have been opened. */
    public int clusterCount() {
        return clusters;
    }

    /** The labels written so far, in order (the text a rendered SVG must contain). */
    public List<String> labels() {
        return List.copyOf(labels);
    }

    /** The finished DOT text; closes the graph the first time it is called. */
    public String text() {
        if (!finished) {
            if (depth != 1) {
                throw new IllegalStateException(
                        (depth - 1) + " cluster(s) still open; call close() for each openCluster(...) first.");
            }
            out.append("}\n");
            finished = true;
        }
        return out.toString();
    }

    private DotWriter statement(String keyword, Attrs attrs) {
        indent().append(keyword).append(' ');
        attrs.writeTo(out);
        out.append('\n');
        return this;
    }

    private void remember(Attrs attrs) {
        String label = attrs.value("label");
        if (label != null && !label.isEmpty()) {
            labels.add(label);
        }
    }

    private StringBuilder indent() {
        if (finished) {
            throw new IllegalStateException("the DOT text is finished; write everything before calling text().");
        }
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
        return out;
    }
}
