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

    /** Parses {@code Exact}, {@code Prefix} or {@code ImplementationSpecific} (treated as Prefix, as ingress-nginx does). */
    public static PathType parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "exact" -> EXACT;
            case "prefix", "implementationspecific" -> PREFIX;
            default -> throw new IllegalArgumentException("\"" + text + "\" is not an ingress path type; use Exact or Prefix");
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
