package vnetlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Docker network: the default bridge (docker0), a user-defined bridge (br-…, with embedded DNS at 127.0.0.11),
 * host, none, an overlay across a swarm, or macvlan/ipvlan on a parent NIC.
 *
 * <pre>{@code
 * var backend = docker.network("backend");   // 172.18.0.0/16, gateway 172.18.0.1, DNS at 127.0.0.11
 * docker.run("api", "python:3.12").on(backend)   // 172.18.0.2
 * }</pre>
 */
public final class DockerNetwork implements Network {
    /** Docker's embedded DNS server on user-defined networks (docs.docker.com, engine/network). */
    public static final Ipv4 EMBEDDED_DNS = Ipv4.parse("127.0.0.11");

    private final String name;
    private final DockerDriver driver;
    private final String id;
    private final Cidr subnet;
    private final Ipv4 gateway;
    private final String bridge;
    private final Lan parent;
    private final String parentNic;
    private final boolean userDefined;
    private final AddressBook book;
    private final List<Container> containers = new ArrayList<>();
    private final DockerEngine engine;
    private final Swarm swarm;
    private boolean internal;
    private String project;

    DockerNetwork(DockerEngine engine, Swarm swarm, String name, DockerDriver driver, Cidr subnet, Ipv4 gateway,
            String bridge, Lan parent, String parentNic, boolean userDefined) {
        this.engine = engine;
        this.swarm = swarm;
        this.name = name;
        this.driver = driver;
        this.id = Ids.hex64("docker-network/" + (engine != null ? engine.machine().name() : "swarm/" + swarm.name()) + "/" + name);
        this.subnet = subnet;
        this.gateway = gateway;
        this.bridge = bridge != null ? bridge : (driver == DockerDriver.BRIDGE ? "br-" + id.substring(0, 12) : null);
        this.parent = parent;
        this.parentNic = parentNic;
        this.userDefined = userDefined;
        this.book = subnet != null && parent == null ? new AddressBook(name, subnet) : null;
        if (book != null && gateway != null) {
            book.claim(gateway, "the gateway");
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** Its driver: bridge, host, none, overlay, macvlan or ipvlan. */
    public DockerDriver driver() {
        return driver;
    }

    /** Its 64-hex-digit id (derived from the names, so a rebuilt lab gets the same). */
    public String id() {
        return id;
    }

    /**
     * Its subnet.
     *
     * @throws IllegalStateException for the host and none networks, which have none
     */
    @Override
    public Cidr cidr() {
        return subnet().orElseThrow(() -> new IllegalStateException("the Docker network \"" + name
                + "\" (" + driver + ") has no subnet of its own"));
    }

    /** Its subnet; empty for host and none. */
    public Optional<Cidr> subnet() {
        return Optional.ofNullable(subnet);
    }

    /**
     * Its gateway: the bridge's address (172.17.0.1 on docker0), or the LAN's router for macvlan/ipvlan.
     *
     * @throws IllegalStateException for host and none
     */
    @Override
    public Ipv4 gateway() {
        if (gateway == null) {
            throw new IllegalStateException("the Docker network \"" + name + "\" (" + driver + ") has no gateway");
        }
        return gateway;
    }

    /** The Linux bridge on the host: docker0 for the default network, br-&lt;12 hex of the id&gt; for user-defined ones. */
    public Optional<String> bridge() {
        return Optional.ofNullable(bridge);
    }

    /** The DNS server containers use: 127.0.0.11 (embedded) on user-defined networks, none on the default bridge. */
    public Optional<Ipv4> dns() {
        return userDefined && driver != DockerDriver.HOST && driver != DockerDriver.NONE ? Optional.of(EMBEDDED_DNS) : Optional.empty();
    }

    /** Whether a learner created it (user-defined networks resolve container names; the default bridge does not). */
    public boolean userDefined() {
        return userDefined;
    }

    /** For macvlan/ipvlan: the LAN of the parent NIC. */
    public Optional<Lan> parentLan() {
        return Optional.ofNullable(parent);
    }

    /** For macvlan/ipvlan: the parent NIC's name, e.g. eth0. */
    public Optional<String> parentNic() {
        return Optional.ofNullable(parentNic);
    }

    /** The engine it belongs to; empty for an overlay (it belongs to the swarm). */
    public Optional<DockerEngine> engine() {
        return Optional.ofNullable(engine);
    }

    /** The swarm of an overlay network. */
    public Optional<Swarm> swarm() {
        return Optional.ofNullable(swarm);
    }

    /**
     * Whether it is internal ({@code docker network create --internal}, Compose {@code internal: true}): its containers
     * reach each other but nothing outside, and nothing outside reaches them.
     */
    public boolean internal() {
        return internal;
    }

    /** The Compose project that created it, if one did. */
    public Optional<String> project() {
        return Optional.ofNullable(project);
    }

    void composed(String composeProject, boolean isInternal) {
        this.project = composeProject;
        this.internal = isInternal;
    }

    Ipv4 claim(Container c, Ipv4 address) {
        String owner = "container \"" + c.name() + "\"";
        if (parent != null) {
            parent.claim(address, owner);
            return address;
        }
        if (subnet == null || !subnet.contains(address)) {
            throw new IllegalArgumentException("ipv4_address " + address + " of " + owner + " is not in network \"" + name
                    + "\" " + (subnet == null ? "(it has no subnet)" : subnet) + "; give the network an ipam subnet that holds it,"
                    + " or pick an address in " + subnet);
        }
        book.claim(address, owner);
        return address;
    }

    /** The containers on it, in the order they joined (which is the order of their addresses). */
    public List<Container> containers() {
        return List.copyOf(containers);
    }

    Ipv4 allocate(Container c) {
        String owner = "container \"" + c.name() + "\"";
        if (parent != null) {
            return parent.nextStatic(2, owner);
        }
        return book.next(subnet.host(2), subnet.lastHost(), owner);
    }

    void join(Container c) {
        containers.add(c);
    }

    void leave(Container c, Ipv4 address) {
        containers.remove(c);
        if (address != null) {
            if (parent != null) {
                parent.release(address);
            } else if (book != null) {
                book.release(address);
            }
        }
    }

    /** {@code Docker network backend (bridge br-1a2b…) 172.18.0.0/16, gateway 172.18.0.1, DNS 127.0.0.11}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Docker network ").append(name).append(" (").append(driver);
        if (bridge != null) {
            b.append(" ").append(bridge);
        }
        if (parentNic != null) {
            b.append(" on ").append(parentNic);
        }
        b.append(')');
        if (subnet != null) {
            b.append(' ').append(subnet).append(", gateway ").append(gateway);
        }
        dns().ifPresent(d -> b.append(", DNS ").append(d));
        if (internal) {
            b.append(", internal");
        }
        return b.append(", ").append(Topology.count(containers.size(), "container")).toString();
    }
}
