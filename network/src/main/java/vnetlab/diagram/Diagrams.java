package vnetlab.diagram;

import java.util.List;
import java.util.Optional;

/**
 * The kernel's one entry to pictures: turns a displayed value (a lab, host, cluster, address plan, layer stack,
 * trace, reachability matrix …) into a {@link Diagram}, and tables into HTML.
 *
 * <pre>{@code
 * Diagrams.of(lab).map(Diagram::svg)    // the lab's picture
 * Diagrams.html(trace)                  // the hop table as HTML
 * Diagrams.of("text")                   // Optional.empty(): not a picture
 * }</pre>
 */
public final class Diagrams {
    private Diagrams() {
    }

    /** The diagram of {@code value}, or empty when it has none. */
    public static Optional<Diagram> of(Object value) {
        if (value instanceof Diagram d) {
            return Optional.of(d);
        }
        if (value instanceof Scene s) {
            return Optional.of(s.draw());
        }
        return ModelPictures.of(value);
    }

    /** An HTML table for {@code value} (trace hop table, inventory, reachability), or empty when it has none. */
    public static Optional<String> html(Object value) {
        if (value instanceof HtmlTable t) {
            return Optional.of(t.html());
        }
        return ModelPictures.html(value);
    }

    /** The DOT source of {@code value}'s diagram (for {@code %dot} and {@code dot(obj)}), or empty. */
    public static Optional<String> dot(Object value) {
        return of(value).map(Diagram::dot);
    }

    /**
     * The classes whose values have a picture, for the kernel's renderer registry (register each; the most specific
     * registration wins, so records such as {@code AddressPlan} show as pictures, not as component tables).
     */
    public static List<Class<?>> types() {
        return List.of(vnetlab.Lab.class, vnetlab.model.Topology.class, vnetlab.model.snapshot.Snapshot.class,
                vnetlab.model.Host.class, vnetlab.model.Hypervisor.class, vnetlab.model.Vm.class,
                vnetlab.model.DockerEngine.class, vnetlab.model.Container.class, vnetlab.model.KubernetesCluster.class,
                vnetlab.model.AddressPlan.class, vnetlab.model.LayerStack.class, vnetlab.sim.Trace.class,
                vnetlab.sim.Steps.class, vnetlab.sim.Steps.Frame.class, vnetlab.sim.Trace.InLab.class,
                vnetlab.sim.Reachability.class, Diagram.class, Scene.class);
    }

    /**
     * Everything the notebook shows for {@code value}, drawn once: the SVG (when it could be drawn), the HTML table
     * (when it has one) and the text — preceded by the note when there is one (why there is no picture, or the one-time
     * "slower route" line).
     *
     * <pre>{@code
     * Diagrams.view(lab.trace(phone, dev, 22)).orElseThrow().html()   // Optional[<table>… hop table …]
     * }</pre>
     */
    public static Optional<View> view(Object value) {
        return of(value).map(d -> {
            Rendering r = d.render();
            String text = r.note().map(n -> "(" + n + ")\n" + d.text()).orElse(d.text());
            Optional<String> table = html(value);
            Optional<String> html = d.legendHtml().isEmpty() ? table
                    : Optional.of(d.legendHtml() + table.map(t -> "\n" + t).orElse(""));
            return new View(r.svg(), html, r.note(), text);
        });
    }

    /**
     * What a notebook shows for one value: {@code image/svg+xml}, the {@code text/html} under it (the picture's
     * legend, then its table), the note on its own
     * (why there is no picture, or the one-time "slower route" line) and the text rendering preceded by that note.
     */
    public record View(Optional<String> svg, Optional<String> html, Optional<String> note, String text) {
    }

    /** The legend of the course's visual language, as its own picture. */
    public static Diagram legend() {
        return Legend.diagram();
    }
}
