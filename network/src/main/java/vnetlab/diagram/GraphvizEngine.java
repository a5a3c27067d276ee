package vnetlab.diagram;

/**
 * Something that turns DOT text into SVG within a bounded time and size, never throwing for a bad graph.
 *
 * <pre>{@code
 * GraphvizEngine engine = Engines.current();
 * engine.render("digraph { a -> b }").svg()   // Optional[<?xml ...<svg ...]
 * }</pre>
 */
public interface GraphvizEngine {

    /** Draws {@code dot}; failures (missing engine, syntax error, timeout, too large) come back as {@link Rendering.Failed}. */
    Rendering render(String dot);

    /** What this route is, as a learner would read it: "Graphviz dot (/usr/bin/dot)". */
    default String describe() {
        return getClass().getSimpleName();
    }
}
