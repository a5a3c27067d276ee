package vnetlab.diagram;

/**
 * Graph-wide defaults of the course's diagrams: fonts of at least 12 pt, a white background of their own (readable in
 * dark Jupyter themes too), ranks from the internet downwards, and boxes (clusters) styled by layer.
 *
 * <pre>{@code
 * var dot = new DotWriter("lab");
 * Theme.start(dot, "Bridged vs NAT");
 * dot.openCluster("laptop", Theme.box(Layer.PHYSICAL, "laptop"));
 * }</pre>
 */
public final class Theme {
    /** Sans-serif fonts in preference order: dot measures with the first it finds, the browser draws likewise. */
    public static final String FONT = "Helvetica,Arial,sans-serif";
    /** Node labels: 14 pt. */
    public static final String NODE_SIZE = "14";
    /** Edge labels and legend rows: 12 pt, the smallest size a projector still shows. */
    public static final String EDGE_SIZE = "12";
    /** Body text colour (near black, on the diagram's white background). */
    public static final String INK = "#1A1A1A";
    /** Colour of plain links. */
    public static final String LINK = "#4D4D4D";

    private Theme() {
    }

    /** Writes the graph, node and edge defaults and the title. */
    public static void start(DotWriter dot, String title) {
        dot.graph(Attrs.of("label", title)
                .and("labelloc", "t")
                .and("fontname", FONT)
                .and("fontsize", "18")
                .and("fontcolor", INK)
                .and("bgcolor", "white")
                .and("pad", "0.25")
                .and("nodesep", "0.35")
                .and("ranksep", "0.55")
                .and("newrank", "true")
                .and("compound", "true"));
        dot.nodeDefaults(Attrs.of("fontname", FONT)
                .and("fontsize", NODE_SIZE)
                .and("fontcolor", INK)
                .and("penwidth", "1.5")
                .and("margin", "0.14,0.06"));
        dot.edgeDefaults(Attrs.of("fontname", FONT)
                .and("fontsize", EDGE_SIZE)
                .and("fontcolor", INK)
                .and("color", LINK)
                .and("penwidth", "1.3")
                .and("arrowsize", "0.7"));
    }

    /** Attributes of a box drawn around the parts of something (a host, hypervisor, engine, cluster, node). */
    public static Attrs box(Layer layer, String label) {
        return Attrs.of("label", label)
                .and("style", "rounded,filled," + layer.border())
                .and("color", layer.stroke())
                .and("fillcolor", layer.clusterFill())
                .and("fontcolor", layer.stroke())
                .and("fontsize", NODE_SIZE)
                .and("penwidth", "1.5")
                .and("labeljust", "l");
    }

    /** A plain link (cable or virtual wire) between two nodes, in the colour of the layer it belongs to. */
    public static Attrs link(Layer layer) {
        return Attrs.of("dir", "none").and("color", layer.stroke()).and("style", layer.border());
    }
}
