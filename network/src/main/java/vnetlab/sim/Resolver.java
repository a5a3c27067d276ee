package vnetlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vnetlab.model.DockerNetwork;
import vnetlab.model.Ipv4;

/**
 * A sender's resolver, as its resolv.conf makes it ask: the DNS step of a trace.
 *
 * <ul>
 * <li>A pod (kubernetes.io, "DNS for Services and Pods"; kubernetes/dns, "Kubernetes DNS-Based Service Discovery"):
 *     {@code nameserver 10.96.0.10}, {@code search <ns>.svc.cluster.local svc.cluster.local cluster.local},
 *     {@code options ndots:5}: a name with fewer than five dots is tried with each search domain first, then as
 *     written (resolv.conf(5), "ndots"); a name ending in a dot only as written. Names outside the cluster are
 *     forwarded upstream.</li>
 * <li>A container on a user-defined network (docs.docker.com, "Networking overview", DNS services): {@code nameserver
 *     127.0.0.11}, Docker's embedded DNS, which answers container names, aliases and Compose service names of the
 *     networks the container is on and forwards the rest to the host's resolvers. On the default bridge there is no
 *     embedded DNS: the container gets the host's resolv.conf.</li>
 * </ul>
 */
final class Resolver {
    static final String CLUSTER_DOMAIN = "cluster.local";
    static final int NDOTS = 5;

    private final Fabric fabric;

    Resolver(Fabric fabric) {
        this.fabric = fabric;
    }

    DnsLookup lookup(Station source, String written) {
        String name = written.toLowerCase(Locale.ROOT);
        boolean absolute = name.endsWith(".");
        String bare = absolute ? name.substring(0, name.length() - 1) : name;
        if (source.kind == Station.Kind.POD && source.namespace != null) {
            return pod(source, written, bare, absolute);
        }
        boolean embedded = source.resolvers.stream().anyMatch(z -> z.startsWith("docker:"));
        Optional<Ipv4> server = embedded ? Optional.of(DockerNetwork.EMBEDDED_DNS) : Optional.empty();
        String serverName = embedded ? "Docker's embedded DNS" : source.kind == Station.Kind.INTERNET ? "public DNS"
                : "the host's resolver";
        for (String zone : source.resolvers) {
            Optional<Dns.Answer> a = fabric.dns.lookup(zone, bare);
            if (a.isPresent()) {
                return new DnsLookup(written, server, serverName, List.of(bare), Optional.of(bare), List.of(a.get().address()),
                        zone.startsWith("docker:") ? serverName : a.get().server(), source.name);
            }
        }
        return new DnsLookup(written, server, serverName, List.of(bare), Optional.empty(), List.of(), "", source.name);
    }

    private DnsLookup pod(Station source, String written, String bare, boolean absolute) {
        List<String> queries = new ArrayList<>();
        List<String> search = List.of(source.namespace + ".svc." + CLUSTER_DOMAIN, "svc." + CLUSTER_DOMAIN, CLUSTER_DOMAIN);
        long dots = bare.chars().filter(c -> c == '.').count();
        if (absolute) {
            queries.add(bare);
        } else if (dots >= NDOTS) {
            queries.add(bare);
            search.forEach(s -> queries.add(bare + "." + s));
        } else {
            search.forEach(s -> queries.add(bare + "." + s));
            queries.add(bare);
        }
        String serverName = "cluster DNS, CoreDNS";
        Optional<Ipv4> server = Optional.ofNullable(source.clusterDns);
        for (String q : queries) {
            for (String zone : source.resolvers) {
                boolean cluster = zone.startsWith("cluster:") || !zone.equals(FabricBuilder.LAB_ZONE)
                        && !zone.equals(FabricBuilder.PUBLIC_ZONE);
                // The cluster zone holds fully qualified names only; names outside cluster.local go upstream.
                if (cluster && !q.endsWith("." + CLUSTER_DOMAIN)) {
                    continue;
                }
                Optional<Dns.Answer> a = fabric.dns.lookup(zone, q);
                if (a.isPresent()) {
                    return new DnsLookup(written, server, serverName, queries.subList(0, queries.indexOf(q) + 1), Optional.of(q),
                            List.of(a.get().address()), cluster ? serverName : a.get().server() + ", forwarded by CoreDNS",
                            source.name);
                }
            }
        }
        return new DnsLookup(written, server, serverName, queries, Optional.empty(), List.of(), "", source.name);
    }

    /** A true fix for a name that did not resolve: where the name does exist, and how to reach it from here. */
    String fix(Station source, DnsLookup lookup) {
        String name = lookup.name().toLowerCase(Locale.ROOT);
        if (source.kind == Station.Kind.POD && source.namespace != null) {
            String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            for (String zone : source.resolvers) {
                for (String known : fabric.dns.names(zone)) {
                    if (known.startsWith(first + ".") && known.endsWith(".svc." + CLUSTER_DOMAIN)) {
                        String ns = known.substring(first.length() + 1, known.length() - (".svc." + CLUSTER_DOMAIN).length());
                        return "Service \"" + first + "\" is in namespace " + ns + ", not " + source.namespace
                                + "; ask for " + first + "." + ns + " (or " + known + ")";
                    }
                }
            }
            return "no Service \"" + first + "\" in the cluster; create it (deployment.expose(80), or a Service manifest)"
                    + " or check the name";
        }
        if (source.kind == Station.Kind.CONTAINER) {
            boolean embedded = source.resolvers.stream().anyMatch(z -> z.startsWith("docker:"));
            List<String> elsewhere = fabric.dns.zonesWith(name).stream().filter(z -> z.startsWith("docker:"))
                    .filter(z -> !source.resolvers.contains(z)).map(fabric.dns::label).toList();
            if (!embedded) {
                return "container names resolve only on user-defined networks: " + source.name + " is on the default bridge,"
                        + " which has no embedded DNS; " + (elsewhere.isEmpty() ? "put both containers on a user-defined network"
                        + " (docker.network(\"…\"), or any Compose network)" : "connect it to " + elsewhere.get(0) + ", where \""
                        + lookup.name() + "\" is a name");
            }
            if (!elsewhere.isEmpty()) {
                return "\"" + lookup.name() + "\" is a name on Docker network " + String.join(", ", elsewhere) + ", and "
                        + source.name + " is not on it; connect " + source.name + " to " + elsewhere.get(0)
                        + " (Compose: add it to the service's networks)";
            }
            return "no container, alias or service on " + source.name + "'s networks is called \"" + lookup.name()
                    + "\"; check the name, or add it as an alias (networks: {x: {aliases: [" + lookup.name() + "]}})";
        }
        return "use a name the sender's DNS knows, or an address";
    }
}
