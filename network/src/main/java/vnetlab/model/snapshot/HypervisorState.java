package vnetlab.model.snapshot;

import java.util.List;
import java.util.Optional;

import vnetlab.model.HypervisorKind;
import vnetlab.model.PortForward;

/**
 * A hypervisor on a host.
 *
 * @param name      vbox, vmware or kvm
 * @param kind      which hypervisor
 * @param host      the host's name
 * @param bridgeNic the host NIC bridged VMs join, if the host has one
 * @param networks  its virtual networks (vboxnet0, VMnet1, VMnet8, virbr0, NAT Networks)
 * @param vms       the names of the VMs running on it now
 * @param forwards  its NAT port-forwarding rules
 */
public record HypervisorState(String name, HypervisorKind kind, String host, Optional<String> bridgeNic,
        List<VirtualNetworkState> networks, List<String> vms, List<PortForward> forwards) {
    /** Copies the lists. */
    public HypervisorState {
        networks = List.copyOf(networks);
        vms = List.copyOf(vms);
        forwards = List.copyOf(forwards);
    }
}
