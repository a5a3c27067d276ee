package vnetlab.model.snapshot;

import java.util.List;

/**
 * A physical host.
 *
 * @param id          its endpoint id, {@code host:<name>}
 * @param name        its name
 * @param nics        its NICs, eth0 first
 * @param hypervisors its hypervisors
 * @param docker      whether it runs a Docker engine (see {@link Snapshot#dockerEngines()})
 * @param failed      whether it has failed (hypervisor clusters)
 */
public record HostState(String id, String name, List<NicState> nics, List<HypervisorState> hypervisors, boolean docker,
        boolean failed) {
    /** Copies the lists. */
    public HostState {
        nics = List.copyOf(nics);
        hypervisors = List.copyOf(hypervisors);
    }
}
