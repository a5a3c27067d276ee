package vnetlab;

import java.util.List;

import vnetlab.model.Endpoint;
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
}
