package vnetlab.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hypervisor on a host (VirtualBox, VMware Workstation or KVM): it runs VMs, owns virtual networks and forwards
 * host ports to NATed VMs.
 *
 * <pre>{@code
 * var vbox = laptop.hypervisor(VIRTUALBOX);
 * var dev = vbox.vm("dev").nat();   // 10.0.2.15
 * vbox.forward(2222, dev, 22);      // ssh -p 2222 laptop reaches dev:22
 * }</pre>
 */
public final class Hypervisor {
    private final Topology topology;
    private final Host host;
    private final HypervisorKind kind;
    private final Map<String, VirtualNetwork> networks = new LinkedHashMap<>();
    private final List<Vm> vms = new ArrayList<>();
    private final List<PortForward> forwards = new ArrayList<>();
    private String hostNic;

    Hypervisor(Topology topology, Host host, HypervisorKind kind) {
        this.topology = topology;
        this.host = host;
        this.kind = kind;
        switch (kind) {
            // VirtualBox manual, host-only networking: vboxnet0 192.168.56.1/24 with DHCP server .100 and pool .101-.254
            // is the convention of default installs.
            case VIRTUALBOX -> add(new VirtualNetwork("vboxnet0", VirtualNetworkKind.HOST_ONLY, Cidr.parse("192.168.56.0/24"),
                    ip("192.168.56.1"), null, null, ip("192.168.56.100"), ip("192.168.56.101"), ip("192.168.56.254")));
            case VMWARE -> {
                // VMware Workstation manual, virtual network table: VMnet0 bridged, VMnet1 host-only, VMnet8 NAT.
                // The subnets are picked at random at install; these two are vnetlab's picks. Host .1, NAT gateway .2,
                // DHCP .128-.253 and DHCP server .254 are conventions from secondary sources.
                add(new VirtualNetwork("VMnet1", VirtualNetworkKind.HOST_ONLY, Cidr.parse("192.168.111.0/24"),
                        ip("192.168.111.1"), null, null, ip("192.168.111.254"), ip("192.168.111.128"), ip("192.168.111.253")));
                add(new VirtualNetwork("VMnet8", VirtualNetworkKind.NAT, Cidr.parse("192.168.218.0/24"),
                        ip("192.168.218.1"), ip("192.168.218.2"), ip("192.168.218.2"), ip("192.168.218.254"),
                        ip("192.168.218.128"), ip("192.168.218.253")));
            }
            case KVM -> {
                // libvirt src/network/default.xml.in: bridge virbr0 192.168.122.1/24, DHCP .2-.254, forward mode NAT.
                add(new VirtualNetwork("virbr0", VirtualNetworkKind.NAT, Cidr.parse("192.168.122.0/24"),
                        ip("192.168.122.1"), ip("192.168.122.1"), ip("192.168.122.1"), ip("192.168.122.1"),
                        ip("192.168.122.2"), ip("192.168.122.254")));
                // An isolated libvirt network (no <forward>) for host-only VMs; the range is vnetlab's pick.
                add(new VirtualNetwork("virbr1", VirtualNetworkKind.HOST_ONLY, Cidr.parse("192.168.100.0/24"),
                        ip("192.168.100.1"), null, ip("192.168.100.1"), ip("192.168.100.1"),
                        ip("192.168.100.2"), ip("192.168.100.254")));
            }
            // Docker Desktop's default internal subnet is 192.168.65.0/24 (Settings → Resources → Network); the
            // gateway .1 and the VM's lease from .3 are vnetlab's picks.
            case DOCKER_DESKTOP -> add(new VirtualNetwork("desktop-nat", VirtualNetworkKind.NAT, Cidr.parse("192.168.65.0/24"),
                    null, ip("192.168.65.1"), ip("192.168.65.1"), ip("192.168.65.1"), ip("192.168.65.3"), ip("192.168.65.254")));
            default -> throw new IllegalStateException("unknown hypervisor " + kind);
        }
    }

    private static Ipv4 ip(String text) {
        return Ipv4.parse(text);
    }

    private void add(VirtualNetwork network) {
        networks.put(network.name(), network);
    }

    /** Its name in the lab: {@code vbox}, {@code vmware} or {@code kvm}. */
    public String name() {
        return kind.shortName();
    }

    /** Which hypervisor it is. */
    public HypervisorKind kind() {
        return kind;
    }

    /** The host it runs on. */
    public Host host() {
        return host;
    }

    /**
     * Creates or returns the VM of this name; a new VM has one NIC in NAT mode, as new VMs do in all three hypervisors.
     *
     * <pre>{@code
     * var web = vbox.vm("web").bridged();   // works; re-running returns the same VM
     * }</pre>
     *
     * @throws IllegalArgumentException if a VM of that name runs on another hypervisor
     */
    public Vm vm(String name) {
        Texts.name("a VM", name);
        Vm existing = topology.existingVm(name).orElse(null);
        if (existing != null) {
            if (existing.hypervisor() != this && !existing.movedFrom(this)) {
                throw new IllegalArgumentException("VM \"" + name + "\" already exists on " + existing.hypervisor()
                        + "; VM names are unique in a lab: remove it with " + existing.hypervisor().name() + ".removeVm(\"" + name
                        + "\"), or use another name");
            }
            return existing;
        }
        Vm vm = new Vm(topology, name, this);
        topology.registerVm(vm);
        vms.add(vm);
        topology.quietly(() -> vm.nic(1));
        topology.record(new VmStep.VmCreateStep(host.name(), kind, name));
        return vm;
    }

    /** The VMs running here now. */
    public List<Vm> vms() {
        return List.copyOf(vms);
    }

    /**
     * The virtual network of this name (vboxnet0, VMnet1, VMnet8, virbr0 …).
     *
     * @throws IllegalArgumentException if there is none, listing those there are
     */
    public VirtualNetwork network(String name) {
        VirtualNetwork n = networks.get(name);
        if (n == null) {
            throw new IllegalArgumentException(kind.label() + " on " + host.name() + " has no network " + Texts.quote(name)
                    + "; it has " + networks.keySet());
        }
        return n;
    }

    /** Its virtual networks. */
    public List<VirtualNetwork> networks() {
        return List.copyOf(networks.values());
    }

    /**
     * Creates or returns a VirtualBox NAT Network: 10.0.2.0/24 by default, gateway .1, so VMs behind it can talk.
     *
     * <pre>{@code
     * vbox.natNetwork("NatNetwork", "10.0.2.0/24")
     * }</pre>
     *
     * @throws IllegalArgumentException on VMware or KVM (their NAT network is already shared)
     */
    public VirtualNetwork natNetwork(String name, String cidr) {
        if (kind != HypervisorKind.VIRTUALBOX) {
            throw new IllegalArgumentException(kind.label() + " has no NAT Network mode; its NAT network "
                    + (kind == HypervisorKind.VMWARE ? "VMnet8" : "virbr0") + " is already shared by all VMs, use vm.nat()");
        }
        Cidr range = Cidr.parse(cidr);
        VirtualNetwork existing = networks.get(name);
        if (existing != null) {
            if (existing.kind() != VirtualNetworkKind.NAT_NETWORK || !existing.cidr().equals(range)) {
                throw new IllegalArgumentException("network \"" + name + "\" on " + name() + " is already " + existing
                        + "; use another name");
            }
            return existing;
        }
        if (range.prefix() > 29) {
            throw new IllegalArgumentException(Texts.quote(cidr) + " is too small for a NAT Network; use /29 or larger, e.g. 10.0.2.0/24");
        }
        // VirtualBox NAT Network convention: gateway .1 (also the DNS proxy), DHCP server .3, guests from .4.
        VirtualNetwork n = new VirtualNetwork(Texts.name("a NAT Network", name), VirtualNetworkKind.NAT_NETWORK, range, null,
                range.host(1), range.host(1), range.host(3), range.host(4), range.lastHost());
        add(n);
        topology.record(new VmStep.NatNetworkStep(host.name(), kind, name, range.toString()));
        return n;
    }

    /** Creates or returns the VirtualBox NAT Network of this name with the default range 10.0.2.0/24. */
    public VirtualNetwork natNetwork(String name) {
        VirtualNetwork existing = networks.get(name);
        return existing != null && existing.kind() == VirtualNetworkKind.NAT_NETWORK ? existing : natNetwork(name, "10.0.2.0/24");
    }

    /**
     * Creates or returns a further host-only network, e.g. vboxnet1; the host takes the first address, DHCP from .101.
     *
     * <pre>{@code
     * vbox.hostOnlyNetwork("vboxnet1", "192.168.57.0/24")
     * }</pre>
     */
    public VirtualNetwork hostOnlyNetwork(String name, String cidr) {
        Cidr range = Cidr.parse(cidr);
        VirtualNetwork existing = networks.get(name);
        if (existing != null) {
            if (existing.kind() != VirtualNetworkKind.HOST_ONLY || !existing.cidr().equals(range)) {
                throw new IllegalArgumentException("network \"" + name + "\" on " + name() + " is already " + existing
                        + "; use another name");
            }
            return existing;
        }
        if (range.prefix() > 29) {
            throw new IllegalArgumentException(Texts.quote(cidr) + " is too small for a host-only network; use /29 or larger, e.g. 192.168.57.0/24");
        }
        long first = Math.min(101, range.size() / 2);
        VirtualNetwork n = new VirtualNetwork(Texts.name("a host-only network", name), VirtualNetworkKind.HOST_ONLY, range,
                range.host(1), null, null, range.host(first - 1), range.host(first), range.lastHost());
        add(n);
        topology.record(new VmStep.HostOnlyNetworkStep(host.name(), kind, name, range.toString()));
        return n;
    }

    /**
     * Chooses which of the host's NICs bridged VMs join (eth0 by default).
     *
     * <pre>{@code
     * vbox.hostNic("eth1")   // works if the host has eth1
     * }</pre>
     *
     * @throws IllegalArgumentException if the host has no such NIC
     */
    public Hypervisor hostNic(String nicName) {
        host.nic(nicName);
        if (!nicName.equals(hostNic)) {
            this.hostNic = nicName;
            topology.record(new VmStep.HostNicStep(host.name(), kind, nicName));
        }
        return this;
    }

    /** The host NIC bridged VMs join, if the host has one. */
    public java.util.Optional<Nic> bridgeNic() {
        if (hostNic != null) {
            return java.util.Optional.of(host.nic(hostNic));
        }
        return host.nics().stream().findFirst();
    }

    /**
     * Forwards a host port (tcp, all host addresses) to a port of a VM's NAT NIC.
     *
     * <pre>{@code
     * vbox.forward(2222, dev, 22)   // works: dev is nat()
     * vbox.forward(2222, web, 22)   // fails: web has no NAT NIC
     * }</pre>
     *
     * @throws IllegalArgumentException if the VM is elsewhere, has no NAT NIC, or the host port is taken
     */
    public Hypervisor forward(int hostPort, Vm vm, int guestPort) {
        return forward(Ipv4.ANY.toString(), hostPort, vm, guestPort, Protocol.TCP);
    }

    /** Forwards a host port to a VM's port with the given protocol (tcp or udp). */
    public Hypervisor forward(int hostPort, Vm vm, int guestPort, Protocol protocol) {
        return forward(Ipv4.ANY.toString(), hostPort, vm, guestPort, protocol);
    }

    /**
     * Forwards a port of one host address (e.g. "127.0.0.1") to a VM's port.
     *
     * <pre>{@code
     * vbox.forward("127.0.0.1", 8080, web, 80, Protocol.TCP)
     * }</pre>
     */
    public Hypervisor forward(String hostIp, int hostPort, Vm vm, int guestPort, Protocol protocol) {
        Ipv4 listen = Ipv4.parse(hostIp);
        Texts.required(vm, "forward", "a VM", "vbox.vm(\"dev\")");
        Port.check(hostPort, "host port");
        Port.check(guestPort, "guest port");
        if (protocol == null || protocol == Protocol.ICMP) {
            throw new IllegalArgumentException("port forwarding needs tcp or udp, not " + protocol);
        }
        if (kind == HypervisorKind.DOCKER_DESKTOP) {
            throw new IllegalArgumentException("Docker Desktop forwards the ports its containers publish by itself; use container.publish(...)");
        }
        if (kind == HypervisorKind.KVM) {
            throw new IllegalArgumentException("libvirt has no port-forwarding rules; bridge VM \"" + vm.name()
                    + "\" with vm.bridged() or add a DNAT rule on the host");
        }
        if (vm.hypervisor() != this) {
            throw new IllegalArgumentException("VM \"" + vm.name() + "\" runs on " + vm.hypervisor() + ", not on " + this
                    + "; forward from its own hypervisor");
        }
        VmNic nic = vm.nics().stream().filter(n -> n.mode() == NicMode.NAT).findFirst().orElseThrow(() ->
                new IllegalArgumentException("VM \"" + vm.name() + "\" has no NAT NIC, so there is nothing to forward to; call "
                        + vm.name() + ".nat() first"));
        PortForward rule = new PortForward(protocol + "-" + hostPort, protocol, listen, hostPort, vm.name(), nic.index(),
                nic.address(), guestPort);
        for (PortForward f : forwards) {
            boolean sameSocket = f.protocol() == protocol && f.hostPort() == hostPort
                    && (f.hostIp().equals(listen) || f.hostIp().equals(Ipv4.ANY) || listen.equals(Ipv4.ANY));
            if (sameSocket) {
                if (f.equals(rule)) {
                    return this;
                }
                throw new IllegalArgumentException("host port " + hostPort + "/" + protocol + " on " + host.name()
                        + " already forwards to " + f.vm() + ":" + f.guestPort() + "; remove it with " + unforwardCall(f)
                        + ", or pick another host port");
            }
        }
        host.dockerEngine().ifPresent(d -> d.checkHostPortFree(listen, hostPort, protocol, "VM \"" + vm.name() + "\""));
        forwards.add(rule);
        topology.record(new VmStep.ForwardStep(host.name(), kind, listen.toString(), hostPort, vm.name(), guestPort,
                protocol.toString()));
        return this;
    }

    /**
     * Removes the port-forwarding rule on a tcp host port: the undo of {@link #forward(int, Vm, int)}.
     *
     * <pre>{@code
     * vbox.forward(8080, dev, 8080);   // the wrong guest port
     * vbox.unforward(8080);            // works: host port 8080 is free again
     * vbox.forward(8080, dev, 80);     // works
     * vbox.unforward(9999)             // fails: no rule uses host port 9999/tcp
     * }</pre>
     *
     * @throws IllegalArgumentException if no rule uses that host port, naming the rules there are
     */
    public Hypervisor unforward(int hostPort) {
        return unforward(hostPort, Protocol.TCP);
    }

    /**
     * Removes the port-forwarding rule on a host port of a protocol (tcp or udp).
     *
     * <pre>{@code
     * vbox.unforward(5353, UDP)
     * }</pre>
     *
     * @throws IllegalArgumentException if no rule uses that host port and protocol
     */
    public Hypervisor unforward(int hostPort, Protocol protocol) {
        Port.check(hostPort, "host port");
        List<PortForward> gone = forwards.stream().filter(f -> f.hostPort() == hostPort && f.protocol() == protocol).toList();
        if (gone.isEmpty()) {
            throw new IllegalArgumentException("no port-forwarding rule of " + this + " uses host port " + hostPort + "/" + protocol
                    + (forwards.isEmpty() ? "; it has none" : "; its rules: " + String.join(", ", forwards.stream()
                    .map(f -> f.hostPort() + "/" + f.protocol() + " → " + f.vm() + ":" + f.guestPort()).toList())));
        }
        forwards.removeAll(gone);
        topology.record(new VmStep.UnforwardStep(host.name(), kind, hostPort, protocol.toString()));
        return this;
    }

    /** The call that removes a rule, as a learner would type it: {@code vbox.unforward(8080)}. */
    String unforwardCall(PortForward f) {
        return name() + ".unforward(" + f.hostPort() + (f.protocol() == Protocol.TCP ? "" : ", " + f.protocol().name()) + ")";
    }

    /**
     * Deletes a VM of this hypervisor, with its port-forwarding rules (VirtualBox keeps them in the VM's settings);
     * its addresses are free again.
     *
     * <pre>{@code
     * vbox.vm("ci").bridged();   // meant nat()
     * vbox.removeVm("ci");       // works
     * vbox.vm("ci").nat();       // a new ci
     * }</pre>
     *
     * @throws IllegalArgumentException if it has no such VM, or Docker in it still runs containers
     */
    public Hypervisor removeVm(String vmName) {
        Vm vm = vms.stream().filter(v -> v.name().equals(vmName)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                this + " runs no VM " + Texts.quote(vmName) + (vms.isEmpty() ? "" : "; it runs " + vms.stream().map(Vm::name).toList())));
        vm.dockerEngine().ifPresent(d -> d.checkEmpty("VM \"" + vmName + "\""));
        vm.releaseAddresses();
        release(vm);
        topology.forgetVm(vm);
        topology.record(new VmStep.RemoveVmStep(host.name(), kind, vmName));
        return this;
    }

    /** Its port-forwarding rules. */
    public List<PortForward> forwards() {
        return List.copyOf(forwards);
    }

    // ---- used by VM NICs and clusters ----

    Topology topology() {
        return topology;
    }

    VirtualNetwork hostOnlyDefault() {
        return networks.values().stream().filter(n -> n.kind() == VirtualNetworkKind.HOST_ONLY).findFirst().orElseThrow(() ->
                new IllegalArgumentException(kind.label() + " has no host-only network; use nat()"));
    }

    VirtualNetwork natDefault() {
        return networks.values().stream().filter(n -> n.kind() == VirtualNetworkKind.NAT).findFirst().orElseThrow();
    }

    boolean hasNetwork(VirtualNetwork n) {
        return networks.get(n.name()) == n;
    }

    VirtualNetwork sameNetwork(VirtualNetwork other) {
        VirtualNetwork mine = networks.get(other.name());
        if (mine == null) {
            mine = other.kind() == VirtualNetworkKind.NAT_NETWORK ? natNetwork(other.name(), other.cidr().toString())
                    : hostOnlyNetwork(other.name(), other.cidr().toString());
        }
        return mine;
    }

    void adopt(Vm vm) {
        vms.add(vm);
    }

    void release(Vm vm) {
        vms.remove(vm);
        forwards.removeIf(f -> f.vm().equals(vm.name()));
    }

    boolean forwardsTo(Vm vm) {
        return forwards.stream().anyMatch(f -> f.vm().equals(vm.name()));
    }

    /** {@code VirtualBox "vbox" on laptop}. */
    @Override
    public String toString() {
        return kind.label() + " \"" + name() + "\" on " + host.name();
    }
}
