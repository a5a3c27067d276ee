package vnetlab.model;

/**
 * How an Ingress rule's path matches a request path (networking.k8s.io/v1).
 *
 * <pre>{@code
 * ingress.rule("shop.example.com", "/cart", PathType.EXACT, cart)
 * }</pre>
 */
public enum PathType {
    /** Case-sensitive and exact: {@code /foo} does not match {@code /foo/}. */
    EXACT("Exact"),
    /** By {@code /}-separated elements, ignoring a trailing slash: {@code /aaa} matches {@code /aaa/b} but not {@code /aaaccc}. */
    PREFIX("Prefix");

    private final String label;

    PathType(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
