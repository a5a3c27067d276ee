package vnetlab.sim;

import java.util.List;
import java.util.Optional;

import vnetlab.model.Ipv4;

/**
 * The name lookup a trace made before its first packet: which DNS server the sender asked (Docker's embedded DNS at
 * 127.0.0.11, the cluster DNS at 10.96.0.10, the host's resolver), the names it tried in order (a pod's search path),
 * and the answer, or NXDOMAIN.
 *
 * <pre>{@code
 * lab.trace(api, "db", 5432).dns()
 * // Optional[api asks 127.0.0.11 (Docker's embedded DNS) for db: db → 10.5.0.10]
 * }</pre>
 *
 * @param name      the name as the sender wrote it
 * @param server    the DNS server's address in the sender's resolv.conf, if it has one
 * @param serverName who that is, e.g. {@code Docker's embedded DNS}
 * @param queries   the names asked, in order (the search path expands a short name)
 * @param answered  the name that got the answer, if any
 * @param addresses the answer (one ClusterIP, a container's address, or every pod of a headless Service); empty for
 *                  NXDOMAIN
 * @param answeredBy which DNS knew it
 * @param sender    who asked
 */
public record DnsLookup(String name, Optional<Ipv4> server, String serverName, List<String> queries, Optional<String> answered,
        List<Ipv4> addresses, String answeredBy, String sender) {
    /** Copies the lists. */
    public DnsLookup {
        queries = List.copyOf(queries);
        addresses = List.copyOf(addresses);
    }

    /** Whether the name resolved. */
    public boolean resolved() {
        return !addresses.isEmpty();
    }

    /** {@code api asks 127.0.0.11 (Docker's embedded DNS) for db: db → 10.5.0.10}. */
    @Override
    public String toString() {
        String asked = sender + " asks " + server.map(s -> s + " (" + serverName + ")").orElse(serverName) + " udp/53 for " + name;
        String tried = queries.size() > 1 || !queries.get(0).equals(name) ? " (tried " + String.join(", ", queries) + ")" : "";
        if (!resolved()) {
            return asked + tried + ": NXDOMAIN";
        }
        return asked + ": " + answered.orElse(name) + " → " + String.join(", ", addresses.stream().map(Ipv4::toString).toList())
                + (answeredBy.isEmpty() || answeredBy.equals(serverName) ? "" : " (" + answeredBy + ")")
                + (queries.size() > 1 ? " after " + (queries.indexOf(answered.orElse(name)) + 1) + " of " + queries.size()
                + " search-path names" : "");
    }
}
