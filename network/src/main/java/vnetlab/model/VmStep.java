package vnetlab.model;

import java.util.Optional;

/** Lab-file steps for hypervisors, their networks, VMs, their NICs and port forwards. */
public sealed interface VmStep extends LabStep {

    /** {@code host.hypervisor(kind)}. */
    @Do("hypervisor")
    record HypervisorStep(String host, HypervisorKind kind) implements VmStep {
        @Override
        public void apply(Topology t) {
            Lookup.host(t, host).hypervisor(kind);
        }
    }

    /** {@code hypervisor.hostNic(nic)}. */
    @Do("hypervisor.hostNic")
    record HostNicStep(String host, HypervisorKind kind, String nic) implements VmStep {
        @Override
        public void apply(Topology t) {
            Lookup.hypervisor(t, host, kind).hostNic(nic);
        }
    }

    /** {@code hypervisor.natNetwork(name, cidr)}. */
    @Do("hypervisor.natNetwork")
    record NatNetworkStep(String host, HypervisorKind kind, String name, String cidr) implements VmStep {
        @Override
        public void apply(Topology t) {
            Lookup.hypervisor(t, host, kind).natNetwork(name, cidr);
        }
    }

    /** {@code hypervisor.hostOnlyNetwork(name, cidr)}. */
    @Do("hypervisor.hostOnlyNetwork")
    record HostOnlyNetworkStep(String host, HypervisorKind kind, String name, String cidr) implements VmStep {
        @Override
        public void apply(Topology t) {
            Lookup.hypervisor(t, host, kind).hostOnlyNetwork(name, cidr);
        }
    }

    /** {@code hypervisor.vm(name)}. */
    @Do("vm")
    record VmCreateStep(String host, HypervisorKind kind, String name) implements VmStep {
        @Override
        public void apply(Topology t) {
            Lookup.hypervisor(t, host, kind).vm(name);
        }
    }

    /** {@code vm.nic(n)}: a new NIC. */
    @Do("vm.nic")
    record VmNicStep(String vm, int nic) implements VmStep {
        @Override
        public void apply(Topology t) {
            Lookup.vm(t, vm).nic(nic);
        }
    }

    /** {@code vm.memory(mib)}. */
    @Do("vm.memory")
    record VmMemoryStep(String vm, int mib) implements VmStep {
        @Override
        public void apply(Topology t) {
            Lookup.vm(t, vm).memory(mib);
        }
    }

    /** {@code vm.cpus(count)}. */
    @Do("vm.cpus")
    record VmCpusStep(String vm, int count) implements VmStep {
        @Override
        public void apply(Topology t) {
            Lookup.vm(t, vm).cpus(count);
        }
    }

    /** {@code vm.nic(n).nat()}, {@code .bridged()}, {@code .hostOnly(network)} or {@code .natNetwork(network)}. */
    @Do("nic.mode")
    record NicModeStep(String vm, int nic, String mode, Optional<String> network) implements VmStep {
        @Override
        public void apply(Topology t) {
            VmNic n = Lookup.vm(t, vm).nic(nic);
            switch (mode) {
                case "nat" -> n.nat();
                case "bridged" -> n.bridged();
                case "hostOnly" -> n.hostOnly(network.orElseThrow(() -> missingNetwork()));
                case "natNetwork" -> n.natNetwork(network.orElseThrow(() -> missingNetwork()));
                default -> throw new IllegalArgumentException("field \"mode\" is \"" + mode
                        + "\", not one of nat, bridged, hostOnly, natNetwork");
            }
        }

        private IllegalArgumentException missingNetwork() {
            return new IllegalArgumentException("field \"network\" is missing; mode " + mode + " needs it");
        }
    }

    /** {@code hypervisor.forward(hostIp, hostPort, vm, guestPort, protocol)}. */
    @Do("forward")
    record ForwardStep(String host, HypervisorKind kind, String hostIp, int hostPort, String vm, int guestPort, String protocol)
            implements VmStep {
        @Override
        public void apply(Topology t) {
            Lookup.hypervisor(t, host, kind).forward(hostIp, hostPort, Lookup.vm(t, vm), guestPort, Protocol.parse(protocol));
        }
    }

    /** {@code hypervisor.unforward(hostPort[, protocol])}. */
    @Do("forward.remove")
    record UnforwardStep(String host, HypervisorKind kind, int hostPort, String protocol) implements VmStep {
        @Override
        public void apply(Topology t) {
            Lookup.hypervisor(t, host, kind).unforward(hostPort, Protocol.parse(protocol));
        }
    }

    /** {@code hypervisor.removeVm(name)}. */
    @Do("vm.remove")
    record RemoveVmStep(String host, HypervisorKind kind, String name) implements VmStep {
        @Override
        public void apply(Topology t) {
            Lookup.hypervisor(t, host, kind).removeVm(name);
        }
    }
}
