package vnetlab.diagram;

import java.util.List;

/**
 * Draws a layer stack (chapter 3) as one table: hardware at the bottom, the host OS kernel above it spanning every
 * column, then side by side a hypervisor whose guests each bring their own OS kernel and a container runtime whose
 * containers have none, so the shared layers are visibly shared.
 *
 * <pre>{@code
 * StackPicture.draw("laptop", "Linux", List.of(
 *     new StackPicture.Column("VirtualBox", "hypervisor", false, List.of(new StackPicture.Guest("web", "Ubuntu"))),
 *     new StackPicture.Column("Docker Engine", "container runtime", true, List.of(new StackPicture.Guest("api", "")))))
 * }</pre>
 */
public final class StackPicture {

    /** One guest: a VM with its own {@code kernel}, or a container (kernel empty: it shares the host's). */
    public record Guest(String name, String kernel) {
    }

    /** One runtime standing on the host kernel: a hypervisor ({@code containers} false) or a container runtime. */
    public record Column(String runtime, String role, boolean containers, List<Guest> guests) {
        public Column {
            guests = List.copyOf(guests);
        }

        int width() {
            return Math.max(1, guests.size());
        }
    }

    private StackPicture() {
    }

    /** The layer stack of {@code host} with host kernel {@code hostKernel} and the given runtimes, left to right. */
    public static Diagram draw(String host, String hostKernel, List<Column> columns) {
        DotWriter dot = new DotWriter("layers of " + host);
        Theme.start(dot, "Layers of " + host);
        int width = Math.max(1, columns.stream().mapToInt(Column::width).sum());
        StringBuilder t = new StringBuilder();
        t.append("<TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"8\">");
        // row 1: what runs (apps), with each VM's own kernel underneath, containers spanning both rows
        t.append("<TR>");
        for (Column c : columns) {
            Layer layer = c.containers() ? Layer.CONTAINER : Layer.HYPERVISOR;
            if (c.guests().isEmpty()) {
                t.append(cell(layer, layer.clusterFill(), 2, 1,
                        "<I>" + (c.containers() ? "no containers yet" : "no VMs yet") + "</I>"));
            }
            for (Guest g : c.guests()) {
                if (c.containers()) {
                    t.append(cell(layer, layer.fill(), 2, 1, "<B>" + Attrs.escape(g.name()) + "</B><BR/>"
                            + "container: app + libraries<BR/><I>no kernel of its own:<BR/>shares the host kernel</I>"));
                } else {
                    t.append(cell(layer, layer.fill(), 1, 1, "<B>" + Attrs.escape(g.name()) + "</B><BR/>VM: apps"));
                }
            }
        }
        if (columns.isEmpty()) {
            t.append(cell(Layer.PHYSICAL, Layer.PHYSICAL.clusterFill(), 2, 1, "<I>no hypervisor or containers</I>"));
        }
        t.append("</TR><TR>");
        for (Column c : columns) {
            if (!c.containers()) {
                for (Guest g : c.guests()) {
                    String kernel = g.kernel().isBlank() ? "guest OS" : g.kernel();
                    t.append(cell(Layer.HYPERVISOR, Layer.HYPERVISOR.fill(), 1, 1,
                            "own kernel:<BR/>" + Attrs.escape(kernel)));
                }
            }
        }
        t.append("</TR><TR>");
        for (Column c : columns) {
            Layer layer = c.containers() ? Layer.CONTAINER : Layer.HYPERVISOR;
            t.append(cell(layer, layer.fill(), 1, c.width(),
                    "<B>" + Attrs.escape(c.runtime()) + "</B> (" + Attrs.escape(c.role()) + ")"));
        }
        if (columns.isEmpty()) {
            t.append(cell(Layer.PHYSICAL, Layer.PHYSICAL.clusterFill(), 1, 1, " "));
        }
        t.append("</TR><TR>");
        t.append(cell(Layer.PHYSICAL, Layer.PHYSICAL.fill(), 1, width,
                "<B>host OS kernel</B>: " + Attrs.escape(hostKernel) + " (shared by every container)"));
        t.append("</TR><TR>");
        t.append(cell(Layer.PHYSICAL, Layer.PHYSICAL.fill(), 1, width,
                "<B>hardware</B> of " + Attrs.escape(host) + ": CPU, memory, disk, NIC"));
        t.append("</TR></TABLE>");
        dot.node("layers", Attrs.of("shape", "plain").html("label", t.toString()));
        return new Diagram("Layers of " + host, dot, text(host, hostKernel, columns));
    }

    private static String cell(Layer layer, String fill, int rows, int cols, String markup) {
        return "<TD ROWSPAN=\"" + rows + "\" COLSPAN=\"" + cols + "\" BGCOLOR=\"" + fill + "\" COLOR=\""
                + layer.stroke() + "\" BORDER=\"2\"" + (layer == Layer.PHYSICAL ? "" : " STYLE=\"" + cellStyle(layer) + "\"")
                + ">" + markup + "</TD>";
    }

    private static String cellStyle(Layer layer) {
        return layer == Layer.CONTAINER ? "dotted" : "dashed";
    }

    private static String text(String host, String hostKernel, List<Column> columns) {
        StringBuilder b = new StringBuilder();
        b.append("Layers of ").append(host).append(" (top to bottom)\n");
        for (Column c : columns) {
            b.append("  ").append(c.runtime()).append(" (").append(c.role()).append("):");
            if (c.guests().isEmpty()) {
                b.append(c.containers() ? " no containers yet" : " no VMs yet");
            }
            b.append('\n');
            for (Guest g : c.guests()) {
                b.append("    ").append(g.name()).append(c.containers()
                        ? ": container, no kernel of its own (uses the host kernel)"
                        : ": VM with its own kernel (" + (g.kernel().isBlank() ? "guest OS" : g.kernel()) + ")")
                        .append('\n');
            }
        }
        b.append("  host OS kernel: ").append(hostKernel).append(" (shared by every container)\n");
        b.append("  hardware of ").append(host).append(": CPU, memory, disk, NIC\n");
        return b.toString();
    }
}
