package vnetlab.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One rule of an Ingress: requests for this host and path go to this Service's port (networking.k8s.io/v1 semantics).
 *
 * <pre>{@code
 * var r = new IngressRule("*.example.com", "/api", PathType.PREFIX, "api", 80);
 * r.matchesHost("shop.example.com")   // true: a wildcard matches exactly one label
 * r.matchesPath("/api/v1")            // true
 * r.matchesPath("/apix")              // false
 * }</pre>
 *
 * @param host     an exact host, a wildcard {@code *.example.com}, or "" for every host
 * @param path     a path starting with {@code /}
 * @param pathType Exact or Prefix
 * @param service  the backend Service's name
 * @param port     the backend Service's port
 */
public record IngressRule(String host, String path, PathType pathType, String service, int port) {

    /** Checks host and path syntax. */
    public IngressRule {
        host = host == null ? "" : host.toLowerCase(Locale.ROOT);
        checkHost(host);
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("Ingress path " + Texts.quote(path) + " must start with /, e.g. \"/\" or \"/cart\"");
        }
        if (path.chars().anyMatch(c -> c <= ' ')) {
            throw new IllegalArgumentException("Ingress path " + Texts.quote(path) + " must not contain spaces");
        }
        if (pathType == null) {
            throw new IllegalArgumentException("an Ingress path needs a type: PathType.PREFIX or PathType.EXACT");
        }
        Port.check(port, "Service port");
    }

    private static void checkHost(String host) {
        if (host.isEmpty()) {
            return;
        }
        String bare = host.startsWith("*.") ? host.substring(2) : host;
        boolean ok = !bare.isEmpty() && Arrays.stream(bare.split("\\.", -1))
                .allMatch(l -> !l.isEmpty() && l.length() <= 63 && l.chars().allMatch(c -> c < 128
                        && (Character.isLetterOrDigit(c) || c == '-')) && !l.startsWith("-") && !l.endsWith("-"));
        if (!ok) {
            throw new IllegalArgumentException("Ingress host " + Texts.quote(host) + " is not a DNS name; use e.g. \"shop.example.com\""
                    + " or a wildcard \"*.example.com\" (the * only as the whole first label)");
        }
    }

    /** Whether the rule applies to a request's Host: exact match, a wildcard matching exactly one label, or any for "". */
    public boolean matchesHost(String requestHost) {
        return hostMatches(host, requestHost == null ? "" : requestHost.toLowerCase(Locale.ROOT));
    }

    /** Whether the rule applies to a request path: Exact compares the whole string, Prefix compares /-separated elements. */
    public boolean matchesPath(String requestPath) {
        return requestPath != null && pathMatches(path, pathType, requestPath);
    }

    /**
     * Whether a rule's host matches a (lower-case) request host: exactly, a wildcard {@code *.foo.com} matching exactly
     * one more label, or "" matching every host. The one implementation of the rule, for the model and the simulator.
     */
    public static boolean hostMatches(String ruleHost, String requestHost) {
        if (ruleHost.isEmpty()) {
            return true;
        }
        if (ruleHost.startsWith("*.")) {
            String suffix = ruleHost.substring(1); // ".foo.com"
            if (!requestHost.endsWith(suffix)) {
                return false;
            }
            String first = requestHost.substring(0, requestHost.length() - suffix.length());
            return !first.isEmpty() && !first.contains(".");
        }
        return ruleHost.equals(requestHost);
    }

    /**
     * Whether a rule's path of the given type matches a request path: {@code Exact} compares the whole string
     * case-sensitively ({@code /foo} is not {@code /foo/}); {@code Prefix} compares {@code /}-separated elements, so a
     * trailing slash does not matter and {@code /aaa} does not match {@code /aaaccc}.
     */
    public static boolean pathMatches(String rulePath, PathType type, String requestPath) {
        if (type == PathType.EXACT) {
            return rulePath.equals(requestPath);
        }
        List<String> rule = elements(rulePath);
        List<String> req = elements(requestPath);
        return req.size() >= rule.size() && req.subList(0, rule.size()).equals(rule);
    }

    private static List<String> elements(String p) {
        return Arrays.stream(p.split("/")).filter(s -> !s.isEmpty()).toList();
    }

    /** {@code shop.example.com/ (Prefix) → shop:80}. */
    @Override
    public String toString() {
        return (host.isEmpty() ? "*" : host) + path + " (" + pathType + ") → " + service + ":" + port;
    }
}
