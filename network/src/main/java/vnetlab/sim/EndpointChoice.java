package vnetlab.sim;

import java.util.List;
import java.util.SplittableRandom;

/**
 * kube-proxy's random endpoint choice, made repeatable with a seed.
 *
 * <p>In iptables mode the {@code KUBE-SVC} chain holds one rule per endpoint: rule i of n matches with probability
 * 1/(n-i), so the first with 1/n, the next with 1/(n-1), and the last unconditionally; every endpoint ends up equally
 * likely (kubernetes {@code pkg/proxy/iptables/proxier.go}). Here the dice are a {@link SplittableRandom} seeded with
 * the lab's seed mixed with the connection, so the same lab, seed and connection always pick the same endpoint.
 *
 * <pre>{@code
 * EndpointChoice.pick(3, 42L, "10.0.0.1:40000>10.96.0.20:80")   // works: 0, 1 or 2, the same every time
 * }</pre>
 */
public final class EndpointChoice {

    private EndpointChoice() {
    }

    /** The index (0-based) of the endpoint the rules pick among {@code n}, deterministic in seed and connection. */
    public static int pick(int n, long seed, String connection) {
        return pick(n, seed, (long) connection.hashCode());
    }

    /** The index (0-based) of the endpoint picked for a connection given as a number. */
    public static int pick(int n, long seed, long connection) {
        if (n <= 0) {
            throw new IllegalArgumentException("cannot pick an endpoint among " + n + "; a Service needs ready pods");
        }
        SplittableRandom dice = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ connection);
        for (int i = 0; i < n - 1; i++) {
            if (dice.nextDouble() < 1.0 / (n - i)) {
                return i;
            }
        }
        return n - 1;
    }

    /** The endpoint picked from a list; see {@link #pick(int, long, String)}. */
    public static <T> T pick(List<T> endpoints, long seed, String connection) {
        return endpoints.get(pick(endpoints.size(), seed, connection));
    }
}
