package vnetlab.diagram;

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

    /** The legend of the course's visual language, as its own picture. */
    public static Diagram legend() {
        return Legend.diagram();
    }
}
