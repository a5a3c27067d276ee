package vnetlab.diagram;

import java.util.Optional;

/** Dispatches model and simulation values to their drawings (filled in as the model and simulator land). */
final class ModelPictures {
    private ModelPictures() {
    }

    static Optional<Diagram> of(Object value) {
        return Optional.empty();
    }

    static Optional<String> html(Object value) {
        return Optional.empty();
    }
}
