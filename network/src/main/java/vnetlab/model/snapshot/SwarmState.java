package vnetlab.model.snapshot;

import java.util.List;

/**
 * A Docker swarm (VXLAN 4789/udp, gossip 7946, management 2377 between its machines).
 *
 * @param name     its name
 * @param machines its engines' machines, manager first
 * @param overlays its overlay networks, ingress first
 */
public record SwarmState(String name, List<String> machines, List<DockerNetworkState> overlays) {
    /** Copies the lists. */
    public SwarmState {
        machines = List.copyOf(machines);
        overlays = List.copyOf(overlays);
    }
}
