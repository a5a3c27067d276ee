package vnetlab.model;

import java.util.List;

/**
 * What {@code k8s.apply(...)} built, in kubectl's words ({@code deployment.apps/shop created}), the kinds it did not
 * build, and its warnings.
 *
 * @param created      one line per object, e.g. {@code service/shop}
 * @param unknownKinds the documents not built, e.g. {@code ConfigMap shop-config}
 * @param warnings     the notes and ignored keys, one line each
 */
public record AppliedManifests(List<String> created, List<String> unknownKinds, List<String> warnings) {
    /** Copies. */
    public AppliedManifests {
        created = List.copyOf(created);
        unknownKinds = List.copyOf(unknownKinds);
        warnings = List.copyOf(warnings);
    }

    /** As kubectl apply prints it: one {@code kind/name created} line per object. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        created.forEach(c -> b.append(c).append(" created\n"));
        if (!unknownKinds.isEmpty()) {
            b.append("not built (vnetlab does not model them): ").append(String.join(", ", unknownKinds)).append('\n');
        }
        return b.toString();
    }
}
