package vnetlab.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A physical computer (laptop, server, phone) with NICs on LANs; it can run hypervisors and a Docker engine.
 *
 * <pre>{@code
 * var laptop = home.host("laptop", "192.168.1.2");
 * var vbox = laptop.hypervisor(VIRTUALBOX);   // works
 * var docker = laptop.docker();               // works
 * laptop.layers()                             // hardware, kernel, hypervisor and guests, container runtime
 * }</pre>
 */
public final class Host extends Machine {
    // Host NIC MACs: an Intel vendor prefix (00:1b:21) with bytes from the host's name; any vendor would do.
    private static final int HOST_OUI = 0x001B21;

    private final List<Nic> nics = new ArrayList<>();
    private final Map<HypervisorKind, Hypervisor> hypervisors = new EnumMap<>(HypervisorKind.class);
    private boolean failed;

    Host(Topology topology, String name) {
        super(topology, name);
    }

    @Override
    public String id() {
        return "host:" + name();
    }

    /**
     * Its first NIC's address.
     *
     * @throws IllegalStateException if it is on no LAN
     */
    @Override
    public Ipv4 address() {
        if (nics.isEmpty()) {
            throw new IllegalStateException("host \"" + name() + "\" is on no LAN; call host.attach(lan, \"192.168.1.5\") first");
        }
        return nics.get(0).address();
    }

    @Override
    public List<Ipv4> addresses() {
        return nics.stream().map(Nic::address).toList();
    }

    /** Its NICs, eth0 first. */
    public List<Nic> nics() {
        return List.copyOf(nics);
    }

    /**
     * The NIC of this name.
     *
     * @throws IllegalArgumentException if it has none of that name
     */
    public Nic nic(String name) {
        return nics.stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "host \"" + name() + "\" has no NIC " + Texts.quote(name) + (nics.isEmpty() ? "; it is on no LAN yet"
                        : "; it has " + nics.stream().map(Nic::name).toList())));
    }

    /** The LAN of its first NIC, if any. */
    public Optional<Lan> lan() {
        return nics.isEmpty() ? Optional.empty() : Optional.of(nics.get(0).lan());
    }

    /**
     * Plugs a further NIC (eth1, eth2 …) into a LAN with a fixed address; re-running is harmless.
     *
     * <pre>{@code
     * router.attach(office, "10.0.0.1")   // works
     * }</pre>
     */
    public Host attach(Lan lan, String address) {
        Texts.required(lan, "host.attach", "a LAN", "lab.lan(\"office\", \"10.0.0.0/24\")");
        Ipv4 ip = Ipv4.parse(address);
        Optional<Nic> existing = nicOn(lan);
        if (existing.isPresent()) {
            if (!existing.get().address().equals(ip)) {
                throw new IllegalArgumentException("host \"" + name() + "\" already has " + existing.get().address() + " on "
                        + lan.name() + ", not " + ip + "; a host has one NIC per LAN");
            }
            return this;
        }
        if (!lan.cidr().contains(ip)) {
            throw new IllegalArgumentException(ip + " is not in " + lan.name() + " (" + lan.cidr() + ")");
        }
        lan.claim(ip, "host \"" + name() + "\"");
        addNic(lan, ip, false);
        topology.registerHost(this);
        lan.attach(this);
        topology.record(new NetworkStep.HostAttachStep(name(), lan.name(), ip.toString()));
        return this;
    }

    /**
     * Creates or returns the hypervisor of this kind on the host (one of each kind).
     *
     * <pre>{@code
     * var vbox = laptop.hypervisor(VIRTUALBOX);   // named "vbox", host-only vboxnet0 192.168.56.0/24
     * }</pre>
     */
    public Hypervisor hypervisor(HypervisorKind kind) {
        if (kind == null) {
            throw new IllegalArgumentException("which hypervisor? use VIRTUALBOX, VMWARE or KVM");
        }
        return hypervisors.computeIfAbsent(kind, k -> {
            Hypervisor h = new Hypervisor(topology, this, k);
            topology.record(new VmStep.HypervisorStep(name(), k));
            return h;
        });
    }

    /**
     * Creates or returns Docker Desktop on this laptop: a small Linux VM (on 192.168.65.0/24 behind NAT) runs the Docker
     * engine; ports its containers publish are forwarded to the laptop's own addresses.
     *
     * <pre>{@code
     * var docker = laptop.dockerDesktop();
     * docker.run("web", "nginx").publish(8080, 80)   // http://localhost:8080 on the laptop
     * }</pre>
     */
    public DockerEngine dockerDesktop() {
        Hypervisor desktop = topology.quietly(() -> hypervisor(HypervisorKind.DOCKER_DESKTOP));
        if (!desktop.vms().isEmpty()) {
            return desktop.vms().get(0).docker();
        }
        String vmName = topology.existingVm("docker-desktop").isPresent() ? "docker-desktop-" + name() : "docker-desktop";
        DockerEngine engine = topology.quietly(() -> desktop.vm(vmName).memory(2048).docker());
        topology.record(new DockerStep.DockerDesktopStep(name()));
        return engine;
    }

    /** Its hypervisors. */
    public List<Hypervisor> hypervisors() {
        return List.copyOf(hypervisors.values());
    }

    /**
     * What runs on this machine, bottom up: hardware, the host OS kernel, each hypervisor with its guests (each with its
     * own kernel), and the container runtime whose containers share the host kernel.
     *
     * <pre>{@code
     * laptop.layers()
     * }</pre>
     */
    public LayerStack layers() {
        return LayerStack.of(this);
    }

    /** Whether the host has failed (see {@link HypervisorCluster#fail(Host)}). */
    public boolean failed() {
        return failed;
    }

    void fail() {
        failed = true;
    }

    /** Before it is removed: nothing may still run on it; then its LAN addresses are free again. */
    void leaveLans() {
        for (Nic nic : nics) {
            nic.lan().release(nic.address());
            nic.lan().detach(this);
        }
    }

    Optional<Nic> nicOn(Lan lan) {
        return nics.stream().filter(n -> n.lan() == lan).findFirst();
    }

    void addNic(Lan lan, Ipv4 ip, boolean dhcp) {
        String nicName = "eth" + nics.size();
        nics.add(new Nic(nicName, topology.uniqueMac(HOST_OUI, "host/" + name() + "/" + nicName), lan, ip, dhcp));
    }

    String where() {
        return nics.isEmpty() ? "" : " on " + nics.get(0).lan().name() + " (" + nics.get(0).address() + ")";
    }

    @Override
    List<Cidr> attachedRanges() {
        return nics.stream().map(n -> n.lan().cidr()).toList();
    }

    /** {@code host laptop 192.168.1.2 on home, runs VirtualBox (3 VMs)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("host ").append(name());
        if (nics.isEmpty()) {
            b.append(" (on no LAN)");
        }
        for (Nic nic : nics) {
            b.append(nic == nics.get(0) ? " " : ", ").append(nic.address()).append(" on ").append(nic.lan().name());
        }
        for (Hypervisor h : hypervisors.values()) {
            b.append(", runs ").append(h.kind().label()).append(" (").append(Topology.count(h.vms().size(), "VM")).append(')');
        }
        dockerEngine().ifPresent(d -> b.append(", runs Docker (").append(Topology.count(d.containers().size(), "container")).append(')'));
        if (failed) {
            b.append(", FAILED");
        }
        return b.toString();
    }
}
