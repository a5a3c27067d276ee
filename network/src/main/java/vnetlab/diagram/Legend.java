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

    /**
     * The legend as one HTML paragraph to show under a picture: a swatch per layer (its fill and border, the border
     * style in words) and the shapes of that layer the picture has ({@code used}); NAT when it is drawn.
     */
    static String html(List<Layer> layers, java.util.Set<Element> used) {
        StringBuilder b = new StringBuilder("<p style=\"font-family:sans-serif;font-size:13px;margin:4px 0;"
                + "text-align:left\"><b>legend</b>");
        for (Layer layer : layers) {
            String shapes = shapes(layer, used);
            if (shapes.isEmpty()) {
                continue;
            }
            b.append(" &nbsp; ").append(swatch(layer.fill(), layer.stroke(), layer.border()))
                    .append(Attrs.escape(layer.word() + " (" + layer.border() + " border): " + shapes));
        }
        if (used.contains(Element.NAT)) {
            b.append(" &nbsp; ").append(swatch(Element.NAT_FILL, Theme.INK, "solid")).append("NAT: yellow double octagon");
        }
        return b.append("</p>").toString();
    }

    private static String swatch(String fill, String stroke, String border) {
        String css = border.equals("bold") ? "3px solid" : "2px " + border;
        return "<span style=\"display:inline-block;width:14px;height:10px;margin-right:4px;background:" + fill
                + ";border:" + css + " " + stroke + "\"></span>";
    }

    /** The shapes of a layer's elements, in words. */
    static String shapes(Layer layer) {
        return shapes(layer, java.util.EnumSet.allOf(Element.class));
    }

    /** The shapes of a layer's elements that are in {@code used}, in words. */
    static String shapes(Layer layer, java.util.Set<Element> used) {
        StringBuilder b = new StringBuilder();
        for (Element e : Element.values()) {
            if (e.layer() == layer && e != Element.NAT && e != Element.DROP && used.contains(e)) {
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
