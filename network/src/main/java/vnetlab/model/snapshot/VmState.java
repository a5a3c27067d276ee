package vnetlab.model.snapshot;

import java.util.List;

import vnetlab.model.HypervisorKind;

/**
 * A VM where it runs now.
 *
 * @param id         its endpoint id, {@code vm:<name>}
 * @param name       its name
 * @param host       the host it runs on now
 * @param hypervisor the hypervisor's name on that host (vbox, vmware, kvm)
 * @param kind       the hypervisor kind
 * @param nics       its NICs, NIC 1 first
 * @param memory     MiB
 * @param cpus       virtual CPUs
 * @param docker     whether it runs a Docker engine
 */
public record VmState(String id, String name, String host, String hypervisor, HypervisorKind kind, List<VmNicState> nics,
        int memory, int cpus, boolean docker) {
    /** Copies the list. */
    public VmState {
        nics = List.copyOf(nics);
    }
}
