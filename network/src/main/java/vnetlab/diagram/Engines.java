package vnetlab.diagram;

import java.util.Optional;
import vnetlab.model.Workspace;

/**
 * Chooses how diagrams are drawn: Graphviz's {@code dot} program when it is installed, else the slower pure-Java
 * route ({@link JsGraphviz}, unless {@code -Dvnetlab.graphviz.js=off}), else text with a one-line note on how to
 * install Graphviz. Chosen once per session (kept in its {@link Workspace}), on the first render; a thread outside any
 * session looks again each time.
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

    /** The session's choice, as a workspace part. */
    private record Chosen(GraphvizEngine engine) {
    }

    private Engines() {
    }

    /** The engine in use, found on first call. */
    public static GraphvizEngine current() {
        return Workspace.ifBound().map(w -> w.part(Chosen.class, () -> new Chosen(choose())).engine())
                .orElseGet(Engines::choose);
    }

    /** Uses {@code engine} from now on (tests, or a kernel option); returns the one it replaces (may be null). */
    public static GraphvizEngine use(GraphvizEngine engine) {
        return Workspace.current().replacePart(Chosen.class, new Chosen(engine)).map(Chosen::engine).orElse(null);
    }

    /** Forgets the choice, so the next render looks for {@code dot} again (after installing Graphviz). */
    public static void reset() {
        Workspace.current().forgetPart(Chosen.class);
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
