package vnetlab;

import java.util.List;

import vnetlab.model.Endpoint;
import vnetlab.model.Internet;
import vnetlab.model.Port;
import vnetlab.model.Protocol;
import vnetlab.model.Host;
import vnetlab.model.HypervisorCluster;
import vnetlab.model.InternetHost;
import vnetlab.model.InventoryRow;
import vnetlab.model.KubernetesCluster;
import vnetlab.model.Lan;
import vnetlab.model.Swarm;
import vnetlab.model.Topology;
import vnetlab.model.Vm;
import vnetlab.model.snapshot.Snapshot;
import vnetlab.sim.Reachability;
import vnetlab.sim.Simulator;
import vnetlab.sim.Trace;

/**
 * A lab: the networks, machines, containers and clusters a learner builds, and the simulation over them.
 *
 * <pre>{@code
 * var lab  = Net.lab("Bridged vs NAT");
 * var home = lab.lan("home", "192.168.1.0/24");   // its router, .1, NATs to the internet as 203.0.113.7
 * lab                                             // the diagram
 * }</pre>
 */
public final class Lab {
    private Topology topology;

    Lab(String name) {
        this.topology = new Topology(name);
    }

    Lab(Topology topology) {
        this.topology = topology;
    }

    /** Its name. */
    public String name() {
        return topology.name();
    }

    /**
     * Creates or returns a LAN with its range; its router (the first address) NATs to a public address.
     *
     * <pre>{@code
     * lab.lan("home", "192.168.1.0/24")   // works
     * lab.lan("bad", "10.0.0.0/33")       // fails: "10.0.0.0/33": prefix length must be 0..32
     * }</pre>
     *
     * @throws IllegalArgumentException for a bad range, or a name used with another range
     */
    public Lan lan(String name, String cidr) {
        return topology.lan(name, cidr);
    }

    /**
     * The LAN of this name.
     *
     * @throws IllegalArgumentException if there is none
     */
    public Lan lan(String name) {
        return topology.lan(name);
    }

    /** Creates or returns a host on no LAN yet; see {@link Topology#host(String)}. */
    public Host host(String name) {
        return topology.host(name);
    }

    /**
     * Creates or returns a named internet server.
     *
     * <pre>{@code
     * lab.internetHost("example.com", "93.184.216.34")
     * }</pre>
     */
    public InternetHost internetHost(String name, String address) {
        return topology.internetHost(name, address);
    }

    /** Creates or returns a named internet server with an address from 192.0.2.0/24. */
    public InternetHost internetHost(String name) {
        return topology.internetHost(name);
    }

    /** Creates or returns a cluster of hypervisor hosts; see {@link HypervisorCluster}. */
    public HypervisorCluster hypervisorCluster(String name) {
        return topology.hypervisorCluster(name);
    }

    /** Creates or returns a Docker swarm; see {@link Swarm}. */
    public Swarm swarm(String name) {
        return topology.swarm(name);
    }

    /**
     * Removes a host that runs nothing any more (no VMs, no containers); its addresses are free again.
     *
     * <pre>{@code
     * office.host("nas", "10.0.0.30");    // meant the home LAN
     * lab.removeHost("nas");              // works
     * home.host("nas", "192.168.1.30");   // a new nas
     * }</pre>
     *
     * @throws IllegalArgumentException if there is no such host, or VMs or containers still run on it
     */
    public Lab removeHost(String name) {
        topology.removeHost(name);
        return this;
    }

    /**
     * Removes a LAN that no host is on any more.
     *
     * <pre>{@code
     * lab.removeLan("office")
     * }</pre>
     *
     * @throws IllegalArgumentException if there is no such LAN, or hosts are still on it
     */
    public Lab removeLan(String name) {
        topology.removeLan(name);
        return this;
    }

    /** Its LANs. */
    public List<Lan> lans() {
        return topology.lans();
    }

    /** Its hosts. */
    public List<Host> hosts() {
        return topology.hosts();
    }

    /** Its VMs. */
    public List<Vm> vms() {
        return topology.vms();
    }

    /** Its Kubernetes clusters. */
    public List<KubernetesCluster> clusters() {
        return topology.clusters();
    }

    /** Every endpoint: hosts, VMs, containers, nodes, pods, Services, internet hosts, INTERNET. */
    public List<Endpoint> endpoints() {
        return topology.endpoints();
    }

    /**
     * The endpoint with this name.
     *
     * @throws IllegalArgumentException if nothing has that name
     */
    public Endpoint endpoint(String name) {
        return topology.endpoint(name);
    }

    /** What works but surprises, e.g. ports published in host mode; also passed to {@link vnetlab.model.Warnings#listen}. */
    public List<String> warnings() {
        return topology.warnings();
    }

    /** One row per object, for the inventory table. */
    public List<InventoryRow> inventory() {
        return topology.inventory();
    }

    /** An immutable copy for the simulator and the diagrams. */
    public Snapshot snapshot() {
        return topology.snapshot();
    }

    /**
     * Saves the lab as a lab file (JSON, docs/lab-file-format.md); {@code Net.load(path)} rebuilds it.
     *
     * <pre>{@code
     * lab.save("home.json")   // the file's full path
     * }</pre>
     *
     * @throws IllegalArgumentException if the file cannot be written
     */
    public java.nio.file.Path save(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("lab.save needs a file name, e.g. lab.save(\"home.json\")");
        }
        return vnetlab.model.LabFile.save(topology, java.nio.file.Path.of(path));
    }

    /**
     * The lab's Docker containers and networks as a Compose file that builds them again with {@code docker.compose(text)}.
     *
     * <pre>{@code
     * System.out.println(lab.compose())   // name: shop / services: ... / networks: ...
     * }</pre>
     *
     * @throws IllegalStateException if no Docker engine runs containers, or several do (then ask one: docker.composeFile())
     */
    public String compose() {
        List<vnetlab.model.DockerEngine> engines = topology.dockerEngines().stream().filter(e -> !e.containers().isEmpty())
                .toList();
        if (engines.isEmpty()) {
            throw new IllegalStateException("lab \"" + name() + "\" runs no container; start one with docker.run(\"web\", \"nginx\")"
                    + " or docker.compose(...)");
        }
        if (engines.size() > 1) {
            throw new IllegalStateException("lab \"" + name() + "\" runs containers on " + engines.size() + " Docker engines ("
                    + String.join(", ", engines.stream().map(e -> e.machine().name()).toList())
                    + "); a Compose file describes one, ask it: docker.composeFile()");
        }
        return engines.get(0).composeFile();
    }

    /** The model behind the lab. */
    public Topology topology() {
        return topology;
    }

    /**
     * Empties the lab, keeping its name; variables from earlier cells then point at objects of the old lab.
     *
     * <pre>{@code
     * lab.reset();
     * }</pre>
     */
    public Lab reset() {
        topology = new Topology(topology.name());
        return this;
    }

    /** {@code lab "home": 1 LAN, 2 hosts, 3 VMs, 0 containers}. */
    @Override
    public String toString() {
        return topology.toString();
    }

    // =====================================================================================================
    // Simulation: trace(...) and reachability() are added here by the simulator (vnetlab.sim) helper.
    // =====================================================================================================

    private long seed = Simulator.DEFAULT_SEED;

    /**
     * Sets the seed of the random choices traces make (kube-proxy's endpoint, a load balancer's node).
     *
     * <pre>{@code
     * lab.seed(7);
     * lab.trace(INTERNET, "http://shop.example.com/cart")   // the same pod every time with seed 7
     * }</pre>
     */
    public Lab seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** The seed of the random choices traces make (42 unless set). */
    public long seed() {
        return seed;
    }

    /**
     * The simulator over the lab as it is now (a frozen snapshot), with the lab's seed.
     *
     * <pre>{@code
     * lab.simulator().trace("phone", "web", TCP, 80)
     * }</pre>
     */
    public Simulator simulator() {
        return Simulator.of(snapshot()).withSeed(seed);
    }

    /**
     * Follows a TCP connection from one endpoint to another, hop by hop, as the sender would address it.
     *
     * <pre>{@code
     * lab.trace(phone, web, 80)   // works: delivered, same LAN, no rewrite
     * lab.trace(phone, dev, 22)   // dropped at laptop: NAT hides dev; no port-forwarding rule for tcp/22
     * }</pre>
     *
     * @throws IllegalArgumentException if an endpoint is not in this lab or the port is not 1..65535
     */
    public Trace trace(Endpoint from, Endpoint to, int port) {
        return trace(from, to, port, Protocol.TCP);
    }

    /**
     * Follows a connection of a protocol (TCP, UDP; ICMP ignores the port) from one endpoint to another.
     *
     * <pre>{@code
     * lab.trace(api, web, 53, UDP)
     * }</pre>
     *
     * @throws IllegalArgumentException if an endpoint is not in this lab or the port is not 1..65535
     */
    public Trace trace(Endpoint from, Endpoint to, int port, Protocol protocol) {
        if (protocol != Protocol.ICMP) {
            Port.check(port, "port");
        }
        return simulator().trace(member(from), member(to), protocol, port);
    }

    /**
     * Follows a request to a URL ({@code http://host/path}) or a connection to a name, resolved through the DNS the
     * sender uses (Docker's embedded DNS, cluster DNS, public DNS).
     *
     * <pre>{@code
     * lab.trace(INTERNET, "http://shop.example.com/cart")   // load balancer → ingress → Service → pod
     * }</pre>
     *
     * @throws IllegalArgumentException if the sender is not in this lab or the text is neither a URL nor a name
     */
    public Trace trace(Endpoint from, String url) {
        return simulator().trace(member(from), url);
    }

    /**
     * Follows a TCP connection to a name resolved through the sender's DNS, e.g. a container name on a user-defined
     * network or a Service name from a pod.
     *
     * <pre>{@code
     * lab.trace(api, "db", 5432)   // Docker's embedded DNS answers on a user-defined network
     * }</pre>
     *
     * @throws IllegalArgumentException if the sender is not in this lab or the port is not 1..65535
     */
    public Trace trace(Endpoint from, String name, int port) {
        Port.check(port, "port");
        return simulator().traceName(member(from), name, Protocol.TCP, port);
    }

    /**
     * Follows an ICMP echo (ping) from one endpoint to another.
     *
     * <pre>{@code
     * lab.ping(dev, INTERNET)
     * }</pre>
     */
    public Trace ping(Endpoint from, Endpoint to) {
        return simulator().trace(member(from), member(to), Protocol.ICMP, 0);
    }

    /**
     * Who can open a TCP connection to whom on port 80: a matrix with the reason in each refused cell.
     *
     * <pre>{@code
     * lab.reachability()   // phone → dev ✗: NAT hides the VM from other devices
     * }</pre>
     */
    public Reachability reachability() {
        return reachability(80);
    }

    /** Who can open a TCP connection to whom on a port. */
    public Reachability reachability(int port) {
        Port.check(port, "port");
        return simulator().reachability(Protocol.TCP, port);
    }

    /**
     * Builds this lab for real in Linux network namespaces and replays the traces there: the kernel's answer, hop
     * by hop, next to the simulator's (needs root on Linux; see docs/verified.md).
     *
     * <pre>{@code
     * lab.verify(lab.trace(phone, web, 80))   // works as root: ✔ phone → web tcp/80: delivered to web …
     * }</pre>
     *
     * @throws vnetlab.verify.VerifyException if the namespaces cannot be created (not root, no iproute2)
     */
    public vnetlab.verify.Verification verify(Trace... traces) {
        return vnetlab.verify.Verifier.verify(snapshot(), List.of(traces));
    }

    /**
     * What {@code ip -4 addr} shows in this endpoint's network namespace: its devices and addresses, as the trace
     * uses them.
     *
     * <pre>{@code
     * lab.ipAddr(k8s.nodes().get(0))   // eth0 inet 192.168.10.10/24 … cni0 inet 10.244.0.1/24 … flannel.1 inet 10.244.0.0/32
     * }</pre>
     *
     * @throws IllegalArgumentException if the endpoint is not in this lab
     */
    public String ipAddr(Endpoint e) {
        return simulator().ipAddr(member(e));
    }

    /**
     * What {@code ip -4 route} shows in this endpoint's network namespace.
     *
     * <pre>{@code
     * lab.ipRoute(k8s.nodes().get(0))   // default via 192.168.10.1 dev eth0 … 10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink
     * }</pre>
     *
     * @throws IllegalArgumentException if the endpoint is not in this lab
     */
    public String ipRoute(Endpoint e) {
        return simulator().ipRoute(member(e));
    }

    private String member(Endpoint e) {
        if (e == null) {
            throw new IllegalArgumentException("the endpoint is null; pass a host, VM, container, pod, Service or INTERNET");
        }
        if (e != Internet.INTERNET && topology.findEndpoint(e.id()).filter(found -> found == e).isEmpty()) {
            throw new IllegalArgumentException(e.name() + " is not in lab \"" + name() + "\"; build it in this lab "
                    + "(was the lab reset?)");
        }
        return e.id();
    }
}
