package vnetlab.kernel;

import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import vnetlab.diagram.Diagram;
import vnetlab.diagram.Diagrams;
import vnetlab.diagram.Html;

import java.util.Optional;

/**
 * How the course's own values look: a picture (image/svg+xml) drawn by {@link Diagrams}, a table (text/html) where
 * the value has one, and always the value's own text (text/plain) for consoles and screen readers.
 *
 * <p>Every type {@link Diagrams#types()} lists is registered: to show another type as a picture, teach
 * {@link Diagrams#of} to draw it.
 *
 * <pre>{@code
 * lab          // the lab's diagram, with its text below in consoles
 * lab.trace(phone, web, 80)   // the path on the lab's diagram, plus the hop table
 * }</pre>
 */
final class DiagramRenderers {

    private DiagramRenderers() {
    }

    static void register(Renderer renderer) {
        for (Class<?> type : Diagrams.types()) {
            pictured(renderer, type);
        }
    }

    private static <T> void pictured(Renderer renderer, Class<T> type) {
        renderer.createRegistration(type)
                .preferring(MIMEType.IMAGE_SVG, MIMEType.TEXT_HTML)
                .register((value, context) -> {
                    Optional<Diagrams.View> view = Diagrams.view(value);
                    // Without the XML prolog: nbconvert's HTML export refuses SVG text with an encoding declaration.
                    Optional<String> svg = view.flatMap(Diagrams.View::svg).map(DiagramRenderers::inline);
                    svg.ifPresent(s -> context.renderIfRequested(MIMEType.IMAGE_SVG, () -> s));
                    Optional<String> table = view.isPresent() ? view.get().html() : Diagrams.html(value);
                    // No picture: the diagram's text rendering, led by the reason, stands in for it (HTML and text);
                    // with a picture, a note (the one-time "slower route" line) goes above it.
                    Optional<String> stand = svg.isPresent() ? Optional.empty() : view.map(Diagrams.View::text);
                    Optional<String> note = svg.isPresent() ? view.flatMap(Diagrams.View::note) : Optional.empty();
                    if (svg.isPresent() || table.isPresent() || note.isPresent() || stand.isPresent()) {
                        // Front ends show text/html before image/svg+xml, so the HTML carries the picture too, and
                        // there it scales down to the output's width (Notebook 6 gives a bare SVG its natural size
                        // and a scroll bar).
                        context.renderIfRequested(MIMEType.TEXT_HTML, () -> html(note, svg.map(DiagramRenderers::scalable),
                                stand, table));
                    }
                    String text = stand.orElse(value instanceof Diagram d ? d.textWithNote() : String.valueOf(value));
                    context.getOutputContainer().putText(text);
                });
    }

    /** The note (e.g. which engine drew the picture), the picture inline or its text rendering, then the table. */
    static String html(Optional<String> note, Optional<String> svg, Optional<String> text, Optional<String> table) {
        StringBuilder html = new StringBuilder();
        note.ifPresent(n -> html.append("<p><em>").append(Html.escape(n)).append("</em></p>\n"));
        svg.ifPresent(s -> html.append("<div>").append(s).append("</div>\n"));
        text.ifPresent(t -> html.append("<pre>").append(Html.escape(t)).append("</pre>\n"));
        table.ifPresent(html::append);
        return html.toString();
    }

    /**
     * The inline SVG shrunk to the width of the output when it is wider (never enlarged), its height following: no
     * sideways scrolling on a projector's 1024-px window.
     */
    static String scalable(String inlineSvg) {
        return inlineSvg.startsWith("<svg ") ? "<svg style=\"max-width:100%;height:auto\" " + inlineSvg.substring(5)
                : inlineSvg;
    }

    /** An SVG document without its XML prolog and DOCTYPE, so it can sit inside HTML. */
    static String inline(String svgDocument) {
        int start = svgDocument.indexOf("<svg");
        return start < 0 ? svgDocument : svgDocument.substring(start);
    }
}
