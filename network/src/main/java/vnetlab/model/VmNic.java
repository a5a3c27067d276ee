package vnetlab.model;

import java.util.Optional;

/**
 * One network card of a VM and how the hypervisor wires it: NAT, NAT Network, bridged or host-only.
 *
 * <pre>{@code
 * var dev = vbox.vm("dev");
 * dev.nic(1).nat();        // 10.0.2.15, gateway 10.0.2.2, DNS 10.0.2.3
 * dev.nic(2).hostOnly();   // 192.168.56.101 on vboxnet0
 * }</pre>
 */
public final class VmNic {
    private final Vm vm;
    private final int index;
    private final Mac mac;
    private NicMode mode;
    private VirtualNetwork network;
    private Lan lan;
    private Ipv4 address;
    private Cidr subnet;
    private Ipv4 gateway;
    private Ipv4 dns;

    VmNic(Vm vm, int index) {
        this.vm = vm;
        this.index = index;
        this.mac = vm.topology.uniqueMac(vm.hypervisor().kind().oui(), "vm/" + vm.name() + "/" + index);
    }

    /** Its number: 1 for the first NIC (VirtualBox "Adapter 1"). */
    public int index() {
        return index;
    }

    /** Its hardware address, kept when the VM moves to another host. */
    public Mac mac() {
        return mac;
    }

    /** How it is wired. */
    public NicMode mode() {
        return mode;
    }

    /** Its address as the guest sees it. */
    public Ipv4 address() {
        return address;
    }

    /** The network the guest sees, e.g. 10.0.2.0/24 behind VirtualBox NAT. */
    public Cidr subnet() {
        return subnet;
    }

    /** The guest's default gateway, e.g. 10.0.2.2 behind VirtualBox NAT. */
    public Ipv4 gateway() {
        return gateway;
    }

    /** The DNS server the guest is given, e.g. 10.0.2.3 behind VirtualBox NAT. */
    public Optional<Ipv4> dns() {
        return Optional.ofNullable(dns);
    }

    /** The hypervisor's virtual network it is on (vboxnet0, VMnet8, virbr0, a NAT Network), if any. */
    public Optional<VirtualNetwork> virtualNetwork() {
        return Optional.ofNullable(network);
    }

    /** The physical LAN it is bridged onto, if bridged. */
    public Optional<Lan> lan() {
        return Optional.ofNullable(lan);
    }

    /**
     * The name of what it is attached to: the LAN, the virtual network, or {@code NAT} for VirtualBox's per-NIC NAT engine.
     */
    public String networkName() {
        if (lan != null) {
            return lan.name();
        }
        return network != null ? network.name() : "NAT";
    }

    /**
     * Puts the NIC behind the hypervisor's NAT: VirtualBox gives NIC n its own 10.0.(n+1).0/24 (guest .15), VMware uses
     * VMnet8, KVM virbr0.
     *
     * <pre>{@code
     * vm.nic(2).nat()   // VirtualBox: 10.0.3.15
     * }</pre>
     */
    public VmNic nat() {
        Hypervisor h = vm.hypervisor();
        if (h.kind() == HypervisorKind.VIRTUALBOX) {
            if (mode == NicMode.NAT) {
                return this;
            }
            release();
            // VirtualBox manual, "Configuring the address of a NAT network interface": NIC n uses 10.0.(n+1).0/24;
            // guest .15, gateway .2, DNS proxy .3.
            subnet = Cidr.of(Ipv4.of(10, 0, index + 1, 0), 24);
            address = subnet.host(15);
            gateway = subnet.host(2);
            dns = subnet.host(3);
            mode = NicMode.NAT;
            vm.topology.record(new VmStep.NicModeStep(vm.name(), index, "nat", java.util.Optional.empty()));
            return this;
        }
        return join(NicMode.NAT, h.natDefault());
    }

    /**
     * Puts the NIC on a VirtualBox NAT Network (default "NatNetwork", 10.0.2.0/24), shared by VMs that can then talk.
     *
     * <pre>{@code
     * vm.nic(1).natNetwork("NatNetwork")   // 10.0.2.4, gateway 10.0.2.1
     * }</pre>
     */
    public VmNic natNetwork(String name) {
        return join(NicMode.NAT_NETWORK, vm.hypervisor().natNetwork(name));
    }

    /**
     * Puts the NIC on the hypervisor's first host-only network (VirtualBox vboxnet0, VMware VMnet1, KVM an isolated virbr1).
     *
     * <pre>{@code
     * vm.nic(1).hostOnly()   // VirtualBox: 192.168.56.101
     * }</pre>
     */
    public VmNic hostOnly() {
        return join(NicMode.HOST_ONLY, vm.hypervisor().hostOnlyDefault());
    }

    /** Puts the NIC on the named host-only network, e.g. "vboxnet1". */
    public VmNic hostOnly(String networkName) {
        VirtualNetwork n = vm.hypervisor().network(networkName);
        if (n.kind() != VirtualNetworkKind.HOST_ONLY) {
            throw new IllegalArgumentException(networkName + " is a " + n.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " network, not host-only; use nat() or natNetwork(\"" + networkName + "\")");
        }
        return join(NicMode.HOST_ONLY, n);
    }

    /**
     * Bridges the NIC onto the host's LAN: a peer with its own MAC and an address from the LAN's DHCP pool.
     *
     * <pre>{@code
     * vm.nic(1).bridged()   // 192.168.1.100 on home
     * }</pre>
     *
     * @throws IllegalArgumentException if the host is on no LAN
     */
    public VmNic bridged() {
        Hypervisor h = vm.hypervisor();
        Nic hostNic = h.bridgeNic().orElseThrow(() -> new IllegalArgumentException("VM \"" + vm.name()
                + "\" is bridged, but hypervisor \"" + h.name() + "\" has no host NIC; put host \"" + h.host().name()
                + "\" on a LAN first, e.g. " + h.host().name() + ".attach(home, \"192.168.1.5\")"));
        if (mode == NicMode.BRIDGED && lan == hostNic.lan()) {
            return this;
        }
        release();
        lan = hostNic.lan();
        address = lan.lease(owner());
        subnet = lan.cidr();
        gateway = lan.router();
        dns = lan.router();
        mode = NicMode.BRIDGED;
        vm.topology.record(new VmStep.NicModeStep(vm.name(), index, "bridged", java.util.Optional.empty()));
        return this;
    }

    private VmNic join(NicMode newMode, VirtualNetwork target) {
        if (mode == newMode && network == target) {
            return this;
        }
        release();
        network = target;
        address = target.lease(owner());
        subnet = target.cidr();
        gateway = target.gateway();
        dns = target.dns().orElse(null);
        mode = newMode;
        String word = switch (newMode) {
            case NAT -> "nat";
            case NAT_NETWORK -> "natNetwork";
            case HOST_ONLY -> "hostOnly";
            case BRIDGED -> "bridged";
        };
        vm.topology.record(new VmStep.NicModeStep(vm.name(), index, word,
                newMode == NicMode.NAT ? java.util.Optional.empty() : java.util.Optional.of(target.name())));
        return this;
    }

    private String owner() {
        return "VM \"" + vm.name() + "\"";
    }

    private void release() {
        if (mode == NicMode.NAT && vm.hypervisor().forwardsTo(vm)) {
            vm.hypervisor().topology().warn("VM \"" + vm.name() + "\" left NAT mode; its port-forwarding rules on "
                    + vm.hypervisor().name() + " no longer reach it");
        }
        if (network != null) {
            network.release(address);
        }
        if (lan != null) {
            lan.release(address);
        }
        network = null;
        lan = null;
    }

    /** When its VM is deleted: its address is free again on its LAN or virtual network. */
    void free() {
        if (network != null) {
            network.release(address);
        }
        if (lan != null) {
            lan.release(address);
        }
        network = null;
        lan = null;
    }

    /** After a move to another hypervisor: the same network there, keeping the address. */
    void moveTo(Hypervisor target) {
        if (network != null) {
            VirtualNetwork there = target.sameNetwork(network);
            network.release(address);
            if (!there.isFree(address, owner())) {
                target.topology().warn("VM \"" + vm.name() + "\" keeps " + address + " on " + there.name() + " of "
                        + target.host().name() + ", where another VM already has it: an address conflict");
            } else {
                there.claim(address, owner());
            }
            network = there;
        }
        if (lan != null && target.host().nics().stream().noneMatch(n -> n.lan() == lan)) {
            target.topology().warn("VM \"" + vm.name() + "\" is bridged onto " + lan.name() + ", but host \""
                    + target.host().name() + "\" has no NIC there: it is cut off");
        }
    }

    /** {@code nic1 NAT 10.0.2.15/24 gw 10.0.2.2}. */
    @Override
    public String toString() {
        return "nic" + index + " " + mode + " " + address + "/" + subnet.prefix() + " on " + networkName() + ", gateway " + gateway;
    }
}
