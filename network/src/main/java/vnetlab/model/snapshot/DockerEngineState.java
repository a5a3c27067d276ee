package vnetlab.model.snapshot;

import java.util.List;
import java.util.Optional;

/**
 * A Docker engine on a host or VM.
 *
 * @param machine    the machine's name
 * @param machineId  the machine's endpoint id (host:… or vm:…)
 * @param swarm      the swarm it joined, if any
 * @param networks   its networks (bridge, host, none, user-defined, then swarm overlays)
 * @param containers its containers in start order
 * @param desktopHost for Docker Desktop: the laptop whose addresses published ports are forwarded from
 */
public record DockerEngineState(String machine, String machineId, Optional<String> swarm, List<DockerNetworkState> networks,
        List<ContainerState> containers, Optional<String> desktopHost) {
    /** Copies the lists. */
    public DockerEngineState {
        networks = List.copyOf(networks);
        containers = List.copyOf(containers);
    }
}
