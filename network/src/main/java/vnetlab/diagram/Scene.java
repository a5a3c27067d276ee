package vnetlab.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A picture in the course's own words before it becomes DOT: boxes that contain boxes and things (hosts ⊃
 * hypervisors ⊃ VMs), things with an {@link Element} shape, and links between things with interface addresses at
 * their ends. The model and trace drawings fill a scene; the scene writes deterministic DOT and a text rendering.
 *
 * <pre>{@code
 * var scene = new Scene("Bridged vs NAT");
 * scene.thing("INTERNET", Element.INTERNET, "internet");
 * var laptop = scene.box("laptop", Layer.PHYSICAL, "laptop");
 * laptop.thing("laptop/vbox/web", Element.VM, "web", "bridged");
 * scene.link("home", "laptop/vbox/web").head("192.168.1.3");
 * scene.draw();   // a Diagram
 * }</pre>
 */
public final class Scene {
    private final String title;
    private final Box root;
    private final Map<String, Thing> things = new LinkedHashMap<>();
    private final List<Link> links = new ArrayList<>();
    private final List<List<String>> sameRanks = new ArrayList<>();
    private final List<Layer> legend = new ArrayList<>();

    /** An empty scene with a title. */
    public Scene(String title) {
        this.title = title;
        this.root = new Box(this, "", Layer.PHYSICAL, "");
    }

    /** The title drawn above the picture. */
    public String title() {
        return title;
    }

    /** A top-level box (a cluster drawn around its contents). */
    public Box box(String id, Layer layer, String label) {
        return root.box(id, layer, label);
    }

    /** A top-level thing; {@code lines[0]} is its name (bold), the rest are details such as addresses. */
    public Thing thing(String id, Element element, String... lines) {
        return root.thing(id, element, lines);
    }

    /** Whether a thing with this id is in the scene. */
    public boolean has(String id) {
        return things.containsKey(id);
    }

    /** A link from {@code from} to {@code to} (drawn top to bottom: write it from the internet side). */
    public Link link(String from, String to) {
        Link l = new Link(from, to);
        links.add(l);
        return l;
    }

    /** Asks Graphviz to put these things on one row. */
    public Scene sameRank(String... ids) {
        sameRanks.add(List.of(ids));
        return this;
    }

    /** Shows a legend row for each of these layers (in the order given). */
    public Scene legend(Layer... layers) {
        for (Layer l : layers) {
            if (!legend.contains(l)) {
                legend.add(l);
            }
        }
        return this;
    }

    /**
     * Highlights a path through the scene: each hop's thing is labelled "hop n", every link taken after hop n is drawn
     * thick and labelled "(n)" with the rewrite hop n made on the first of them, and a drop is marked where it happened. A step whose
     * id is not in the scene is matched by its owner ({@code a/b/c} → {@code a/b} → {@code a}), then by its last name
     * segment, then by its name; failing all that it is added as a thing of its own. Two steps without a link between
     * them are joined through a thing linked to both (host → iptables NAT → docker0), else by a new arrow.
     */
    public Scene path(List<Step> steps, String dropReason) {
        new PathDrawing(this, things, links).draw(steps, dropReason);
        return this;
    }

    /**
     * One step of a highlighted path: the thing it passed ({@code id}, else {@code where} by name), its hop number
     * (0 for a network the packet crossed between hops) and the rewrite made there, written on the link leaving it.
     */
    public record Step(String id, String where, int hop, String leaving) {
    }

    /** The links so far, in order. */
    public List<Link> links() {
        return List.copyOf(links);
    }

    /** The finished picture. */
    public Diagram draw() {
        return draw(title, null);
    }

    /** The finished picture under another title, with {@code text} (or the scene's own) as its text rendering. */
    Diagram draw(String title, String text) {
        DotWriter dot = new DotWriter(title);
        Theme.start(dot, title);
        for (Object part : root.parts) {
            write(dot, part);
        }
        for (List<String> rank : sameRanks) {
            dot.openSameRank();
            for (String id : rank) {
                dot.node(id, Attrs.none());
            }
            dot.close();
        }
        for (Link l : links) {
            dot.edge(l.from, l.to, l.attrs());
        }
        String key = "";
        if (!legend.isEmpty()) {
            java.util.Set<Element> used = java.util.EnumSet.noneOf(Element.class);
            things.values().forEach(t -> used.add(t.element));
            key = Legend.html(legend, used);
        }
        return new Diagram(title, dot, text == null ? text() : text, key);
    }

    private void write(DotWriter dot, Object part) {
        if (part instanceof Box b) {
            dot.openCluster(b.id, b.attrs());
            for (Object inner : b.parts) {
                write(dot, inner);
            }
            dot.close();
        } else {
            Thing t = (Thing) part;
            dot.node(t.id, t.attrs());
        }
    }

    /** The scene as indented text: boxes, things with their details, then the links. */
    public String text() {
        StringBuilder b = new StringBuilder(title).append('\n');
        for (Object part : root.parts) {
            text(b, part, 1);
        }
        if (!links.isEmpty()) {
            b.append("links:\n");
            for (Link l : links) {
                b.append("  ").append(name(l.from));
                if (!l.tail.isEmpty()) {
                    b.append(" (").append(l.tail).append(')');
                }
                b.append(l.directed ? " → " : " — ").append(name(l.to));
                if (!l.head.isEmpty()) {
                    b.append(" (").append(l.head).append(')');
                }
                if (!l.label.isEmpty()) {
                    b.append(": ").append(l.label.replace('\n', ' '));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private String name(String id) {
        Thing t = things.get(id);
        return t == null ? id : t.lines.get(0);
    }

    private void text(StringBuilder b, Object part, int depth) {
        b.append("  ".repeat(depth));
        if (part instanceof Box box) {
            b.append(box.label.replace('\n', ' ')).append(" [").append(box.layer.word()).append("]\n");
            for (Object inner : box.parts) {
                text(b, inner, depth + 1);
            }
        } else {
            Thing t = (Thing) part;
            b.append(String.join(", ", t.lines)).append(" (").append(t.element.word()).append(")\n");
        }
    }

    /** "hop 2", or "hops 2, 5" for a thing or link the path passes twice (never "2,5", which reads as 2.5). */
    static String hops(String numbers) {
        return numbers.contains(",") ? "hops " + numbers.replace(",", ", ") : "hop " + numbers;
    }

    /** A box drawn around things: a host, a hypervisor, a Docker engine, a cluster, a node. */
    public static final class Box {
        private final Scene scene;
        private final String id;
        private final Layer layer;
        private final String label;
        private final List<Object> parts = new ArrayList<>();

        private Box(Scene scene, String id, Layer layer, String label) {
            this.scene = scene;
            this.id = id;
            this.layer = layer;
            this.label = label;
        }

        /** A box inside this one. */
        public Box box(String id, Layer layer, String label) {
            Box b = new Box(scene, id, layer, label);
            parts.add(b);
            return b;
        }

        /** A thing inside this box; {@code lines[0]} is its name. */
        public Thing thing(String id, Element element, String... lines) {
            if (lines.length == 0) {
                throw new IllegalArgumentException("thing \"" + id + "\" needs at least a name line");
            }
            if (scene.things.containsKey(id)) {
                throw new IllegalArgumentException("thing \"" + id + "\" is already in the scene; ids must be unique");
            }
            Thing t = new Thing(id, element, List.of(lines));
            scene.things.put(id, t);
            parts.add(t);
            return t;
        }

        Attrs attrs() {
            return Theme.box(layer, label);
        }
    }

    /** One drawn thing (a Graphviz node). */
    public static final class Thing {
        private final String id;
        private final Element element;
        private final List<String> lines;
        private Layer colours;
        private String mark = "";
        private boolean onPath;

        private Thing(String id, Element element, List<String> lines) {
            this.id = id;
            this.element = element;
            this.lines = lines;
        }

        /** Draws this thing in another layer's colours (a NAT engine of Docker, a bridge of a hypervisor). */
        public Thing in(Layer layer) {
            this.colours = layer;
            return this;
        }

        /** The id (a name path such as {@code laptop/vbox/dev}). */
        public String id() {
            return id;
        }

        /** The lines of its label: name first. */
        public List<String> lines() {
            return lines;
        }

        void highlight(String number) {
            onPath = true;
            mark = mark.isEmpty() ? number : mark + "," + number;
        }

        Attrs attrs() {
            StringBuilder html = new StringBuilder("<B>").append(Attrs.escape(lines.get(0))).append("</B>");
            for (int i = 1; i < lines.size(); i++) {
                html.append("<BR/>").append(Attrs.escape(lines.get(i)));
            }
            Attrs a = element.htmlAttrs(html.toString());
            if (colours != null && element != Element.NAT) {
                a.and("color", colours.stroke()).and("fillcolor", colours.fill());
            } else if (colours != null) {
                a.and("color", colours.stroke());
            }
            if (onPath) {
                a.and("penwidth", "3.5").and("color", element == Element.DROP ? Element.DROP_STROKE : Element.PATH)
                        .and("xlabel", hops(mark)).and("fontcolor", Theme.INK);
            }
            return a;
        }
    }

    /** A link between two things: a wire (undirected) or a rule such as a port forward (a dashed arrow). */
    public static final class Link {
        private final String from;
        private final String to;
        private String label = "";
        private String head = "";
        private String tail = "";
        private Layer layer = Layer.PHYSICAL;
        private boolean directed;
        private boolean rule;
        private boolean constraint = true;
        private String pathNumber = "";
        private boolean drop;

        private Link(String from, String to) {
            this.from = from;
            this.to = to;
        }

        /** Text along the link (a rule, a mode such as "bridged"). */
        public Link label(String text) {
            this.label = text;
            return this;
        }

        /** The address at the {@code to} end (e.g. the VM's NIC). */
        public Link head(String address) {
            this.head = address;
            return this;
        }

        /** The address at the {@code from} end (e.g. the router's LAN side). */
        public Link tail(String address) {
            this.tail = address;
            return this;
        }

        /** Colours and line style of this layer (a virtual wire is dashed, a container's dotted). */
        public Link in(Layer layer) {
            this.layer = layer;
            return this;
        }

        /** A forwarding rule or published port: a dashed arrow that does not push things apart. */
        public Link rule() {
            this.rule = true;
            this.directed = true;
            this.constraint = false;
            return this;
        }

        /** Does not influence the ranks (for links drawn across the layout). */
        public Link loose() {
            this.constraint = false;
            return this;
        }

        /** An arrow (the default is a plain wire). */
        public Link arrow() {
            this.directed = true;
            return this;
        }

        /** The thing this link starts at. */
        public String from() {
            return from;
        }

        /** The thing this link ends at. */
        public String to() {
            return to;
        }

        boolean isRule() {
            return rule;
        }

        boolean isDrop() {
            return drop;
        }

        boolean joins(String a, String b) {
            return from.equals(a) && to.equals(b) || from.equals(b) && to.equals(a);
        }

        void onPath(String number, String text) {
            if (!("," + pathNumber + ",").contains("," + number + ",")) {
                pathNumber = pathNumber.isEmpty() ? number : pathNumber + "," + number;
            }
            if (!text.isEmpty()) {
                label = label.isEmpty() ? text : label + "\n" + text;
            }
        }

        void drop() {
            this.drop = true;
        }

        Attrs attrs() {
            Attrs a = Attrs.none();
            if (!directed) {
                a.and("dir", "none");
            } else if (rule) {
                a.and("arrowhead", "vee");
            }
            String style = rule ? "dashed" : layer.border();
            a.and("color", rule ? Theme.LINK : layer.stroke()).and("style", style);
            String number = pathNumber.isEmpty() ? "" : hops(pathNumber) + ":";
            String text = label.isEmpty() ? number : number.isEmpty() ? label : number + " " + label;
            if (!text.isEmpty()) {
                a.and("label", " " + text + " ");
            }
            if (!head.isEmpty()) {
                a.and("headlabel", head);
            }
            if (!tail.isEmpty()) {
                a.and("taillabel", tail);
            }
            if (!head.isEmpty() || !tail.isEmpty()) {
                a.and("labelfontsize", Theme.EDGE_SIZE).and("labeldistance", "2.2").and("labelangle", "28");
            }
            if (!constraint) {
                a.and("constraint", "false");
            }
            if (!pathNumber.isEmpty()) {
                a.and("color", drop ? Element.DROP_STROKE : Element.PATH).and("penwidth", "3.5")
                        .and("style", "bold").and("fontcolor", Theme.INK);
            }
            return a;
        }
    }
}
