package vnetlab.diagram;

import java.util.Optional;

/**
 * The outcome of drawing one diagram: an SVG picture, or the one-line reason there is none (then show the text).
 *
 * <pre>{@code
 * Rendering r = Engines.current().render(diagram.dot());
 * r.svg().orElse(diagram.text())
 * }</pre>
 */
public sealed interface Rendering {

    /** The SVG document, when drawing worked. */
    Optional<String> svg();

    /** A note to show once with the picture or text (e.g. which route drew it, or why there is no picture). */
    Optional<String> note();

    /** Drawn: {@code document} is a complete SVG document; {@code route} names the engine that drew it. */
    record Drawn(String document, String route, Optional<String> note) implements Rendering {
        @Override
        public Optional<String> svg() {
            return Optional.of(document);
        }
    }

    /** Not drawn: {@code reason} is one line a learner can act on. */
    record Failed(String reason) implements Rendering {
        @Override
        public Optional<String> svg() {
            return Optional.empty();
        }

        @Override
        public Optional<String> note() {
            return Optional.of(reason);
        }
    }
}
