package vnetlab.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A container started from an image by a Docker engine: its networks with an address on each, aliases, and ports
 * published on the host.
 *
 * <pre>{@code
 * var web = docker.run("web", "nginx").publish(8080, 80);    // 172.17.0.2, host port 8080 → 80
 * var api = docker.run("api", "python:3.12").on(backend);    // leaves the default bridge for backend: 172.18.0.2
 * var probe = docker.run("probe", "prom/prometheus").hostNetwork();   // shares the host's addresses
 * }</pre>
 */
public final class Container implements Endpoint {

    /** Where a container is on one network: its address, MAC and DNS aliases there. */
    public static final class Attachment {
        private final DockerNetwork network;
        private final Ipv4 address;
        private final Mac mac;
        private final List<String> aliases = new ArrayList<>();

        Attachment(DockerNetwork network, Ipv4 address, Mac mac) {
            this.network = network;
            this.address = address;
            this.mac = mac;
        }

        /** The network. */
        public DockerNetwork network() {
            return network;
        }

        /** Its address there; empty on host and none. */
        public Optional<Ipv4> address() {
            return Optional.ofNullable(address);
        }

        /** Its MAC there; empty on host and none. */
        public Optional<Mac> mac() {
            return Optional.ofNullable(mac);
        }

        /** Extra DNS names on this network. */
        public List<String> aliases() {
            return List.copyOf(aliases);
        }

        @Override
        public String toString() {
            return network.name() + (address != null ? " " + address : "") + (aliases.isEmpty() ? "" : " aliases " + aliases);
        }
    }

    private final Topology topology;
    private final DockerEngine engine;
    private final String name;
    private final String image;
    private final int startOrder;
    private final Map<DockerNetwork, Attachment> attachments = new LinkedHashMap<>();
    private final List<PublishedPort> published = new ArrayList<>();
    private boolean onlyDefaultBridge;
    private final List<Integer> exposed = new ArrayList<>();
    private Container stackOwner;
    private String project;
    private String service;

    Container(Topology topology, DockerEngine engine, String name, String image, int startOrder) {
        this.topology = topology;
        this.engine = engine;
        this.name = name;
        this.image = image;
        this.startOrder = startOrder;
    }

    @Override
    public String id() {
        // the machine's own id, so a host and a VM of the same name never give two containers one id
        return "container:" + engine.machine().id() + "/" + name;
    }

    @Override
    public String name() {
        return name;
    }

    /** The image it runs, e.g. {@code nginx}. */
    public String image() {
        return image;
    }

    /** The engine that runs it. */
    public DockerEngine engine() {
        return engine;
    }

    /** 1 for the engine's first container, 2 for the next … */
    public int startOrder() {
        return startOrder;
    }

    /**
     * Its address on its first network; the machine's address when it uses the host network.
     *
     * @throws IllegalStateException on the none network
     */
    @Override
    public Ipv4 address() {
        if (stackOwner != null) {
            return stackOwner.address();
        }
        Attachment first = attachments.values().iterator().next();
        if (first.network().driver() == DockerDriver.HOST) {
            return engine.machine().address();
        }
        return first.address().orElseThrow(() -> new IllegalStateException("container \"" + name
                + "\" is on the none network and has only loopback; attach it with container.on(network)"));
    }

    @Override
    public List<Ipv4> addresses() {
        if (stackOwner != null) {
            return stackOwner.addresses();
        }
        if (hostNetworked()) {
            return engine.machine().addresses();
        }
        return attachments.values().stream().flatMap(a -> a.address().stream()).toList();
    }

    /** Its networks with its address on each, in the order it joined them. */
    public List<Attachment> attachments() {
        return List.copyOf(attachments.values());
    }

    /** The networks it is on. */
    public List<DockerNetwork> networks() {
        return List.copyOf(attachments.keySet());
    }

    /** Its published ports (none when it uses the host network: Docker discards them). */
    public List<PublishedPort> published() {
        return List.copyOf(published);
    }

    /**
     * The container whose network stack it shares ({@code --network container:db}, Compose
     * {@code network_mode: service:db}): same addresses, same ports, one localhost.
     */
    public Optional<Container> sharesStackOf() {
        return Optional.ofNullable(stackOwner);
    }

    /**
     * What {@code docker port NAME} prints: one line per published port, {@code 80/tcp -> 0.0.0.0:8080} (Docker also
     * prints the IPv6 line {@code [::]:8080}; vnetlab is IPv4).
     *
     * <pre>{@code
     * web.port()   // 80/tcp -> 0.0.0.0:8080
     * }</pre>
     */
    public CommandOutput port() {
        return DockerViews.port(this);
    }

    /** The ports it declares with Compose's {@code expose}: documentation only, nothing is published. */
    public List<Integer> exposed() {
        return List.copyOf(exposed);
    }

    /** The Compose project and service it was created for, as {@code shop/web}, if Compose created it. */
    public Optional<String> composeService() {
        return project == null ? Optional.empty() : Optional.of(project + "/" + service);
    }

    void composed(String composeProject, String composeService) {
        this.project = composeProject;
        this.service = composeService;
    }

    void expose(int port) {
        Port.check(port, "expose port");
        if (!exposed.contains(port)) {
            exposed.add(port);
        }
    }

    void shareStackOf(Container owner) {
        if (owner == this) {
            throw new IllegalArgumentException("container \"" + name + "\" cannot share its own network stack");
        }
        if (owner.engine != engine) {
            throw new IllegalArgumentException("container \"" + owner.name + "\" runs on another engine; a shared network stack"
                    + " needs both on " + engine.machine().name());
        }
        if (stackOwner == owner) {
            return;
        }
        detachAll();
        published.clear();
        stackOwner = owner.stackOwner != null ? owner.stackOwner : owner;
        onlyDefaultBridge = false;
    }

    /** Joins a network at a chosen address (Compose {@code ipv4_address}), with aliases. */
    void onAt(DockerNetwork network, Ipv4 fixed, List<String> aliases) {
        Attachment a = attachments.get(network);
        if (a != null && a.address != null && !a.address.equals(fixed)) {
            throw new IllegalArgumentException("container \"" + name + "\" is already " + a.address + " on \"" + network.name()
                    + "\", not " + fixed + "; remove the container first or keep its address");
        }
        if (a == null) {
            if (onlyDefaultBridge || attachments.keySet().stream().anyMatch(n -> n.driver() == DockerDriver.NONE)) {
                detachAll();
                onlyDefaultBridge = false;
            }
            Ipv4 ip = network.claim(this, fixed);
            attachments.put(network, new Attachment(network, ip, Mac.docker(ip)));
            network.join(this);
        }
        on(network, aliases.toArray(String[]::new));
    }

    /** Whether it shares the host's network stack ({@code --network host}). */
    public boolean hostNetworked() {
        return attachments.keySet().stream().anyMatch(n -> n.driver() == DockerDriver.HOST);
    }

    /**
     * The names other containers on that network can use for it (its name and aliases); none on the default bridge,
     * which has no name resolution.
     */
    public List<String> dnsNames(DockerNetwork network) {
        Attachment a = attachments.get(network);
        if (a == null || network.dns().isEmpty()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(a.aliases);
        return names;
    }

    /**
     * Connects it to a network ({@code docker run --network} for the first call, {@code docker network connect} after).
     * A container started on the default bridge leaves it when it first joins another network.
     *
     * <pre>{@code
     * docker.run("api", "python:3.12").on(backend)           // 172.18.0.2, no longer on bridge
     * docker.run("api", "python:3.12").on(frontend, "api-v1") // also on frontend, with an alias
     * }</pre>
     *
     * @throws IllegalArgumentException if it uses the host network or the network is another engine's
     */
    public Container on(DockerNetwork network, String... aliases) {
        Texts.required(network, "container.on", "a Docker network", "docker.network(\"backend\")");
        Texts.required(aliases, "container.on", "aliases", "\"db\"");
        if (network.driver() == DockerDriver.HOST) {
            return hostNetwork();
        }
        if (network.driver() == DockerDriver.NONE) {
            return noNetwork();
        }
        boolean changed = false;
        boolean mine = network.engine().map(e -> e == engine).orElse(false)
                || network.swarm().flatMap(s -> engine.swarm().filter(es -> es == s)).isPresent();
        if (!mine) {
            throw new IllegalArgumentException("Docker network \"" + network.name() + "\" belongs to " + network.engine()
                    .map(e -> "Docker on " + e.machine().name()).orElse("another swarm") + ", not to Docker on "
                    + engine.machine().name() + "; create it with this engine's docker.network(...)");
        }
        if (hostNetworked()) {
            throw new IllegalArgumentException("container \"" + name + "\" uses the host network, so it cannot also join \""
                    + network.name() + "\"; run another container for that");
        }
        if (attachments.keySet().stream().anyMatch(n -> n.driver() == DockerDriver.NONE)) {
            detachAll();
        }
        if (!attachments.containsKey(network)) {
            if (onlyDefaultBridge) {
                detachAll();
            }
            attach(network);
            changed = true;
        }
        if (onlyDefaultBridge) {
            onlyDefaultBridge = false;
            changed = true;
        }
        Attachment a = attachments.get(network);
        for (String alias : aliases) {
            Texts.name("an alias", alias);
            if (!a.aliases.contains(alias)) {
                a.aliases.add(alias);
                changed = true;
            }
        }
        if (changed) {
            topology.record(new DockerStep.ContainerOnStep(engine.machine().id(), name, network.name(), List.of(aliases)));
        }
        return this;
    }

    /**
     * Adds DNS aliases on the network it joined last (user-defined networks resolve them at 127.0.0.11).
     *
     * <pre>{@code
     * docker.run("db", "postgres").on(backend).alias("database")
     * }</pre>
     */
    public Container alias(String... aliases) {
        List<DockerNetwork> nets = networks();
        return on(nets.get(nets.size() - 1), aliases);
    }

    /**
     * Runs it on the host's network stack ({@code --network host}): no address of its own; published ports are discarded.
     *
     * <pre>{@code
     * docker.run("probe", "prom/prometheus").hostNetwork()   // listens on 192.168.1.2:9090
     * }</pre>
     */
    public Container hostNetwork() {
        if (hostNetworked()) {
            return this;
        }
        detachAll();
        attach(engine.networks().stream().filter(n -> n.driver() == DockerDriver.HOST).findFirst().orElseThrow());
        onlyDefaultBridge = false;
        if (!published.isEmpty()) {
            warnDiscarded();
            published.clear();
        }
        topology.record(new DockerStep.HostNetworkStep(engine.machine().id(), name));
        return this;
    }

    /** Runs it with loopback only ({@code --network none}). */
    public Container noNetwork() {
        if (attachments.keySet().stream().anyMatch(n -> n.driver() == DockerDriver.NONE)) {
            return this;
        }
        detachAll();
        published.clear();
        attach(engine.networks().stream().filter(n -> n.driver() == DockerDriver.NONE).findFirst().orElseThrow());
        onlyDefaultBridge = false;
        topology.record(new DockerStep.NoNetworkStep(engine.machine().id(), name));
        return this;
    }

    /**
     * Publishes a container port on every host address over tcp ({@code -p 8080:80}).
     *
     * <pre>{@code
     * web.publish(8080, 80)    // works
     * api.publish(8080, 5000)  // fails: host port 8080/tcp on docker-host is already published by container "web"
     * }</pre>
     *
     * @throws IllegalArgumentException for bad ports or a host port already taken
     */
    public Container publish(int hostPort, int containerPort) {
        return publish(new PublishedPort(Ipv4.ANY, hostPort, containerPort, Protocol.TCP));
    }

    /** Publishes with a protocol, e.g. {@code publish(5353, 53, Protocol.UDP)} ({@code -p 5353:53/udp}). */
    public Container publish(int hostPort, int containerPort, Protocol protocol) {
        return publish(new PublishedPort(Ipv4.ANY, hostPort, containerPort, protocol));
    }

    /** Publishes on one host address, e.g. {@code publish("127.0.0.1", 8080, 80)} ({@code -p 127.0.0.1:8080:80}). */
    public Container publish(String hostIp, int hostPort, int containerPort) {
        return publish(new PublishedPort(Ipv4.parse(hostIp), hostPort, containerPort, Protocol.TCP));
    }

    /** Publishes on one host address with a protocol. */
    public Container publish(String hostIp, int hostPort, int containerPort, Protocol protocol) {
        return publish(new PublishedPort(Ipv4.parse(hostIp), hostPort, containerPort, protocol));
    }

    private Container publish(PublishedPort port) {
        if (published.contains(port)) {
            return this;
        }
        if (hostNetworked()) {
            warnDiscarded();
            return this;
        }
        if (!port.hostIp().equals(Ipv4.ANY) && !port.hostIp().isLoopback()
                && !engine.machine().addresses().contains(port.hostIp())) {
            throw new IllegalArgumentException(port.hostIp() + " is not an address of " + engine.machine().name() + " "
                    + engine.machine().addresses() + "; publish on one of those, 127.0.0.1 or all (0.0.0.0)");
        }
        for (PublishedPort mine : published) {
            if (mine.clashesWith(port.hostIp(), port.hostPort(), port.protocol())) {
                throw new IllegalArgumentException("container \"" + name + "\" already publishes host port " + port.hostPort() + "/"
                        + port.protocol() + " as " + mine + "; remove it with " + unpublishCall(mine) + ", or pick another host port");
            }
        }
        engine.checkHostPortFree(port.hostIp(), port.hostPort(), port.protocol(), "container \"" + name + "\"");
        if (engine.machine() instanceof Host h) {
            for (Hypervisor hv : h.hypervisors()) {
                for (PortForward f : hv.forwards()) {
                    if (port.clashesWith(f.hostIp(), f.hostPort(), f.protocol())) {
                        throw new IllegalArgumentException("host port " + port.hostPort() + "/" + port.protocol() + " on " + h.name()
                                + " already forwards to VM \"" + f.vm() + "\"; remove it with " + hv.unforwardCall(f)
                                + ", or pick another host port for container \"" + name + "\"");
                    }
                }
            }
        }
        published.add(port);
        topology.record(new DockerStep.PublishStep(engine.machine().id(), name, port.hostIp().toString(), port.hostPort(),
                port.containerPort(), port.protocol().toString()));
        return this;
    }

    /**
     * Stops publishing a tcp host port: the undo of {@link #publish(int, int)}.
     *
     * <pre>{@code
     * web.publish(8080, 8080);   // meant 8080:80
     * web.unpublish(8080);       // works
     * web.publish(8080, 80);     // works
     * }</pre>
     *
     * @throws IllegalArgumentException if it does not publish that host port
     */
    public Container unpublish(int hostPort) {
        return unpublish(hostPort, Protocol.TCP);
    }

    /**
     * Stops publishing a host port of a protocol.
     *
     * <pre>{@code
     * dns.unpublish(53, UDP)
     * }</pre>
     *
     * @throws IllegalArgumentException if it does not publish that host port and protocol
     */
    public Container unpublish(int hostPort, Protocol protocol) {
        Port.check(hostPort, "host port");
        List<PublishedPort> gone = published.stream().filter(p -> p.hostPort() == hostPort && p.protocol() == protocol).toList();
        if (gone.isEmpty()) {
            throw new IllegalArgumentException("container \"" + name + "\" publishes no host port " + hostPort + "/" + protocol
                    + (published.isEmpty() ? "" : "; it publishes " + published));
        }
        published.removeAll(gone);
        topology.record(new DockerStep.UnpublishStep(engine.machine().id(), name, hostPort, protocol.toString()));
        return this;
    }

    /** The call that stops publishing a port, as a learner would type it. */
    String unpublishCall(PublishedPort p) {
        return "docker.container(\"" + name + "\").unpublish(" + p.hostPort() + (p.protocol() == Protocol.TCP ? "" : ", " + p.protocol().name()) + ")";
    }

    /** When it is removed: it leaves every network, so its addresses are free. */
    void remove() {
        detachAll();
        published.clear();
    }

    private void warnDiscarded() {
        // docs.docker.com, host network driver: "Published ports are discarded when using host network mode".
        topology.warn("container \"" + name + "\" uses the host network, so its published ports are discarded"
                + " (Docker: \"Published ports are discarded when using host network mode\"); it listens on "
                + engine.machine().name() + "'s own ports");
    }

    void joinDefault(DockerNetwork bridge) {
        attach(bridge);
        onlyDefaultBridge = true;
    }

    private void attach(DockerNetwork network) {
        Ipv4 ip = null;
        Mac mac = null;
        if (network.subnet().isPresent()) {
            ip = network.allocate(this);
            mac = network.driver() == DockerDriver.IPVLAN ? ((Host) engine.machine()).nic(network.parentNic().orElseThrow()).mac()
                    : Mac.docker(ip);
        }
        attachments.put(network, new Attachment(network, ip, mac));
        network.join(this);
    }

    private void detachAll() {
        for (Attachment a : attachments.values()) {
            a.network.leave(this, a.address);
        }
        attachments.clear();
    }

    /** {@code container web (nginx) on docker-host: bridge 172.17.0.2, publishes 0.0.0.0:8080->80/tcp}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("container ").append(name).append(" (").append(image).append(") on ")
                .append(engine.machine().name()).append(": ");
        if (stackOwner != null) {
            b.append("network stack of container ").append(stackOwner.name);
        } else if (hostNetworked()) {
            b.append("host network");
        } else {
            String sep = "";
            for (Attachment a : attachments.values()) {
                b.append(sep).append(a);
                sep = ", ";
            }
        }
        if (!published.isEmpty()) {
            b.append(", publishes ").append(String.join(", ", published.stream().map(PublishedPort::toString).toList()));
        }
        return b.toString();
    }
}
