package vnetlab.sim;

import vnetlab.model.IngressRule;
import vnetlab.model.PathType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the backend an ingress controller sends an HTTP request to, by host and path.
 *
 * <p>Follows the networking.k8s.io/v1 Ingress API documentation: a host matches exactly, or a wildcard
 * {@code *.foo.com} matches exactly one more label; a rule without host matches every host. An {@code Exact} path
 * matches the request path exactly and case-sensitively ({@code /foo} is not {@code /foo/}); a {@code Prefix} path
 * matches element by element along {@code /}, ignoring a trailing slash ({@code /aaa} does not match
 * {@code /aaaccc}). The longest matching path wins and on a tie {@code Exact} beats {@code Prefix}. Rules for the
 * exact host come before wildcard rules, which come before rules without host (as nginx's server blocks do).
 * Without a match the default backend serves the request, else the controller answers 404.
 *
 * <pre>{@code
 * var m = new IngressMatcher<String>()
 *     .route("shop.example.com", "/", PathType.PREFIX, "shop")
 *     .route("shop.example.com", "/api", PathType.PREFIX, "api");
 * m.match("shop.example.com", "/api/cart")   // works: Optional[api]
 * m.match("other.example.com", "/")          // Optional.empty: 404
 * }</pre>
 *
 * @param <B> what a backend is (a Service, a name)
 */
public final class IngressMatcher<B> {

    /**
     * One path of one ingress rule.
     *
     * @param host the rule's host, {@code *.foo.com}, or empty for every host
     */
    public record Route<B>(String host, String path, PathType type, B backend) {
        public Route {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(backend, "backend");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("ingress path \"" + path + "\" must start with /; write \"/" + path + "\"");
            }
        }

        @Override
        public String toString() {
            return (host.isEmpty() ? "*" : host) + path + " (" + type + ") → " + backend;
        }
    }

    /** The outcome of a match: the route that won, or the default backend when none did. */
    public record Match<B>(Optional<Route<B>> route, B backend) {
        @Override
        public String toString() {
            return route.map(r -> "rule " + r).orElse("default backend") + " → " + backend;
        }
    }

    private final List<Route<B>> routes = new ArrayList<>();
    private B defaultBackend;

    /** Adds a path of a rule; an empty or null host matches every host. */
    public IngressMatcher<B> route(String host, String path, PathType type, B backend) {
        routes.add(new Route<>(host == null ? "" : host.toLowerCase(java.util.Locale.ROOT), path, type, backend));
        return this;
    }

    /** Sets the backend for requests no rule matches. */
    public IngressMatcher<B> defaultBackend(B backend) {
        this.defaultBackend = backend;
        return this;
    }

    /** The routes in the order they were added. */
    public List<Route<B>> routes() {
        return List.copyOf(routes);
    }

    /** The backend for a request, or empty when the controller answers 404. */
    public Optional<B> match(String host, String path) {
        return decide(host, path).map(Match::backend);
    }

    /** The winning route (or the default backend), or empty for 404. */
    public Optional<Match<B>> decide(String host, String path) {
        String h = stripPort(host == null ? "" : host.toLowerCase(java.util.Locale.ROOT));
        String p = stripQuery(path == null || path.isEmpty() ? "/" : path);
        Comparator<Route<B>> best = Comparator.<Route<B>>comparingInt(r -> hostRank(r.host()))
                .thenComparing(Comparator.<Route<B>>comparingInt(r -> normalisedLength(r)).reversed())
                .thenComparingInt(r -> r.type() == PathType.EXACT ? 0 : 1);
        Optional<Route<B>> winner = routes.stream()
                .filter(r -> IngressRule.hostMatches(r.host(), h) && IngressRule.pathMatches(r.path(), r.type(), p))
                .min(best);
        if (winner.isPresent()) {
            return Optional.of(new Match<>(winner, winner.get().backend()));
        }
        return Optional.ofNullable(defaultBackend).map(b -> new Match<>(Optional.empty(), b));
    }

    private static int hostRank(String ruleHost) {
        if (ruleHost.isEmpty()) {
            return 2;
        }
        return ruleHost.startsWith("*.") ? 1 : 0;
    }

    private static int normalisedLength(Route<?> r) {
        String p = r.path();
        return r.type() == PathType.PREFIX && p.length() > 1 && p.endsWith("/") ? p.length() - 1 : p.length();
    }

    private static String stripQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    private static String stripPort(String host) {
        int c = host.indexOf(':');
        return c < 0 ? host : host.substring(0, c);
    }
}
