package vnetlab.diagram;

/**
 * The five layers of the course's visual language: each has its own colour family and its own border style, so a
 * reader who cannot tell the colours apart still tells the layers apart by line style and by label.
 *
 * <p>Colours come from the Okabe–Ito palette (safe for the common colour-vision deficiencies); fills are light tints
 * drawn on the diagram's own white background, so a diagram reads the same in light and dark Jupyter themes.
 *
 * <pre>{@code
 * Layer.HYPERVISOR.border()   // "dashed"
 * }</pre>
 */
public enum Layer {
    /** Real machines, real LANs and routers. Solid borders. */
    PHYSICAL("physical", "#0072B2", "#DDEBF7", "#F4F9FD", "solid"),
    /** Hypervisors, VMs and their virtual switches and NAT engines. Dashed borders. */
    HYPERVISOR("hypervisor / VM", "#B34700", "#FBE3D3", "#FEF6F0", "dashed"),
    /** Container runtimes, bridges and containers. Dotted borders. */
    CONTAINER("container", "#007A5A", "#D5F0E6", "#F1FAF6", "dotted"),
    /** Kubernetes clusters, nodes, pods, Services and ingress. Bold borders. */
    KUBERNETES("Kubernetes", "#8E3B74", "#F4E1EE", "#FBF3F8", "bold"),
    /** The internet and hosts on it. Solid grey, rounded. */
    INTERNET("internet", "#555555", "#EEEEEE", "#F8F8F8", "solid");

    private final String word;
    private final String stroke;
    private final String fill;
    private final String clusterFill;
    private final String border;

    Layer(String word, String stroke, String fill, String clusterFill, String border) {
        this.word = word;
        this.stroke = stroke;
        this.fill = fill;
        this.clusterFill = clusterFill;
        this.border = border;
    }

    /** The layer's name as the legend prints it. */
    public String word() {
        return word;
    }

    /** The strong colour of borders, edges and cluster titles (contrast ≥ 4.5:1 on white). */
    public String stroke() {
        return stroke;
    }

    /** The light tint filling shapes and clusters. */
    public String fill() {
        return fill;
    }

    /** The paler tint filling boxes drawn around things (clusters), so the shapes inside stand out. */
    public String clusterFill() {
        return clusterFill;
    }

    /** The Graphviz line style of this layer's borders: solid, dashed, dotted or bold. */
    public String border() {
        return border;
    }
}
