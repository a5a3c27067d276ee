package vnetlab.diagram;

import java.util.List;

/**
 * The key to the visual language: one row per layer (its colour swatch, its border style in words, its shapes) so
 * the meaning never rests on colour alone.
 *
 * <pre>{@code
 * Legend.diagram()   // every layer and every shape, as its own picture
 * }</pre>
 */
public final class Legend {
    private Legend() {
    }

    /** Writes a compact legend (a table node at the bottom) for the given layers. */
    static void writeInto(DotWriter dot, List<Layer> layers) {
        StringBuilder t = new StringBuilder(
                "<TABLE BORDER=\"1\" COLOR=\"#BBBBBB\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\">");
        t.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>legend</B></TD></TR>");
        for (Layer layer : layers) {
            t.append("<TR><TD WIDTH=\"18\" BGCOLOR=\"").append(layer.fill()).append("\" BORDER=\"2\" COLOR=\"")
                    .append(layer.stroke()).append("\"> </TD><TD ALIGN=\"LEFT\">")
                    .append(Attrs.escape(layer.word())).append(": ").append(layer.border()).append(" border, ")
                    .append(Attrs.escape(shapes(layer))).append("</TD></TR>");
        }
        t.append("<TR><TD WIDTH=\"18\" BGCOLOR=\"").append(Element.NAT_FILL)
                .append("\" BORDER=\"2\"> </TD><TD ALIGN=\"LEFT\">NAT: yellow double octagon</TD></TR>");
        t.append("</TABLE>");
        dot.node("legend", Attrs.of("shape", "plain").and("fontsize", Theme.EDGE_SIZE).html("label", t.toString()));
    }

    /** The shapes of a layer's elements, in words. */
    static String shapes(Layer layer) {
        StringBuilder b = new StringBuilder();
        for (Element e : Element.values()) {
            if (e.layer() == layer && e != Element.NAT && e != Element.DROP) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(e.word()).append(' ').append(shapeWord(e.shape()));
            }
        }
        return b.toString();
    }

    private static String shapeWord(String shape) {
        return switch (shape) {
            case "box3d" -> "(3-D box)";
            case "tab" -> "(tab)";
            case "hexagon" -> "(hexagon)";
            case "octagon" -> "(octagon)";
            case "trapezium" -> "(trapezium)";
            case "house" -> "(house)";
            case "ellipse" -> "(ellipse)";
            default -> "(box)";
        };
    }

    /** Every layer and every shape of the course's pictures, drawn as a diagram of its own. */
    public static Diagram diagram() {
        Scene scene = new Scene("Legend: how vnetlab draws networks");
        for (Layer layer : Layer.values()) {
            Scene.Box box = scene.box("legend-" + layer.name(), layer, layer.word() + " (" + layer.border() + " border)");
            for (Element e : Element.values()) {
                if (e.layer() == layer) {
                    box.thing("legend-" + e.name(), e, e.word());
                }
            }
        }
        return scene.draw();
    }
}
