package vnetlab.diagram;

import java.util.ArrayList;
import java.util.List;
import vnetlab.model.LayerStack;

/**
 * Draws a layer stack (chapter 3) as one table: hardware at the bottom, the host OS kernel above it spanning every
 * column, then side by side each hypervisor with its guests (each with its own kernel) and the container runtime
 * whose containers have none — each layer exactly as wide as what stands on it, so shared layers look shared.
 *
 * <pre>{@code
 * StackPicture.of(laptop.layers()).dot()
 * }</pre>
 */
final class StackPicture {
    private StackPicture() {
    }

    /** The picture of one stack. */
    static Diagram of(LayerStack stack) {
        return of("Layers of " + stack.machine(), List.of(stack));
    }

    /** Several stacks side by side (a VM host beside a container host), each its own table. */
    static Diagram of(String title, List<LayerStack> stacks) {
        DotWriter dot = new DotWriter(title);
        Theme.start(dot, title);
        dot.graph(Attrs.of("rankdir", "LR").and("nodesep", "0.6"));
        StringBuilder text = new StringBuilder(title).append(" (top layers last)\n");
        for (LayerStack stack : stacks) {
            dot.node("layers:" + stack.machine(), Attrs.of("shape", "plain").html("label", table(stack)));
            text.append(stack).append('\n');
        }
        return new Diagram(title, dot, text.toString());
    }

    private static String table(LayerStack stack) {
        int top = depth(stack.base(), 0);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i <= top; i++) {
            rows.add(new ArrayList<>());
        }
        place(stack.base(), 0, top, rows);
        StringBuilder t = new StringBuilder("<TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"7\">");
        for (int row = top; row >= 0; row--) {
            t.append("<TR>");
            rows.get(row).forEach(t::append);
            t.append("</TR>");
        }
        return t.append("</TABLE>").toString();
    }

    /** Puts each layer's cell in the row of its top edge: a leaf reaches up to the top row. */
    private static void place(LayerStack.Layer layer, int depth, int top, List<List<String>> rows) {
        boolean leaf = layer.above().isEmpty();
        int rowSpan = leaf ? top - depth + 1 : 1;
        rows.get(leaf ? top : depth).add(cell(layer, rowSpan, width(layer)));
        for (LayerStack.Layer above : layer.above()) {
            place(above, depth + 1, top, rows);
        }
    }

    private static int depth(LayerStack.Layer layer, int depth) {
        int max = depth;
        for (LayerStack.Layer above : layer.above()) {
            max = Math.max(max, depth(above, depth + 1));
        }
        return max;
    }

    private static int width(LayerStack.Layer layer) {
        int w = 0;
        for (LayerStack.Layer above : layer.above()) {
            w += width(above);
        }
        return Math.max(1, w);
    }

    private static String cell(LayerStack.Layer layer, int rows, int cols) {
        Layer look = switch (layer.kind()) {
            case HARDWARE, HOST_KERNEL -> Layer.PHYSICAL;
            case HYPERVISOR, GUEST_OS -> Layer.HYPERVISOR;
            case CONTAINER_RUNTIME, CONTAINER -> Layer.CONTAINER;
        };
        String word = switch (layer.kind()) {
            case HARDWARE -> "hardware";
            case HOST_KERNEL -> "host kernel";
            case HYPERVISOR -> "hypervisor";
            case GUEST_OS -> "VM";
            case CONTAINER_RUNTIME -> "container runtime";
            case CONTAINER -> "container";
        };
        String style = look == Layer.PHYSICAL ? "" : " STYLE=\"" + (look == Layer.CONTAINER ? "dotted" : "dashed") + "\"";
        return "<TD ROWSPAN=\"" + rows + "\" COLSPAN=\"" + cols + "\" BGCOLOR=\"" + look.fill() + "\" COLOR=\""
                + look.stroke() + "\" BORDER=\"2\"" + style + "><B>" + Attrs.escape(layer.name()) + "</B> <I>("
                + word + ")</I><BR/>" + Attrs.escape(layer.detail()) + "</TD>";
    }
}
