package vnetlab.sim;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vnetlab.model.Ipv4;
import vnetlab.model.Protocol;

/**
 * Traces connections through one frozen lab: hop by hop through every bridge, router, NAT, kube-proxy and ingress.
 *
 * <p>Built once per snapshot; cheap to trace many times. Deterministic: kube-proxy's random endpoint choice uses
 * {@link #seed()}.
 *
 * <pre>{@code
 * var sim = Simulator.of(lab.snapshot());
 * sim.trace("phone", "web", Protocol.TCP, 80).delivered()   // true
 * }</pre>
 */
public final class Simulator {

    /** The seed used unless the lab sets one. */
    public static final long DEFAULT_SEED = 42;

    private final Fabric fabric;
    private final long seed;

    Simulator(Fabric fabric, long seed) {
        this.fabric = fabric;
        this.seed = seed;
    }

    /**
     * The simulator for a lab's snapshot, with the default seed.
     *
     * <pre>{@code
     * Simulator.of(lab.snapshot()).trace("phone", "web", Protocol.TCP, 80)
     * }</pre>
     */
    public static Simulator of(vnetlab.model.snapshot.Snapshot snapshot) {
        return new Simulator(SnapshotFabric.of(snapshot), DEFAULT_SEED);
    }

    /** This simulator with another seed for random choices. */
    public Simulator withSeed(long seed) {
        return new Simulator(fabric, seed);
    }

    /** The seed for random choices (kube-proxy's endpoint, a load balancer's node). */
    public long seed() {
        return seed;
    }

    /**
     * Traces a connection from one endpoint to another (ids or names), as the sender would address it.
     *
     * <pre>{@code
     * sim.trace("phone", "dev", Protocol.TCP, 22)   // dropped at laptop: NAT hides dev
     * }</pre>
     *
     * @throws IllegalArgumentException if either endpoint is not in the lab
     */
    public Trace trace(String from, String to, Protocol protocol, int port) {
        Station source = sender(from);
        Fabric.ServiceAddress service = fabric.services.get(to);
        if (service == null) {
            service = fabric.services.values().stream().filter(s -> s.name().equals(to)).findFirst().orElse(null);
        }
        if (service != null) {
            return toService(source, service, protocol, port);
        }
        Station target = station(to);
        return trace(source, target, protocol, port);
    }

    Trace trace(Station source, Station target, Protocol protocol, int port) {
        return trace(source, target, protocol, port, false);
    }

    private Trace trace(Station source, Station target, Protocol protocol, int port, boolean quiet) {
        // A machine that connects to itself goes through its loopback, as "localhost" does.
        Ipv4 dst = target == fabric.internet ? target.address()
                : target == source ? Ipv4.LOOPBACK
                : Addressing.addressFor(source, target, fabric.visibleFrom(source));
        Run run = new Run(fabric, source, seed, target == fabric.internet ? null : target, null, null);
        run.quiet = quiet;
        return start(run, source, protocol, dst, port, quiet ? "" : title(source.name, target.name, protocol, port));
    }

    private Trace toService(Station source, Fabric.ServiceAddress service, Protocol protocol, int port) {
        boolean inside = fabric.isClusterMember(source, service.cluster());
        Ipv4 dst = service.clusterIp();
        int dport = port;
        if (!inside && service.external() != null) {
            dst = service.external();
            dport = port == service.port() ? service.externalPort() : port;
        }
        Run run = new Run(fabric, source, seed, null, null, null);
        return start(run, source, protocol, dst, dport, title(source.name, service.name(), protocol, port));
    }

    private Trace start(Run run, Station source, Protocol protocol, Ipv4 dst, int port, String title) {
        Packet first = new Packet(protocol, sourceAddress(source, dst), Tracer.CLIENT_PORT, dst, port);
        return Tracer.run(run, source, first, title);
    }

    private static String title(String from, String to, Protocol protocol, int port) {
        return from + " → " + to + " " + protocol + (protocol == Protocol.ICMP ? "" : "/" + port);
    }

    /**
     * Traces an HTTP request to a URL whose host resolves through the DNS the sender uses.
     *
     * <pre>{@code
     * sim.trace("internet", "http://shop.example.com/cart")   // works: load balancer → ingress → Service → pod
     * sim.trace("internet", "shop.example.com")               // fails: no scheme; write "http://shop.example.com/"
     * }</pre>
     *
     * @throws IllegalArgumentException if the sender is not in the lab or the text is not an http(s) URL
     */
    public Trace trace(String from, String nameOrUrl) {
        Station source = sender(from);
        String text = nameOrUrl.strip();
        if (!text.contains("://")) {
            throw new IllegalArgumentException("\"" + nameOrUrl + "\" needs a port: write lab.trace(from, \""
                    + nameOrUrl + "\", 80) or a URL such as \"http://" + nameOrUrl + "/\"");
        }
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + nameOrUrl + "\" is not a URL; write e.g. \"http://shop.example.com/cart\"");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("\"" + nameOrUrl + "\" is not an http or https URL; write e.g. "
                    + "\"http://shop.example.com/cart\"");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("\"" + nameOrUrl + "\" has no host; write e.g. \"http://shop.example.com/\"");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return resolveAndTrace(source, uri.getHost(), path, Protocol.TCP, port, text);
    }

    /**
     * Traces a connection to a name resolved through the sender's DNS (Docker's embedded DNS, cluster DNS, public
     * DNS, the lab's host names), on a protocol and port.
     *
     * <pre>{@code
     * sim.traceName("container:host:docker-host/api", "db", Protocol.TCP, 5432)
     * }</pre>
     *
     * @throws IllegalArgumentException if the sender is not in the lab
     */
    public Trace traceName(String from, String name, Protocol protocol, int port) {
        return resolveAndTrace(sender(from), name, null, protocol, port, name);
    }

    private Trace resolveAndTrace(Station source, String host, String path, Protocol protocol, int port, String shown) {
        String title = title(source.name, shown, protocol, port);
        if (host.equalsIgnoreCase("localhost")) {
            host = "127.0.0.1";
        }
        Optional<Ipv4> literal = Ipv4.tryParse(host);
        if (literal.isPresent()) {
            Run run = new Run(fabric, source, seed, null, host, path);
            return start(run, source, protocol, literal.get(), port, title);
        }
        // The DNS step: the sender's resolver asks its DNS server (resolv.conf) before the first packet leaves.
        Resolver resolver = new Resolver(fabric);
        DnsLookup lookup = resolver.lookup(source, host);
        Optional<Dns.Answer> answer = lookup.answered().flatMap(q -> resolve(source, q));
        if (answer.isEmpty()) {
            Run run = new Run(fabric, source, seed, null, host, path);
            Packet first = new Packet(Protocol.UDP, source.address(), Tracer.CLIENT_PORT,
                    lookup.server().orElse(source.address()), 53);
            return Tracer.refused(run, source, first, title, new Verdict.Drop(DropReason.NAME_NOT_RESOLVED,
                    "\"" + host + "\" does not resolve from " + source.name + ": " + lookup.server().map(a -> a + " (")
                    .orElse("") + lookup.serverName() + lookup.server().map(a -> ")").orElse("") + " answers NXDOMAIN"
                    + (lookup.queries().size() > 1 ? " for " + String.join(", ", lookup.queries()) : ""),
                    resolver.fix(source, lookup))).withDns(lookup);
        }
        Dns.Answer a = answer.get();
        Ipv4 dst = a.address();
        Station target = a.station();
        if (a.server().equals("the lab's names") && target != null) {
            dst = target == fabric.internet ? target.address()
                    : Addressing.addressFor(source, target, fabric.visibleFrom(source));
        }
        Run run = new Run(fabric, source, seed, target == fabric.internet ? null : target, host, path);
        return start(run, source, protocol, dst, port, title).withDns(lookup);
    }

    private Optional<Dns.Answer> resolve(Station source, String host) {
        for (String zone : source.resolvers) {
            Optional<Dns.Answer> a = fabric.dns.lookup(zone, host);
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    private static String askedText(Station source) {
        List<String> names = new ArrayList<>();
        for (String zone : source.resolvers) {
            names.add(zone.equals(FabricBuilder.LAB_ZONE) ? "the lab's names"
                    : zone.equals(FabricBuilder.PUBLIC_ZONE) ? "public DNS"
                    : zone.startsWith("cluster:") ? "cluster DNS" : "Docker's embedded DNS at 127.0.0.11");
        }
        return names.isEmpty() ? "no DNS at all" : String.join(", ", names);
    }

    private static String hint(Station source) {
        if (source.kind == Station.Kind.INTERNET) {
            return "public DNS knows the lab's Ingress hosts and internet hosts; add an ingress rule for this host";
        }
        if (source.kind == Station.Kind.CONTAINER) {
            return "container names resolve only on user-defined networks: put both on docker.network(\"…\")";
        }
        return "Service names resolve from pods (cluster DNS); container names from containers on the same "
                + "user-defined network";
    }

    /**
     * Traces an ICMP echo (ping) from one endpoint to another.
     *
     * @throws IllegalArgumentException if either endpoint is not in the lab
     */
    public Trace ping(String from, String to) {
        return trace(from, to, Protocol.ICMP, 0);
    }

    /**
     * Tries a connection between every pair of endpoints (hosts, VMs, containers, pods, INTERNET).
     *
     * <pre>{@code
     * sim.reachability(Protocol.TCP, 80).allowed("phone", "web")   // true
     * }</pre>
     */
    public Reachability reachability(Protocol protocol, int port) {
        List<Station> endpoints = new ArrayList<>();
        java.util.Set<Station> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Station s : fabric.stations.values()) {
            if (seen.add(s) && s.kind != Station.Kind.ROUTER && s.kind != Station.Kind.LOAD_BALANCER && s.kind != Station.Kind.NODE) {
                endpoints.add(s);
            }
        }
        if (endpoints.remove(fabric.internet)) {
            endpoints.add(fabric.internet);
        }
        int n = endpoints.size();
        Reachability.Cell[][] cells = new Reachability.Cell[n][n];
        Reachability.Cell self = new Reachability.Cell(true, Optional.empty(), "itself");
        Reachability.Cell ok = new Reachability.Cell(true, Optional.empty(), "");
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    cells[i][j] = self;
                    continue;
                }
                Trace t = trace(endpoints.get(i), endpoints.get(j), protocol, port, true);
                cells[i][j] = t.delivered() ? ok : new Reachability.Cell(false, t.dropReason(),
                        t.drop().map(Verdict.Drop::detail).orElse(""));
            }
        }
        return new Reachability(protocol + (protocol == Protocol.ICMP ? "" : "/" + port),
                endpoints.stream().map(s -> s.name).toList(), endpoints.stream().map(s -> s.id).toList(), cells);
    }

    private Station sender(String idOrName) {
        Fabric.ServiceAddress service = fabric.services.get(idOrName);
        if (service != null) {
            throw new IllegalArgumentException("Service " + service.name() + " does not open connections; its pods do: "
                    + "trace from one of them");
        }
        return station(idOrName);
    }

    /**
     * The addresses of one endpoint's network namespace, like {@code ip -4 -o addr}: the same devices the trace uses.
     *
     * <pre>{@code
     * sim.ipAddr("node:shop/node-1")   // … cni0 inet 10.244.0.1/24 … flannel.1 inet 10.244.0.0/32 …
     * }</pre>
     *
     * @throws IllegalArgumentException if the endpoint is not in the lab
     */
    public String ipAddr(String idOrName) {
        return IpViews.addr(station(idOrName));
    }

    /**
     * The routing table of one endpoint's network namespace, like {@code ip -4 route}.
     *
     * <pre>{@code
     * sim.ipRoute("node:shop/node-1")   // default via 192.168.10.1 dev eth0 … 10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink
     * }</pre>
     *
     * @throws IllegalArgumentException if the endpoint is not in the lab
     */
    public String ipRoute(String idOrName) {
        return IpViews.route(station(idOrName));
    }

    Station station(String idOrName) {
        Station s = fabric.stations.get(idOrName);
        if (s != null) {
            return s;
        }
        for (Station candidate : fabric.stations.values()) {
            if (candidate.name.equals(idOrName)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("nothing in this lab is called \"" + idOrName
                + "\"; pass an object from the lab, or INTERNET");
    }

    /** The address a station sends from towards {@code dst}: the interface its route leaves through. */
    static Ipv4 sourceAddress(Station s, Ipv4 dst) {
        if (dst.isLoopback()) {
            return Ipv4.LOOPBACK;
        }
        for (Station.Iface i : s.ifaces) {
            if (i.routable() && i.segment().contains(dst)) {
                return i.ip();
            }
        }
        for (Station.Route r : s.routes) {
            if (r.prefix().contains(dst)) {
                Station.Iface i = s.ifaceOn(r.segment());
                if (i != null) {
                    return i.ip();
                }
            }
        }
        if (s.gatewaySegment != null) {
            Station.Iface i = s.ifaceOn(s.gatewaySegment);
            if (i != null) {
                return i.ip();
            }
        }
        return s.address();
    }
}
