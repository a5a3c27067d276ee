package vnetlab.kernel;

import vnetlab.diagram.Html;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;

import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * The renderer registry: how each kind of value looks in the notebook. Every value gets {@code text/plain};
 * registered types add {@code image/svg+xml}, {@code text/html} or {@code text/markdown}.
 *
 * <p>To show a new type richly, add one method below that registers it and call it from {@link #create()}. The
 * most specific registered type wins (a class before its interfaces, a subclass before its superclass).
 *
 * <pre>{@code
 * renderer.createRegistration(Lab.class)
 *         .preferring(MIMEType.IMAGE_SVG)
 *         .register((lab, context) -> context.renderIfRequested(MIMEType.IMAGE_SVG, () -> Diagrams.svg(lab)));
 * }</pre>
 */
public final class Renderers {
    private Renderers() {
    }

    /** A registry with every registration of the course. */
    public static Renderer create() {
        Renderer renderer = new Renderer();
        svgText(renderer);
        maps(renderer);
        records(renderer);
        course(renderer);
        DiagramRenderers.register(renderer);
        return renderer;
    }

    /** The display data of a value: its registered renderings plus {@code text/plain}. */
    public static DisplayData render(Renderer renderer, Object value) {
        if (value instanceof DisplayData data) {
            return data;
        }
        return renderer.render(value);
    }

    /** Text that is an SVG document (e.g. from Graphviz) shows as the picture. */
    static void svgText(Renderer renderer) {
        renderer.createRegistration(CharSequence.class)
                .preferring(MIMEType.IMAGE_SVG)
                .register((text, context) -> {
                    String s = text.toString();
                    String head = s.stripLeading();
                    if (head.startsWith("<svg") || head.startsWith("<?xml") && head.contains("<svg")) {
                        context.renderIfRequested(MIMEType.IMAGE_SVG, () -> s);
                        context.getOutputContainer().putText("SVG image (" + s.length() + " characters)");
                    } else {
                        context.getOutputContainer().putText(s);
                    }
                });
    }

    /** A map shows as a two-column HTML table of keys and values. */
    static void maps(Renderer renderer) {
        renderer.createRegistration(Map.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((map, context) -> context.renderIfRequested(MIMEType.TEXT_HTML, () -> {
                    StringBuilder html = new StringBuilder("<table>\n<tr><th>key</th><th>value</th></tr>\n");
                    for (Object entry : map.entrySet()) {
                        Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
                        html.append("<tr><td>").append(Html.escape(e.getKey())).append("</td><td>")
                                .append(Html.escape(e.getValue())).append("</td></tr>\n");
                    }
                    return html.append("</table>").toString();
                }));
    }

    /** The course's feedback, hints and progress show as their own HTML; exercise lists as Markdown. */
    static void course(Renderer renderer) {
        renderer.createRegistration(vnetlab.course.Feedback.class).preferring(MIMEType.TEXT_HTML)
                .register((feedback, context) -> context.renderIfRequested(MIMEType.TEXT_HTML, feedback::html));
        renderer.createRegistration(vnetlab.course.Hint.class).preferring(MIMEType.TEXT_HTML)
                .register((hint, context) -> context.renderIfRequested(MIMEType.TEXT_HTML, hint::html));
        renderer.createRegistration(vnetlab.course.Progress.class).preferring(MIMEType.TEXT_HTML)
                .register((progress, context) -> context.renderIfRequested(MIMEType.TEXT_HTML, progress::html));
        renderer.createRegistration(vnetlab.course.Chapter.class).preferring(MIMEType.TEXT_MARKDOWN)
                .register((chapter, context) -> context.renderIfRequested(MIMEType.TEXT_MARKDOWN, chapter::markdown));
        renderer.createRegistration(vnetlab.course.Exercise.class).preferring(MIMEType.TEXT_MARKDOWN)
                .register((exercise, context) -> context.renderIfRequested(MIMEType.TEXT_MARKDOWN, exercise::markdown));
    }

    /**
     * A learner's record shows as an HTML table of its components. The course's own records (Ipv4, Cidr, Hop …)
     * show the notation a learner types, their {@code toString()}, instead.
     */
    static void records(Renderer renderer) {
        renderer.createRegistration(Record.class)
                .preferring(MIMEType.TEXT_HTML)
                .register((record, context) -> {
                    if (isCourseValue(record.getClass())) {
                        context.getOutputContainer().putText(record.toString());
                        return;
                    }
                    context.renderIfRequested(MIMEType.TEXT_HTML, () -> recordTable(record));
                });
    }

    /** Whether a class belongs to the DSL a learner uses (Net, Lab, the model, the simulator, the course). */
    static boolean isCourseValue(Class<?> type) {
        String p = type.getPackageName();
        return p.equals("vnetlab") || p.startsWith("vnetlab.model") || p.startsWith("vnetlab.sim")
                || p.startsWith("vnetlab.diagram") || p.startsWith("vnetlab.course");
    }

    private static String recordTable(Record record) {
        StringBuilder html = new StringBuilder("<table>\n<caption>")
                .append(Html.escape(record.getClass().getSimpleName())).append("</caption>\n");
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                component.getAccessor().setAccessible(true);
                value = component.getAccessor().invoke(record);
            } catch (ReflectiveOperationException | RuntimeException e) {
                value = "?";
            }
            html.append("<tr><th>").append(Html.escape(component.getName())).append("</th><td>")
                    .append(Html.escape(value)).append("</td></tr>\n");
        }
        return html.append("</table>").toString();
    }
}
