package vnetlab.diagram;

/**
 * Every kind of thing a diagram draws, with its layer and its Graphviz shape: the one place the visual language lives.
 *
 * <p>Shapes carry meaning on their own (never colour alone): machines are boxes, VMs are 3-D boxes, containers are
 * tabs, pods are rounded boxes, switches and bridges are hexagons, NAT is a yellow double octagon you can point at,
 * load balancers and Services are trapeziums that fan out to their endpoints, an ingress is a house, the internet an
 * ellipse, and a drop a red octagon that says "dropped".
 *
 * <pre>{@code
 * Element.VM.attrs("web\n192.168.1.3")   // [shape="box3d", style="filled,dashed", ...]
 * }</pre>
 */
public enum Element {
    /** A LAN or physical switch, drawn as a wide bar with its CIDR. */
    LAN(Layer.PHYSICAL, "box", "filled,bold", "LAN / switch"),
    /** A router (it may also NAT; then its label says so). */
    ROUTER(Layer.PHYSICAL, "octagon", "filled", "router"),
    /** A physical host's own network interface (the host's node inside its box). */
    HOST(Layer.PHYSICAL, "box", "filled", "host"),
    /** A NAT engine or masquerading firewall: many inside addresses become one outside address. */
    NAT(Layer.HYPERVISOR, "doubleoctagon", "filled", "NAT"),
    /** A virtual switch or bridge: vboxnet0, VMnet1, virbr0, docker0, br-…, cni0, flannel.1. */
    SWITCH(Layer.HYPERVISOR, "hexagon", "filled,dashed", "virtual switch / bridge"),
    /** A virtual machine. */
    VM(Layer.HYPERVISOR, "box3d", "filled,dashed", "VM"),
    /** A container (Docker, or inside a pod). */
    CONTAINER(Layer.CONTAINER, "tab", "filled,dotted", "container"),
    /** A bridge network of a container runtime. */
    BRIDGE(Layer.CONTAINER, "hexagon", "filled,dotted", "container bridge"),
    /** A Kubernetes pod. */
    POD(Layer.KUBERNETES, "box", "filled,rounded,bold", "pod"),
    /** A Kubernetes Service or a load balancer, fanning out to its endpoints. */
    SERVICE(Layer.KUBERNETES, "trapezium", "filled,bold", "Service / load balancer"),
    /** An ingress controller with its rules. */
    INGRESS(Layer.KUBERNETES, "house", "filled,bold", "ingress"),
    /** The internet. */
    INTERNET(Layer.INTERNET, "ellipse", "filled", "internet"),
    /** A named host on the internet. */
    INTERNET_HOST(Layer.INTERNET, "box", "filled,rounded", "internet host"),
    /** Where a trace was dropped. */
    DROP(Layer.INTERNET, "octagon", "filled,bold", "dropped");

    /** The yellow that marks NAT in every layer (Okabe–Ito yellow). */
    static final String NAT_FILL = "#F0E442";
    /** The trace path colour (Okabe–Ito orange) and the drop colours. */
    static final String PATH = "#E69F00";
    static final String DROP_FILL = "#FFD9D9";
    static final String DROP_STROKE = "#B00000";

    private final Layer layer;
    private final String shape;
    private final String style;
    private final String word;

    Element(Layer layer, String shape, String style, String word) {
        this.layer = layer;
        this.shape = shape;
        this.style = style;
        this.word = word;
    }

    /** The layer whose colours this element wears. */
    public Layer layer() {
        return layer;
    }

    /** The Graphviz shape. */
    public String shape() {
        return shape;
    }

    /** What the legend calls this element. */
    public String word() {
        return word;
    }

    /** Node attributes for this element with a plain-text label ({@code \n} breaks lines). */
    public Attrs attrs(String label) {
        return base().and("label", label);
    }

    /** Node attributes for this element with an HTML-like label (already escaped). */
    public Attrs htmlAttrs(String markup) {
        return base().html("label", markup);
    }

    /** The same element drawn in another layer's colours (a NAT engine of Docker is still NAT). */
    Attrs attrsIn(Layer other, String label) {
        return base().and("color", other.stroke()).and("label", label);
    }

    private Attrs base() {
        String fill = switch (this) {
            case NAT -> NAT_FILL;
            case DROP -> DROP_FILL;
            default -> layer.fill();
        };
        String stroke = this == DROP ? DROP_STROKE : layer.stroke();
        return Attrs.of("shape", shape).and("style", style).and("color", stroke).and("fillcolor", fill);
    }
}
