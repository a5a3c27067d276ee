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
        String h = requestHost == null ? "" : requestHost.toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            return true;
        }
        if (host.startsWith("*.")) {
            String suffix = host.substring(1);
            if (!h.endsWith(suffix)) {
                return false;
            }
            String first = h.substring(0, h.length() - suffix.length());
            return !first.isEmpty() && !first.contains(".");
        }
        return host.equals(h);
    }

    /** Whether the rule applies to a request path: Exact compares the whole string, Prefix compares /-separated elements. */
    public boolean matchesPath(String requestPath) {
        if (requestPath == null) {
            return false;
        }
        if (pathType == PathType.EXACT) {
            return path.equals(requestPath);
        }
        List<String> rule = elements(path);
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
