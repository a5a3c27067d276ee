package vnetlab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A local network such as a home or office LAN: an address range, a router at its first address that NATs to one
 * public address, and a DHCP pool.
 *
 * <pre>{@code
 * var home = lab.lan("home", "192.168.1.0/24");   // router 192.168.1.1, public 203.0.113.7
 * home.host("laptop", "192.168.1.2")              // works
 * home.host("nas", "192.168.2.5")                 // fails: 192.168.2.5 is not in home (192.168.1.0/24)
 * }</pre>
 */
public final class Lan implements Network {
    private final Topology topology;
    private final String name;
    private final Cidr cidr;
    private final Ipv4 router;
    private final Ipv4 publicAddress;
    private final AddressBook book;
    private final List<Host> hosts = new ArrayList<>();

    Lan(Topology topology, String name, Cidr cidr, Ipv4 publicAddress) {
        this.topology = topology;
        this.name = name;
        this.cidr = cidr;
        this.router = cidr.firstHost();
        this.publicAddress = publicAddress;
        this.book = new AddressBook(name, cidr);
        book.claim(router, "the router");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Cidr cidr() {
        return cidr;
    }

    /** The router's address on the LAN: its first address, e.g. 192.168.1.1. */
    public Ipv4 router() {
        return router;
    }

    /** Same as {@link #router()}: where machines on the LAN send traffic for elsewhere. */
    @Override
    public Ipv4 gateway() {
        return router;
    }

    /** The public address the router NATs the LAN to, from RFC 5737's 203.0.113.0/24 (203.0.113.7 for the first LAN). */
    public Ipv4 publicAddress() {
        return publicAddress;
    }

    /** The first address the router's DHCP server hands out (.100 in a /24: a home-router convention). */
    public Ipv4 dhcpFirst() {
        return cidr.host(Math.min(100, cidr.size() / 2));
    }

    /** The last address the router's DHCP server hands out (the last usable address). */
    public Ipv4 dhcpLast() {
        return cidr.lastHost();
    }

    /**
     * Creates or returns a host with a fixed address on this LAN (its NIC eth0).
     *
     * <pre>{@code
     * home.host("laptop", "192.168.1.2")   // works; re-running returns the same host
     * home.host("laptop", "192.168.1.3")   // fails: host "laptop" already has 192.168.1.2
     * home.host("nas", "192.168.2.5")      // fails: 192.168.2.5 is not in home (192.168.1.0/24)
     * }</pre>
     *
     * @throws IllegalArgumentException for an address outside the LAN, already used, or a name taken with other settings
     */
    public Host host(String name, String address) {
        Ipv4 ip = Ipv4.parse(address);
        Texts.name("a host", name);
        Host existing = topology.existingHost(name).orElse(null);
        if (existing != null) {
            Nic nic = existing.nicOn(this).orElseThrow(() -> new IllegalArgumentException("host \"" + name
                    + "\" already exists" + existing.where() + "; remove it with " + Topology.removeHostCall(name)
                    + ", or use another name"));
            if (!nic.address().equals(ip)) {
                throw new IllegalArgumentException("host \"" + name + "\" already has " + nic.address() + " on " + this.name
                        + ", not " + ip + "; remove it with " + Topology.removeHostCall(name) + ", or use another name for another host");
            }
            return existing;
        }
        if (!cidr.contains(ip)) {
            throw new IllegalArgumentException(ip + " is not in " + this.name + " (" + cidr + ")");
        }
        Host host = new Host(topology, name);
        book.claim(ip, "host \"" + name + "\"");
        host.addNic(this, ip, false);
        topology.registerHost(host);
        hosts.add(host);
        topology.record(new NetworkStep.HostStep(java.util.Optional.of(this.name), name, java.util.Optional.of(ip.toString())));
        return host;
    }

    /**
     * Creates or returns a host that takes its address from the LAN's DHCP pool.
     *
     * <pre>{@code
     * home.host("tablet")   // 192.168.1.100, the first free pool address
     * }</pre>
     */
    public Host host(String name) {
        Texts.name("a host", name);
        Host existing = topology.existingHost(name).orElse(null);
        if (existing != null) {
            existing.nicOn(this).orElseThrow(() -> new IllegalArgumentException("host \"" + name
                    + "\" already exists" + existing.where() + "; remove it with " + Topology.removeHostCall(name)
                    + ", or use another name"));
            return existing;
        }
        Host host = new Host(topology, name);
        Ipv4 ip = lease("host \"" + name + "\"");
        host.addNic(this, ip, true);
        topology.registerHost(host);
        hosts.add(host);
        topology.record(new NetworkStep.HostStep(java.util.Optional.of(this.name), name, java.util.Optional.empty()));
        return host;
    }

    /**
     * Creates or returns a Kubernetes cluster of {@code nodes} machines on this LAN (kubeadm defaults, Flannel).
     *
     * <pre>{@code
     * var k8s = dc.kubernetes("shop", 3).cni(FLANNEL);   // nodes .10-.12; pods 10.244.0.0/16; services 10.96.0.0/12
     * }</pre>
     *
     * @throws IllegalArgumentException for fewer than 1 or more than 1000 nodes, or a name taken with another node count
     */
    public KubernetesCluster kubernetes(String name, int nodes) {
        return kubernetes(name, nodes, ClusterFlavour.KUBEADM);
    }

    /**
     * Creates or returns a Kubernetes cluster of the given flavour on this LAN.
     *
     * <pre>{@code
     * dc.kubernetes("dev", 1, MINIKUBE)
     * }</pre>
     */
    public KubernetesCluster kubernetes(String name, int nodes, ClusterFlavour flavour) {
        Texts.name("a Kubernetes cluster", name);
        KubernetesCluster existing = topology.existingCluster(name).orElse(null);
        if (existing != null) {
            if (existing.network() != this || existing.nodes().size() != nodes || existing.flavour() != flavour) {
                throw new IllegalArgumentException("Kubernetes cluster \"" + name + "\" already has " + existing.nodes().size()
                        + " " + existing.flavour().label() + " nodes on " + existing.network().name() + ", not " + nodes + " "
                        + flavour.label() + " nodes on " + this.name + "; use another name");
            }
            return existing;
        }
        if (flavour != ClusterFlavour.KUBEADM) {
            throw new IllegalArgumentException(flavour.label() + " clusters run in Docker on one machine; use laptop."
                    + flavour.label() + "(" + Texts.quote(name) + (flavour == ClusterFlavour.KIND ? ", " + nodes : "") + ")");
        }
        if (nodes < 1 || nodes > 1000) {
            throw new IllegalArgumentException("a cluster needs 1..1000 nodes, not " + nodes);
        }
        KubernetesCluster cluster = new KubernetesCluster(topology, name, this, nodes, flavour);
        topology.registerCluster(cluster);
        topology.record(new KubernetesStep.KubernetesStartStep(this.name, name, nodes));
        return cluster;
    }

    /** The hosts with a NIC on this LAN. */
    public List<Host> hosts() {
        return List.copyOf(hosts);
    }

    /** Who uses an address on this LAN, e.g. {@code host "laptop"}, if anyone. */
    public java.util.Optional<String> owner(Ipv4 address) {
        return book.owner(address);
    }

    // ---- used by VMs, nodes and macvlan containers that join the LAN ----

    Ipv4 lease(String owner) {
        return book.next(dhcpFirst(), dhcpLast(), owner);
    }

    Ipv4 nextStatic(long fromHost, String owner) {
        return book.next(cidr.host(Math.min(fromHost, cidr.size() - 2)), cidr.lastHost(), owner);
    }

    void claim(Ipv4 ip, String owner) {
        book.claim(ip, owner);
    }

    void release(Ipv4 ip) {
        book.release(ip);
    }

    void detach(Host host) {
        hosts.remove(host);
    }

    void attach(Host host) {
        if (!hosts.contains(host)) {
            hosts.add(host);
        }
    }

    Topology topology() {
        return topology;
    }

    /** {@code LAN home 192.168.1.0/24, router 192.168.1.1 → 203.0.113.7}. */
    @Override
    public String toString() {
        return "LAN " + name + " " + cidr + ", router " + router + " → " + publicAddress + " (NAT), "
                + Topology.count(hosts.size(), "host");
    }
}
