package vnetlab.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vnetlab.model.snapshot.Snapshot;

/**
 * Everything a lab holds: LANs with their hosts, hypervisors and VMs, Docker engines, Kubernetes clusters and
 * internet hosts. The learner meets it as {@code vnetlab.Lab}, which builds through it.
 *
 * <pre>{@code
 * var topology = new Topology("home lab");
 * var home = topology.lan("home", "192.168.1.0/24");   // works
 * topology.snapshot()                                  // an immutable copy for the simulator
 * }</pre>
 */
public final class Topology {
    // RFC 5737 documentation ranges stand in for public addresses (GROUND-TRUTH.md, "Home and office networks").
    // 203.0.113.0/24: home/office routers' public addresses, the first one .7 as in the north-star cells.
    private final AddressBook routerAddresses = new AddressBook("the internet", Cidr.parse("203.0.113.0/24"));
    // 198.51.100.0/24: cloud load balancers (LoadBalancer Services, ingress controllers).
    private final AddressBook balancerAddresses = new AddressBook("the internet", Cidr.parse("198.51.100.0/24"));
    // 192.0.2.0/24: servers on the internet (192.0.2.1 is INTERNET itself).
    private final AddressBook serverAddresses = new AddressBook("the internet", Cidr.parse("192.0.2.0/24"));

    private final String name;
    private final Map<String, Lan> lans = new LinkedHashMap<>();
    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final Map<String, Vm> vms = new LinkedHashMap<>();
    private final Map<String, InternetHost> internetHosts = new LinkedHashMap<>();
    private final Map<String, HypervisorCluster> hypervisorClusters = new LinkedHashMap<>();
    private final Map<String, KubernetesCluster> clusters = new LinkedHashMap<>();
    private final Map<String, Swarm> swarms = new LinkedHashMap<>();
    private final Warnings warnings = new Warnings();
    private final List<LabStep> steps = new ArrayList<>();
    private int quiet;
    private final java.util.Set<Mac> macs = new java.util.HashSet<>();

    /**
     * A new, empty topology.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public Topology(String name) {
        this.name = Texts.name("a lab", name);
        serverAddresses.claim(Internet.INTERNET.address(), "the internet");
    }

    /** The lab's name. */
    public String name() {
        return name;
    }

    /**
     * Creates or returns the LAN of this name; its router is the first address and NATs to a public RFC 5737 address.
     *
     * <pre>{@code
     * topology.lan("home", "192.168.1.0/24")   // works; again with the same range: the same LAN
     * topology.lan("home", "10.0.0.0/24")      // fails: LAN "home" is already 192.168.1.0/24
     * topology.lan("bad", "10.0.0.0/33")       // fails: "10.0.0.0/33": prefix length must be 0..32
     * }</pre>
     *
     * @throws IllegalArgumentException for a bad range or a name already used with another range
     */
    public Lan lan(String name, String cidr) {
        Cidr range = Cidr.parse(cidr);
        Texts.name("a LAN", name);
        Lan existing = lans.get(name);
        if (existing != null) {
            if (!existing.cidr().equals(range)) {
                throw new IllegalArgumentException("LAN \"" + name + "\" is already " + existing.cidr() + ", not " + range
                        + "; use another name for a second LAN, or remove it with lab.removeLan(\"" + name + "\")");
            }
            return existing;
        }
        if (range.prefix() > 30) {
            throw new IllegalArgumentException(Texts.quote(cidr) + " is too small for a LAN with a router; use a prefix of /30 or shorter, e.g. "
                    + Cidr.of(range.network(), 24));
        }
        Lan lan = new Lan(this, name, range, routerAddresses.next(Cidr.parse("203.0.113.0/24").host(7),
                Cidr.parse("203.0.113.0/24").host(254), "LAN \"" + name + "\""));
        lans.put(name, lan);
        record(new NetworkStep.LanStep(name, range.toString()));
        String typed = cidr.strip().split("/")[0];
        if (!typed.equals(range.network().toString())) {
            warn(Texts.quote(cidr) + " has host bits set: LAN \"" + name + "\" is " + range + ", the network that holds " + typed);
        }
        return lan;
    }

    /**
     * The LAN of this name.
     *
     * @throws IllegalArgumentException if there is none, listing the LANs there are
     */
    public Lan lan(String name) {
        Lan lan = lans.get(name);
        if (lan == null) {
            throw new IllegalArgumentException("there is no LAN " + Texts.quote(name) + " in " + this.name
                    + (lans.isEmpty() ? "; create one with lab.lan(\"home\", \"192.168.1.0/24\")" : "; there are " + lans.keySet()));
        }
        return lan;
    }

    /**
     * Creates or returns a host that is on no LAN yet (add one with {@code host.attach(lan, address)}).
     *
     * <pre>{@code
     * var server = topology.host("server");   // works: a machine with no network yet
     * }</pre>
     */
    public Host host(String name) {
        Host existing = hosts.get(name);
        if (existing != null) {
            return existing;
        }
        Host host = new Host(this, Texts.name("a host", name));
        hosts.put(name, host);
        record(new NetworkStep.HostStep(Optional.empty(), name, Optional.empty()));
        return host;
    }

    /**
     * Creates or returns a named server on the internet; without an address it gets one from 192.0.2.0/24 (RFC 5737).
     *
     * <pre>{@code
     * topology.internetHost("example.com", "93.184.216.34")   // works
     * topology.internetHost("api.example.net")                // works: 192.0.2.10
     * }</pre>
     */
    public InternetHost internetHost(String name, String address) {
        Texts.dnsName("an internet host", name);
        Ipv4 ip = Ipv4.parse(address);
        InternetHost existing = internetHosts.get(name);
        if (existing != null) {
            if (!existing.address().equals(ip)) {
                throw new IllegalArgumentException("internet host \"" + name + "\" is already " + existing.address() + ", not " + ip
                        + "; use another name");
            }
            return existing;
        }
        if (ip.isPrivate() || ip.isLoopback()) {
            throw new IllegalArgumentException(ip + " is a private address; an internet host needs a public one, e.g. 192.0.2.10");
        }
        if (serverAddresses.cidr().contains(ip)) {
            serverAddresses.claim(ip, "internet host \"" + name + "\"");
        }
        InternetHost host = new InternetHost(Texts.name("an internet host", name), ip);
        internetHosts.put(name, host);
        record(new NetworkStep.InternetHostStep(name, Optional.of(ip.toString())));
        return host;
    }

    /** Creates or returns a named server on the internet with an address from 192.0.2.0/24 (RFC 5737). */
    public InternetHost internetHost(String name) {
        InternetHost existing = internetHosts.get(name);
        if (existing != null) {
            return existing;
        }
        Texts.dnsName("an internet host", name);
        Cidr docs = serverAddresses.cidr();
        Ipv4 ip = serverAddresses.next(docs.host(10), docs.host(254), "internet host \"" + name + "\"");
        InternetHost host = new InternetHost(name, ip);
        internetHosts.put(name, host);
        record(new NetworkStep.InternetHostStep(name, Optional.empty()));
        return host;
    }

    /**
     * Creates or returns a cluster of hypervisor hosts: when one host fails its VMs restart on another.
     *
     * <pre>{@code
     * var ha = topology.hypervisorCluster("ha").add(esx1).add(esx2);
     * ha.fail(esx1.host())   // esx1's VMs now run on esx2, same addresses and MACs
     * }</pre>
     */
    public HypervisorCluster hypervisorCluster(String name) {
        return hypervisorClusters.computeIfAbsent(Texts.name("a hypervisor cluster", name), n -> {
            record(new NetworkStep.HypervisorClusterStep(n));
            return new HypervisorCluster(this, n);
        });
    }

    /**
     * Creates or returns a Docker swarm; engines join with {@code swarm.join(docker)}, and overlay networks span them.
     *
     * <pre>{@code
     * var swarm = topology.swarm("prod").join(docker1).join(docker2);
     * var net = swarm.overlay("web");   // 10.0.1.0/24 on both hosts
     * }</pre>
     */
    public Swarm swarm(String name) {
        return swarms.computeIfAbsent(Texts.name("a swarm", name), n -> {
            record(new NetworkStep.SwarmStep(n));
            return new Swarm(this, n);
        });
    }

    /**
     * Removes a host that runs nothing any more (no VMs, no containers); its addresses are free again.
     *
     * <pre>{@code
     * office.host("nas", "10.0.0.30");         // meant the home LAN
     * topology.removeHost("nas");              // works
     * home.host("nas", "192.168.1.30");        // a new nas
     * }</pre>
     *
     * @throws IllegalArgumentException if there is no such host, or VMs, containers or a cluster still run on it
     */
    public Topology removeHost(String hostName) {
        Host host = hosts.get(hostName);
        if (host == null) {
            throw new IllegalArgumentException("there is no host " + Texts.quote(hostName) + " in " + name
                    + (hosts.isEmpty() ? "" : "; there are " + hosts.keySet()));
        }
        for (Hypervisor h : host.hypervisors()) {
            if (!h.vms().isEmpty()) {
                throw new IllegalArgumentException("host \"" + hostName + "\" runs VMs " + h.vms().stream().map(Vm::name).toList()
                        + " on " + h.name() + "; remove them first, e.g. " + h.name() + ".removeVm(\"" + h.vms().get(0).name() + "\")");
            }
        }
        for (HypervisorCluster c : hypervisorClusters.values()) {
            if (c.members().stream().anyMatch(h -> h.host() == host)) {
                throw new IllegalArgumentException("host \"" + hostName + "\" is in hypervisor cluster \"" + c.name()
                        + "\"; start the lab again with lab.reset() to build the cluster without it");
            }
        }
        for (KubernetesCluster k : clusters.values()) {
            if (k.nodes().stream().anyMatch(n -> n.container().filter(c -> c.engine().machine() == host).isPresent())) {
                throw new IllegalArgumentException("Kubernetes cluster \"" + k.name() + "\" runs in Docker on host \"" + hostName
                        + "\"; start the lab again with lab.reset() to build it elsewhere");
            }
        }
        host.dockerEngine().ifPresent(d -> {
            d.checkEmpty("host \"" + hostName + "\"");
            d.swarm().ifPresent(s -> {
                throw new IllegalArgumentException("Docker on host \"" + hostName + "\" is in swarm \"" + s.name()
                        + "\"; start the lab again with lab.reset() to build the swarm without it");
            });
        });
        host.leaveLans();
        hosts.remove(hostName);
        record(new NetworkStep.RemoveHostStep(hostName));
        return this;
    }

    /**
     * Removes a LAN that no host or cluster is on any more.
     *
     * <pre>{@code
     * topology.lan("ofice", "10.0.0.0/24");   // a typo
     * topology.removeLan("ofice");            // works
     * }</pre>
     *
     * @throws IllegalArgumentException if there is no such LAN, or hosts or cluster nodes are still on it
     */
    public Topology removeLan(String lanName) {
        Lan lan = lan(lanName);
        if (!lan.hosts().isEmpty()) {
            throw new IllegalArgumentException("hosts " + lan.hosts().stream().map(Host::name).toList() + " are on LAN \"" + lanName
                    + "\"; remove them first, e.g. " + removeHostCall(lan.hosts().get(0).name()));
        }
        for (KubernetesCluster k : clusters.values()) {
            if (k.network() == lan) {
                throw new IllegalArgumentException("the nodes of Kubernetes cluster \"" + k.name() + "\" are on LAN \"" + lanName
                        + "\"; start the lab again with lab.reset() to build it elsewhere");
            }
        }
        routerAddresses.release(lan.publicAddress());
        lans.remove(lanName);
        record(new NetworkStep.RemoveLanStep(lanName));
        return this;
    }

    /** The call that removes a host, as a learner would type it. */
    static String removeHostCall(String hostName) {
        return "lab.removeHost(\"" + hostName + "\")";
    }

    /** The LANs in creation order. */
    public List<Lan> lans() {
        return List.copyOf(lans.values());
    }

    /** Every host, in creation order. */
    public List<Host> hosts() {
        return List.copyOf(hosts.values());
    }

    /** Every VM, in creation order. */
    public List<Vm> vms() {
        return List.copyOf(vms.values());
    }

    /** The named internet servers. */
    public List<InternetHost> internetHosts() {
        return List.copyOf(internetHosts.values());
    }

    /** The hypervisor clusters. */
    public List<HypervisorCluster> hypervisorClusters() {
        return List.copyOf(hypervisorClusters.values());
    }

    /** The swarms. */
    public List<Swarm> swarms() {
        return List.copyOf(swarms.values());
    }

    /** The Kubernetes clusters. */
    public List<KubernetesCluster> clusters() {
        return List.copyOf(clusters.values());
    }

    /** Every Docker engine (on hosts and in VMs). */
    public List<DockerEngine> dockerEngines() {
        return Stream.concat(hosts.values().stream(), vms.values().stream())
                .flatMap(m -> m.dockerEngine().stream()).toList();
    }

    /** The warnings so far: things that work but surprise. */
    public List<String> warnings() {
        return warnings.list();
    }

    /**
     * Every endpoint of the lab: hosts, VMs, containers, nodes, pods, Services, internet hosts and INTERNET.
     *
     * <pre>{@code
     * topology.endpoints().stream().map(Endpoint::name).toList()
     * }</pre>
     */
    public List<Endpoint> endpoints() {
        List<Endpoint> out = new ArrayList<>(hosts.values());
        out.addAll(vms.values());
        for (DockerEngine engine : dockerEngines()) {
            out.addAll(engine.containers());
        }
        for (KubernetesCluster cluster : clusters.values()) {
            out.addAll(cluster.nodes());
            out.addAll(cluster.pods());
            out.addAll(cluster.services());
        }
        out.addAll(internetHosts.values());
        out.add(Internet.INTERNET);
        return out;
    }

    /**
     * The endpoint with this name (or id), searching hosts, VMs, containers, nodes, pods, Services and internet hosts.
     *
     * @throws IllegalArgumentException if none has that name
     */
    public Endpoint endpoint(String nameOrId) {
        return findEndpoint(nameOrId).orElseThrow(() -> new IllegalArgumentException(
                "nothing in " + name + " is called " + Texts.quote(nameOrId) + "; lab.inventory() lists what there is"));
    }

    /** The endpoint with this name or id, if any. */
    public Optional<Endpoint> findEndpoint(String nameOrId) {
        List<Endpoint> all = endpoints();
        return all.stream().filter(e -> e.id().equals(nameOrId)).findFirst()
                .or(() -> all.stream().filter(e -> e.name().equals(nameOrId)).findFirst());
    }

    /**
     * An immutable copy of everything, for the simulator and the diagrams.
     *
     * <pre>{@code
     * Snapshot s = topology.snapshot();
     * s.lans().get(0).cidr()   // 192.168.1.0/24
     * }</pre>
     */
    public Snapshot snapshot() {
        return SnapshotWriter.of(this);
    }

    /**
     * One row per object (kind, name, where it is, its addresses), for the lab's inventory table.
     *
     * <pre>{@code
     * topology.inventory().forEach(System.out::println)
     * }</pre>
     */
    public List<InventoryRow> inventory() {
        return InventoryRow.of(this);
    }

    /** The lab's name and what it holds, e.g. {@code lab "home": 1 LAN, 2 hosts, 3 VMs}. */
    @Override
    public String toString() {
        int containers = dockerEngines().stream().mapToInt(e -> e.containers().size()).sum();
        int pods = clusters.values().stream().mapToInt(c -> c.pods().size()).sum();
        StringBuilder b = new StringBuilder("lab \"" + name + "\": ");
        b.append(count(lans.size(), "LAN")).append(", ").append(count(hosts.size(), "host"))
                .append(", ").append(count(vms.size(), "VM")).append(", ").append(count(containers, "container"));
        if (!clusters.isEmpty()) {
            b.append(", ").append(count(clusters.size(), "Kubernetes cluster")).append(", ").append(count(pods, "pod"));
        }
        return b.toString();
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // ---- package-private registries used by the entities ----

    /** The changes made so far, in order: what a lab file stores. */
    public List<LabStep> steps() {
        return List.copyOf(steps);
    }

    /** Records a change the learner made (not the changes a DSL call makes inside another one). */
    void record(LabStep step) {
        if (quiet == 0) {
            steps.add(step);
        }
    }

    /** Runs a DSL call's inner steps without recording them; the outer call records itself. */
    <T> T quietly(java.util.function.Supplier<T> body) {
        quiet++;
        try {
            return body.get();
        } finally {
            quiet--;
        }
    }

    /** A MAC from the vendor prefix and the seed that no other NIC of the lab has (hypervisors never repeat one either). */
    Mac uniqueMac(int oui, String seed) {
        Mac mac = Ids.mac(oui, seed);
        for (int i = 1; !macs.add(mac); i++) {
            mac = Ids.mac(oui, seed + "#" + i);
        }
        return mac;
    }

    void warn(String message) {
        warnings.add(message);
    }

    void registerHost(Host host) {
        Host other = hosts.get(host.name());
        if (other != null && other != host) {
            throw new IllegalArgumentException("host \"" + host.name() + "\" already exists" + other.where()
                    + "; use another name");
        }
        hosts.put(host.name(), host);
    }

    Optional<Host> existingHost(String name) {
        return Optional.ofNullable(hosts.get(name));
    }

    void registerVm(Vm vm) {
        Vm other = vms.get(vm.name());
        if (other != null && other != vm) {
            throw new IllegalArgumentException("VM \"" + vm.name() + "\" already exists on " + other.hypervisor()
                    + "; VM names are unique in a lab: remove it with " + other.hypervisor().name() + ".removeVm(\"" + vm.name()
                    + "\"), or use another name");
        }
        vms.put(vm.name(), vm);
    }

    void forgetVm(Vm vm) {
        vms.remove(vm.name(), vm);
    }

    Optional<Vm> existingVm(String name) {
        return Optional.ofNullable(vms.get(name));
    }

    void registerCluster(KubernetesCluster cluster) {
        KubernetesCluster other = clusters.get(cluster.name());
        if (other != null && other != cluster) {
            throw new IllegalArgumentException("Kubernetes cluster \"" + cluster.name() + "\" already exists; use another name");
        }
        clusters.put(cluster.name(), cluster);
    }

    Optional<KubernetesCluster> existingCluster(String name) {
        return Optional.ofNullable(clusters.get(name));
    }

    Ipv4 newBalancerAddress(String owner) {
        Cidr c = balancerAddresses.cidr();
        return balancerAddresses.next(c.host(10), c.host(254), owner);
    }

    void releaseBalancerAddress(Ipv4 ip) {
        balancerAddresses.release(ip);
    }

    Collection<Lan> lanValues() {
        return lans.values();
    }
}
