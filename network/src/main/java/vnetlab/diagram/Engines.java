package vnetlab.diagram;

import java.util.Optional;

/**
 * Chooses how diagrams are drawn: Graphviz's {@code dot} program when it is installed, else the slower pure-Java
 * route ({@link JsGraphviz}, unless {@code -Dvnetlab.graphviz.js=off}), else text with a one-line note on how to
 * install Graphviz. Chosen once, on the first render (no work at class loading).
 *
 * <pre>{@code
 * Engines.current().describe()   // "Graphviz dot (/usr/bin/dot)"
 * }</pre>
 */
public final class Engines {
    /** What a learner without Graphviz reads under the text rendering. */
    public static final String INSTALL_GRAPHVIZ = "Graphviz's dot program was not found, so diagrams are shown as text."
            + " Install Graphviz (Debian/Ubuntu: sudo apt-get install graphviz; macOS: brew install graphviz;"
            + " Windows: winget install graphviz; pip's \"graphviz\" package does not include it),"
            + " or set -D" + DotCommand.PROPERTY + "=/path/to/dot, then restart the kernel.";

    private static volatile GraphvizEngine current;

    private Engines() {
    }

    /** The engine in use, found on first call. */
    public static GraphvizEngine current() {
        GraphvizEngine engine = current;
        if (engine == null) {
            synchronized (Engines.class) {
                engine = current;
                if (engine == null) {
                    engine = choose();
                    current = engine;
                }
            }
        }
        return engine;
    }

    /** Uses {@code engine} from now on (tests, or a kernel option); returns the one it replaces (may be null). */
    public static synchronized GraphvizEngine use(GraphvizEngine engine) {
        GraphvizEngine before = current;
        current = engine;
        return before;
    }

    /** Forgets the choice, so the next render looks for {@code dot} again (after installing Graphviz). */
    public static synchronized void reset() {
        current = null;
    }

    private static GraphvizEngine choose() {
        Optional<java.nio.file.Path> dot = DotCommand.locate();
        if (dot.isPresent()) {
            return new DotCommand(dot.get());
        }
        // only now, without dot, is the pure-Java route's class even loaded
        return JsGraphviz.enabled() ? new JsGraphviz() : new TextOnly();
    }

    /** The route when Graphviz is missing: no picture, a note saying how to get one. */
    static final class TextOnly implements GraphvizEngine {
        @Override
        public Rendering render(String dot) {
            return new Rendering.Failed(INSTALL_GRAPHVIZ);
        }

        @Override
        public String describe() {
            return "text only (Graphviz is not installed)";
        }
    }
}
