package vnetlab.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hypervisor hosts pooled so that when one fails its VMs restart on another (vSphere HA style), keeping MACs and
 * addresses.
 *
 * <pre>{@code
 * var ha = lab.hypervisorCluster("ha").add(esx1).add(esx2);
 * ha.fail(esx1.host());   // esx1's VMs now run on esx2
 * }</pre>
 */
public final class HypervisorCluster {
    private final Topology topology;
    private final String name;
    private final List<Hypervisor> members = new ArrayList<>();

    HypervisorCluster(Topology topology, String name) {
        this.topology = topology;
        this.name = name;
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /**
     * Adds a hypervisor host to the cluster; all members must be the same kind. Re-adding is harmless.
     *
     * @throws IllegalArgumentException if the kind differs from the others'
     */
    public HypervisorCluster add(Hypervisor hypervisor) {
        Texts.required(hypervisor, "cluster.add", "a hypervisor", "host.hypervisor(KVM)");
        if (members.contains(hypervisor)) {
            return this;
        }
        if (!members.isEmpty() && members.get(0).kind() != hypervisor.kind()) {
            throw new IllegalArgumentException("cluster \"" + name + "\" runs " + members.get(0).kind().label() + ", so "
                    + hypervisor + " cannot join; VMs move only between hypervisors of one kind");
        }
        members.add(hypervisor);
        topology.record(new NetworkStep.HypervisorClusterAddStep(name, hypervisor.host().name(), hypervisor.kind()));
        return this;
    }

    /** The hypervisors in the cluster. */
    public List<Hypervisor> members() {
        return List.copyOf(members);
    }

    /**
     * Marks a host failed and restarts each of its VMs on the surviving member with the fewest VMs.
     *
     * <pre>{@code
     * ha.fail(esx1.host())   // works
     * }</pre>
     *
     * @throws IllegalArgumentException if the host is not in the cluster
     * @throws IllegalStateException if no member survives
     */
    public HypervisorCluster fail(Host host) {
        Texts.required(host, "cluster.fail", "a host", "esx1");
        Hypervisor failing = members.stream().filter(h -> h.host() == host).findFirst().orElseThrow(() ->
                new IllegalArgumentException("host \"" + host.name() + "\" is not in cluster \"" + name + "\"; its hosts are "
                        + members.stream().map(h -> h.host().name()).toList()));
        if (host.failed()) {
            return this;
        }
        List<Hypervisor> survivors = members.stream().filter(h -> !h.host().failed() && h != failing).toList();
        if (survivors.isEmpty() && !failing.vms().isEmpty()) {
            throw new IllegalStateException("no host of cluster \"" + name + "\" survives to run the VMs of \"" + host.name()
                    + "\"; add another hypervisor with cluster.add(...) first");
        }
        host.fail();
        for (Vm vm : failing.vms()) {
            Hypervisor target = survivors.stream().min(Comparator.comparingInt(h -> h.vms().size())).orElseThrow();
            vm.moveTo(target);
        }
        topology.record(new NetworkStep.HypervisorClusterFailStep(name, host.name()));
        return this;
    }

    /** {@code hypervisor cluster ha: esx1 (failed), esx2 (3 VMs)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("hypervisor cluster " + name + ":");
        for (Hypervisor h : members) {
            b.append(h == members.get(0) ? " " : ", ").append(h.host().name())
                    .append(h.host().failed() ? " (failed)" : " (" + Topology.count(h.vms().size(), "VM") + ")");
        }
        return b.toString();
    }
}
