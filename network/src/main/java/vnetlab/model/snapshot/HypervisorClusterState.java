package vnetlab.model.snapshot;

import java.util.List;

import vnetlab.model.HypervisorKind;

/**
 * A cluster of hypervisor hosts (chapter 1): when a host fails its VMs run on the others.
 *
 * @param name   its name
 * @param kind   the members' hypervisor kind (empty for a cluster without members)
 * @param hosts  the members' host names, in the order they joined
 * @param failed the failed hosts among them
 */
public record HypervisorClusterState(String name, java.util.Optional<HypervisorKind> kind, List<String> hosts, List<String> failed) {
    /** Copies the lists. */
    public HypervisorClusterState {
        hosts = List.copyOf(hosts);
        failed = List.copyOf(failed);
    }
}
