package vnetlab.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vnetlab.model.compose.ComposeFile;

/**
 * The Docker engine on a machine: its networks (bridge on docker0, host, none and user-defined ones) and containers.
 *
 * <pre>{@code
 * var docker = host.docker();                                // docker0: 172.17.0.0/16, gateway 172.17.0.1
 * var web = docker.run("web", "nginx").publish(8080, 80);    // 172.17.0.2
 * var backend = docker.network("backend");                   // 172.18.0.0/16, DNS at 127.0.0.11
 * }</pre>
 */
public final class DockerEngine {
    // moby libnetwork ipamutils (local-scope default pools): 172.17/16, 172.18/16, 172.19/16, then 172.20/14,
    // 172.24/14, 172.28/14 split into /16s, then 192.168.0.0/16 split into /20s.
    static final List<Cidr> LOCAL_POOLS = localPools();

    private final Topology topology;
    private final Machine machine;
    private final Map<String, DockerNetwork> networks = new LinkedHashMap<>();
    private final Map<String, Container> containers = new LinkedHashMap<>();
    private Swarm swarm;
    private int started;

    DockerEngine(Topology topology, Machine machine) {
        this.topology = topology;
        this.machine = machine;
        Cidr docker0 = LOCAL_POOLS.get(0);
        networks.put("bridge", new DockerNetwork(this, null, "bridge", DockerDriver.BRIDGE, docker0, docker0.host(1), "docker0",
                null, null, false));
        networks.put("host", new DockerNetwork(this, null, "host", DockerDriver.HOST, null, null, null, null, null, false));
        networks.put("none", new DockerNetwork(this, null, "none", DockerDriver.NONE, null, null, null, null, null, false));
    }

    private static List<Cidr> localPools() {
        List<Cidr> pools = new ArrayList<>();
        pools.add(Cidr.parse("172.17.0.0/16"));
        pools.add(Cidr.parse("172.18.0.0/16"));
        pools.add(Cidr.parse("172.19.0.0/16"));
        for (String big : List.of("172.20.0.0/14", "172.24.0.0/14", "172.28.0.0/14")) {
            pools.addAll(Cidr.parse(big).subnets(16));
        }
        pools.addAll(Cidr.parse("192.168.0.0/16").subnets(20));
        return List.copyOf(pools);
    }

    /** The machine it runs on (a host or a VM). */
    public Machine machine() {
        return machine;
    }

    /**
     * For Docker Desktop: the laptop whose addresses the published ports are forwarded from (the engine itself runs in
     * the Docker Desktop VM).
     */
    public Optional<Host> desktopHost() {
        if (machine instanceof Vm vm && vm.hypervisor().kind() == HypervisorKind.DOCKER_DESKTOP) {
            return Optional.of(vm.host());
        }
        return Optional.empty();
    }

    /** The default bridge network "bridge" on docker0. */
    public DockerNetwork bridge() {
        return networks.get("bridge");
    }

    /**
     * Creates or returns a container from an image, started now on the default bridge (its address is the next free
     * one in start order).
     *
     * <pre>{@code
     * docker.run("web", "nginx")    // 172.17.0.2; re-running returns the same container
     * docker.run("web", "httpd")    // fails: container "web" already runs nginx
     * }</pre>
     */
    public Container run(String name, String image) {
        Texts.dockerName("a container", name);
        if (image == null || image.isBlank() || image.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("container \"" + name + "\" needs an image name without spaces, e.g. \"nginx\", not "
                    + Texts.quote(image));
        }
        Container existing = containers.get(name);
        if (existing != null) {
            if (!existing.image().equals(image)) {
                throw new IllegalArgumentException("container \"" + name + "\" already runs " + existing.image() + ", not " + image
                        + "; remove it with " + rmCall(name) + " first, or use another name for another container");
            }
            return existing;
        }
        Container c = new Container(topology, this, name, image, ++started);
        containers.put(name, c);
        c.joinDefault(bridge());
        topology.record(new DockerStep.RunStep(machine.id(), name, image));
        return c;
    }

    /**
     * The container of this name.
     *
     * @throws IllegalArgumentException if there is none
     */
    public Container container(String name) {
        Container c = containers.get(name);
        if (c == null) {
            throw new IllegalArgumentException("Docker on " + machine.name() + " runs no container " + Texts.quote(name)
                    + "; start it with docker.run(" + Texts.quote(name) + ", \"image\")");
        }
        return c;
    }

    /** Its containers in start order. */
    public List<Container> containers() {
        return List.copyOf(containers.values());
    }

    /** Its networks: bridge, host, none, then the user-defined ones in creation order. */
    public List<DockerNetwork> networks() {
        List<DockerNetwork> out = new ArrayList<>(networks.values());
        if (swarm != null) {
            out.addAll(swarm.networks());
        }
        return out;
    }

    /**
     * Creates or returns a user-defined bridge network; it takes the next free pool (172.18.0.0/16, 172.19.0.0/16 …) and
     * resolves container names at 127.0.0.11. {@code "bridge"}, {@code "host"} and {@code "none"} return the built-in ones.
     *
     * <pre>{@code
     * docker.network("backend")   // 172.18.0.0/16
     * }</pre>
     */
    public DockerNetwork network(String name) {
        DockerNetwork existing = findNetwork(name);
        if (existing != null) {
            return existing;
        }
        Texts.dockerName("a Docker network", name);
        Cidr pool = nextPool();
        topology.record(new DockerStep.DockerNetworkStep(machine.id(), name, java.util.Optional.empty()));
        return add(new DockerNetwork(this, null, name, DockerDriver.BRIDGE, pool, pool.host(1), null, null, null, true));
    }

    /**
     * Creates or returns the network Docker Compose makes for a project: a user-defined bridge named
     * {@code <project>_default}.
     *
     * <pre>{@code
     * var net = docker.composeNetwork("shop");   // shop_default, 172.18.0.0/16
     * docker.run("shop-web-1", "nginx").on(net, "web");
     * }</pre>
     */
    public DockerNetwork composeNetwork(String project) {
        Texts.dockerName("a Compose project", project);
        return network(project + "_default");
    }

    /**
     * Creates or returns a user-defined bridge network with a chosen subnet ({@code docker network create --subnet}).
     *
     * <pre>{@code
     * docker.network("lab", "10.10.0.0/24")   // gateway 10.10.0.1
     * }</pre>
     *
     * @throws IllegalArgumentException if the subnet overlaps another of this engine's networks
     */
    public DockerNetwork network(String name, String subnet) {
        Cidr range = Cidr.parse(subnet);
        DockerNetwork existing = findNetwork(name);
        if (existing != null) {
            if (!existing.subnet().equals(Optional.of(range))) {
                throw new IllegalArgumentException("Docker network \"" + name + "\" is already " + existing.subnet().map(Cidr::toString)
                        .orElse(existing.driver().toString()) + ", not " + range + "; use another name");
            }
            return existing;
        }
        Texts.dockerName("a Docker network", name);
        if (range.prefix() > 30) {
            throw new IllegalArgumentException(Texts.quote(subnet) + " is too small for a Docker network; use /30 or larger");
        }
        for (DockerNetwork n : networks()) {
            if (n.subnet().isPresent() && n.subnet().get().overlaps(range)) {
                throw new IllegalArgumentException(range + " overlaps Docker network \"" + n.name() + "\" (" + n.subnet().get()
                        + "); pick a subnet that does not, e.g. " + nextPool());
            }
        }
        topology.record(new DockerStep.DockerNetworkStep(machine.id(), name, java.util.Optional.of(range.toString())));
        return add(new DockerNetwork(this, null, name, DockerDriver.BRIDGE, range, range.host(1), null, null, null, true));
    }

    /** A user-defined bridge with a chosen subnet and gateway (Compose ipam.config); quietly, Compose records itself. */
    DockerNetwork network(String name, String subnet, Ipv4 gateway) {
        DockerNetwork existing = findNetwork(name);
        if (existing == null) {
            DockerNetwork made = network(name, subnet);
            if (!made.gateway().equals(gateway)) {
                networks.remove(name);
                Cidr range = Cidr.parse(subnet);
                if (gateway.equals(range.network()) || gateway.equals(range.broadcast())) {
                    throw new IllegalArgumentException("gateway " + gateway + " is the network or broadcast address of " + range
                            + "; use e.g. " + range.host(1));
                }
                return add(new DockerNetwork(this, null, name, DockerDriver.BRIDGE, range, gateway, null, null, null, true));
            }
            return made;
        }
        return network(name, subnet);
    }

    /**
     * What {@code docker network inspect NAME} prints for one of its networks: name, id, driver, IPAM subnet and gateway,
     * internal, the containers with their addresses, the Compose labels.
     *
     * <pre>{@code
     * docker.networkInspect("backend")   // [{"Name": "backend", "Driver": "bridge", "IPAM": {...}, "Containers": {...}}]
     * }</pre>
     *
     * @throws IllegalArgumentException if the engine has no such network
     */
    public CommandOutput networkInspect(String name) {
        DockerNetwork n = findNetwork(name);
        if (n == null) {
            throw new IllegalArgumentException("Error: No such network: " + name + " (Docker on " + machine.name() + " has "
                    + DockerViews.names(networks()) + ")");
        }
        return DockerViews.inspect(n);
    }

    /**
     * Builds a Docker Compose project on this engine, all or nothing, as {@code docker compose up} would: the networks
     * the services use ({@code <project>_default}, {@code <project>_<key>}, subnets from Docker's pools unless
     * ipam gives one), then one container per service ({@code <project>-<service>-1}) in depends_on order, with the
     * service name as a DNS name on each of its networks, then the published ports. Takes a file's path or the YAML
     * itself; warns one line per key it ignores (docs/import.md lists them).
     *
     * <pre>{@code
     * docker.compose("shop/compose.yaml")                       // works: project "shop" (the folder's name)
     * docker.compose("services:\n  web:\n    image: nginx\n")  // works: project "app", app_default 172.18.0.0/16
     * docker.compose("services:\n  web:\n    ports: [\"80:80:80\"]\n")
     *                                        // fails: compose.yaml:3:13: port "80:80:80" has three parts, so ...
     * }</pre>
     *
     * @throws IllegalArgumentException at the first problem, naming the file, line, column and the fix; the lab is
     *                                  then unchanged
     */
    public ComposeProject compose(String pathOrText) {
        ComposeSource src = ComposeSource.of(pathOrText);
        return compose(src.text(), src.name(), src.defaultProject());
    }

    ComposeProject compose(String text, String sourceName, String defaultProject) {
        ComposeSource src = new ComposeSource(text, sourceName, defaultProject);
        ComposeFile file = ComposeFile.read(src.text(), src.name(), src.defaultProject());
        // All or nothing: build on a copy of the lab first; only if that works, on the lab itself.
        Topology copy = Warnings.muted(() -> LabFile.read(LabFile.write(topology), topology.name()));
        DockerEngine twin = copy.dockerEngines().stream().filter(e -> e.machine().id().equals(machine.id())).findFirst()
                .orElseThrow();
        Warnings.muted(() -> copy.quietly(() -> new ComposeBuild(twin, file).run()));
        ComposeBuild build = topology.quietly(() -> new ComposeBuild(this, file).run());
        topology.record(new DockerStep.ComposeStep(machine.id(), src.name(), src.defaultProject(), src.text()));
        List<String> warnings = new ArrayList<>(file.warnings());
        warnings.addAll(build.notes());
        warnings.forEach(topology::warn);
        return new ComposeProject(file.project(), List.copyOf(build.containers().values()),
                List.copyOf(build.networks().values()), warnings);
    }

    /**
     * This engine's containers and networks as a Compose file, which {@code docker.compose(text)} builds back the same
     * (networks with their subnets, fixed addresses, aliases, published ports, network modes).
     *
     * <pre>{@code
     * System.out.println(docker.composeFile())
     * }</pre>
     */
    public String composeFile() {
        return ComposeExport.of(this);
    }

    /**
     * Creates or returns a macvlan network on a host NIC: containers get their own MAC and an address on that NIC's LAN,
     * with no bridge and no NAT; the host itself cannot reach them through that NIC.
     *
     * <pre>{@code
     * docker.macvlan("lan", "eth0")   // containers on home, e.g. 192.168.1.3
     * }</pre>
     */
    public DockerNetwork macvlan(String name, String parentNic) {
        return onParent(name, parentNic, DockerDriver.MACVLAN);
    }

    /**
     * Creates or returns an ipvlan (L2) network on a host NIC: like macvlan, but containers share the parent's MAC.
     *
     * <pre>{@code
     * docker.ipvlan("lan", "eth0")
     * }</pre>
     */
    public DockerNetwork ipvlan(String name, String parentNic) {
        return onParent(name, parentNic, DockerDriver.IPVLAN);
    }

    private DockerNetwork onParent(String name, String parentNic, DockerDriver driver) {
        DockerNetwork existing = findNetwork(name);
        if (existing != null) {
            if (existing.driver() != driver || !existing.parentNic().equals(Optional.of(parentNic))) {
                throw new IllegalArgumentException("Docker network \"" + name + "\" is already " + existing.driver()
                        + existing.parentNic().map(p -> " on " + p).orElse("") + ", not " + driver + " on " + parentNic
                        + "; use another name");
            }
            return existing;
        }
        Texts.dockerName("a Docker network", name);
        if (!(machine instanceof Host host)) {
            throw new IllegalArgumentException(driver + " needs a physical NIC; Docker in VM \"" + machine.name()
                    + "\" has none, run it on a host instead");
        }
        Nic nic = host.nic(parentNic);
        Lan lan = nic.lan();
        topology.record(driver == DockerDriver.MACVLAN ? new DockerStep.MacvlanStep(machine.id(), name, parentNic)
                : new DockerStep.IpvlanStep(machine.id(), name, parentNic));
        if (driver == DockerDriver.MACVLAN) {
            // docs.docker.com macvlan driver: the host cannot reach its own macvlan containers through the parent interface.
            topology.warn("host \"" + host.name() + "\" cannot reach the containers on macvlan network \"" + name + "\" through "
                    + parentNic + " (by design); other machines on " + lan.name() + " can");
        }
        return add(new DockerNetwork(this, null, name, driver, lan.cidr(), lan.router(), null, lan, parentNic, true));
    }

    /**
     * The swarm overlay network of this name (the engine must have joined a swarm).
     *
     * <pre>{@code
     * lab.swarm("prod").join(docker);
     * docker.overlay("web")   // 10.0.1.0/24, shared by the swarm's hosts
     * }</pre>
     *
     * @throws IllegalStateException if the engine is in no swarm
     */
    public DockerNetwork overlay(String name) {
        if (swarm == null) {
            throw new IllegalStateException("Docker on \"" + machine.name() + "\" is not in a swarm; overlay networks need swarm mode,"
                    + " call lab.swarm(\"prod\").join(docker) first");
        }
        return swarm.overlay(name);
    }

    /** The swarm it joined, if any. */
    public Optional<Swarm> swarm() {
        return Optional.ofNullable(swarm);
    }

    // ---- package-private ----

    Topology topology() {
        return topology;
    }

    void joinSwarm(Swarm s) {
        if (swarm != null && swarm != s) {
            throw new IllegalStateException("Docker on \"" + machine.name() + "\" is already in swarm \"" + swarm.name()
                    + "\"; an engine joins one swarm");
        }
        if (swarm == null) {
            swarm = s;
            // Swarm mode creates docker_gwbridge on every node for overlay containers' outside traffic.
            Cidr pool = nextPool();
            add(new DockerNetwork(this, null, "docker_gwbridge", DockerDriver.BRIDGE, pool, pool.host(1), "docker_gwbridge",
                    null, null, false));
        }
    }

    private DockerNetwork findNetwork(String name) {
        DockerNetwork n = networks.get(name);
        if (n == null && swarm != null) {
            n = swarm.networks().stream().filter(o -> o.name().equals(name)).findFirst().orElse(null);
        }
        return n;
    }

    /**
     * Removes a container (like {@code docker rm -f}): it leaves its networks, its addresses and published ports are
     * free again.
     *
     * <pre>{@code
     * docker.run("web", "nginx").publish(8080, 8080);   // meant 8080:80
     * docker.rm("web");                                 // works
     * docker.run("web", "nginx").publish(8080, 80);     // a new web
     * }</pre>
     *
     * @throws IllegalArgumentException if no container has that name, or it is a node of a kind or minikube cluster
     */
    public DockerEngine rm(String name) {
        Container c = containers.get(name);
        if (c == null) {
            throw new IllegalArgumentException("Docker on " + machine.name() + " runs no container " + Texts.quote(name)
                    + (containers.isEmpty() ? "" : "; it runs " + containers.keySet()));
        }
        topology.clusters().stream().filter(k -> k.nodes().stream().anyMatch(n -> n.container().filter(x -> x == c).isPresent()))
                .findFirst().ifPresent(k -> {
                    throw new IllegalArgumentException("container \"" + name + "\" is a node of Kubernetes cluster \"" + k.name()
                            + "\"; a cluster's nodes go with the cluster");
                });
        c.remove();
        containers.remove(name);
        topology.record(new DockerStep.RmStep(machine.id(), name));
        return this;
    }

    /**
     * Removes a user-defined network that no container is on (like {@code docker network rm}).
     *
     * <pre>{@code
     * docker.network("backend", "10.0.0.0/24");   // overlaps the office
     * docker.removeNetwork("backend");            // works
     * docker.network("backend");                  // 172.18.0.0/16
     * }</pre>
     *
     * @throws IllegalArgumentException for bridge, host and none, an unknown name, or a network containers are on
     */
    public DockerEngine removeNetwork(String name) {
        DockerNetwork n = networks.get(name);
        if (n == null || !n.userDefined()) {
            throw new IllegalArgumentException(n == null ? "Docker on " + machine.name() + " has no network " + Texts.quote(name)
                    + "; it has " + networks.keySet() : "network \"" + name + "\" is one of Docker's own (bridge, host, none); it cannot be removed");
        }
        if (!n.containers().isEmpty()) {
            throw new IllegalArgumentException("containers " + n.containers().stream().map(Container::name).toList() + " are on network \""
                    + name + "\"; remove them first, e.g. " + rmCall(n.containers().get(0).name()));
        }
        networks.remove(name);
        topology.record(new DockerStep.RemoveNetworkStep(machine.id(), name));
        return this;
    }

    /** Fails if containers still run here: what is about to be removed would take them along. */
    void checkEmpty(String what) {
        if (!containers.isEmpty()) {
            throw new IllegalArgumentException("Docker in " + what + " still runs containers " + containers.keySet()
                    + "; remove them first, e.g. " + rmCall(containers.keySet().iterator().next()));
        }
    }

    /** The call that removes a container, as a learner would type it. */
    static String rmCall(String container) {
        return "docker.rm(\"" + container + "\")";
    }

    private DockerNetwork add(DockerNetwork n) {
        networks.put(n.name(), n);
        return n;
    }

    private Cidr nextPool() {
        List<Cidr> taken = new ArrayList<>(machine.attachedRanges());
        networks.values().forEach(n -> n.subnet().ifPresent(taken::add));
        for (Cidr pool : LOCAL_POOLS) {
            if (taken.stream().noneMatch(pool::overlaps)) {
                return pool;
            }
        }
        throw new IllegalStateException("Docker on \"" + machine.name() + "\" has used all its default address pools; give the"
                + " network a subnet, e.g. docker.network(\"name\", \"10.10.0.0/24\")");
    }

    void checkHostPortFree(Ipv4 ip, int port, Protocol protocol, String forWhom) {
        for (Container c : containers.values()) {
            for (PublishedPort p : c.published()) {
                if (p.clashesWith(ip, port, protocol)) {
                    throw new IllegalArgumentException("host port " + port + "/" + protocol + " on " + machine.name()
                            + " is already published by container \"" + c.name() + "\"; remove it with " + c.unpublishCall(p)
                            + ", or pick another host port for " + forWhom);
                }
            }
        }
    }

    /** {@code Docker on docker-host: 3 containers; networks bridge 172.17.0.0/16, backend 172.18.0.0/16}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Docker on ").append(machine.name()).append(": ")
                .append(Topology.count(containers.size(), "container")).append("; networks");
        String sep = " ";
        for (DockerNetwork n : networks()) {
            b.append(sep).append(n.name()).append(n.subnet().map(s -> " " + s).orElse(""));
            sep = ", ";
        }
        return b.toString();
    }
}
