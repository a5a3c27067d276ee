package vnetlab.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A virtual machine on a hypervisor: its own guest OS and kernel, one or more NICs wired NAT, bridged or host-only.
 *
 * <pre>{@code
 * var web = vbox.vm("web").bridged();   // a peer on the LAN
 * var dev = vbox.vm("dev").nat();       // 10.0.2.15, gateway 10.0.2.2, DNS 10.0.2.3
 * var db  = vbox.vm("db").hostOnly();   // 192.168.56.101 on vboxnet0
 * dev.nic(2).hostOnly();                // a second NIC
 * }</pre>
 */
public final class Vm extends Machine {
    private Hypervisor hypervisor;
    private final Set<Hypervisor> previous = new HashSet<>();
    private final List<VmNic> nics = new ArrayList<>();
    private int memory = 2048;
    private int cpus = 1;

    Vm(Topology topology, String name, Hypervisor hypervisor) {
        super(topology, name);
        this.hypervisor = hypervisor;
    }

    @Override
    public String id() {
        return "vm:" + name();
    }

    /** The hypervisor it runs on now (it changes when a cluster moves it). */
    public Hypervisor hypervisor() {
        return hypervisor;
    }

    /** The host it runs on now. */
    public Host host() {
        return hypervisor.host();
    }

    /** NIC 1's address. */
    @Override
    public Ipv4 address() {
        return nics.get(0).address();
    }

    @Override
    public List<Ipv4> addresses() {
        return nics.stream().map(VmNic::address).toList();
    }

    /** Its NICs, NIC 1 first. */
    public List<VmNic> nics() {
        return List.copyOf(nics);
    }

    /**
     * Creates or returns NIC number {@code n} (1 = first); a new NIC starts in NAT mode.
     *
     * <pre>{@code
     * dev.nic(2).hostOnly()   // works when dev has NIC 1
     * dev.nic(4)              // fails when dev has 2 NICs: add NIC 3 first
     * }</pre>
     *
     * @throws IllegalArgumentException if n skips a number or exceeds the hypervisor's limit
     */
    public VmNic nic(int n) {
        if (n >= 1 && n <= nics.size()) {
            return nics.get(n - 1);
        }
        int max = hypervisor.kind().maxNics();
        if (n < 1 || n > max) {
            throw new IllegalArgumentException(hypervisor.kind().label() + " VMs have NICs 1.." + max + ", not " + n);
        }
        if (n != nics.size() + 1) {
            throw new IllegalArgumentException("VM \"" + name() + "\" has " + Topology.count(nics.size(), "NIC") + "; add NIC "
                    + (nics.size() + 1) + " before NIC " + n);
        }
        VmNic nic = new VmNic(this, n);
        nics.add(nic);
        topology.quietly(nic::nat);
        topology.record(new VmStep.VmNicStep(name(), n));
        return nic;
    }

    /** Wires NIC 1 behind the hypervisor's NAT; see {@link VmNic#nat()}. */
    public Vm nat() {
        nic(1).nat();
        return this;
    }

    /** Bridges NIC 1 onto the host's LAN; see {@link VmNic#bridged()}. */
    public Vm bridged() {
        nic(1).bridged();
        return this;
    }

    /** Puts NIC 1 on the host-only network; see {@link VmNic#hostOnly()}. */
    public Vm hostOnly() {
        nic(1).hostOnly();
        return this;
    }

    /** Puts NIC 1 on VirtualBox's default NAT Network "NatNetwork" (10.0.2.0/24). */
    public Vm natNetwork() {
        nic(1).natNetwork("NatNetwork");
        return this;
    }

    /** Puts NIC 1 on the named VirtualBox NAT Network. */
    public Vm natNetwork(String name) {
        nic(1).natNetwork(name);
        return this;
    }

    /**
     * Sets its memory in MiB (default 2048).
     *
     * @throws IllegalArgumentException outside 4..1048576
     */
    public Vm memory(int mebibytes) {
        if (mebibytes < 4 || mebibytes > 1_048_576) {
            throw new IllegalArgumentException("memory " + mebibytes + " MiB for VM \"" + name() + "\" must be 4..1048576");
        }
        if (mebibytes != memory) {
            this.memory = mebibytes;
            topology.record(new VmStep.VmMemoryStep(name(), mebibytes));
        }
        return this;
    }

    /** Its memory in MiB. */
    public int memory() {
        return memory;
    }

    /**
     * Sets its number of virtual CPUs (default 1).
     *
     * @throws IllegalArgumentException outside 1..256
     */
    public Vm cpus(int count) {
        if (count < 1 || count > 256) {
            throw new IllegalArgumentException(count + " CPUs for VM \"" + name() + "\" must be 1..256");
        }
        if (count != cpus) {
            this.cpus = count;
            topology.record(new VmStep.VmCpusStep(name(), count));
        }
        return this;
    }

    /** Its number of virtual CPUs. */
    public int cpus() {
        return cpus;
    }

    void moveTo(Hypervisor target) {
        previous.add(hypervisor);
        hypervisor.release(this);
        for (VmNic nic : nics) {
            nic.moveTo(target);
        }
        hypervisor = target;
        target.adopt(this);
    }

    boolean movedFrom(Hypervisor h) {
        return previous.contains(h);
    }

    @Override
    List<Cidr> attachedRanges() {
        return nics.stream().map(VmNic::subnet).toList();
    }

    void releaseAddresses() {
        nics.forEach(VmNic::free);
    }

    /** {@code VM dev on VirtualBox (laptop): nic1 NAT 10.0.2.15/24 …}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("VM ").append(name()).append(" on ").append(hypervisor.kind().label())
                .append(" (").append(host().name()).append("): ");
        for (int i = 0; i < nics.size(); i++) {
            b.append(i == 0 ? "" : "; ").append(nics.get(i));
        }
        return b.toString();
    }
}
