package vnetlab.model.compose;

import java.util.List;
import java.util.Map;

/**
 * A service of a Compose file, reduced to what decides its networking.
 *
 * @param name          the service's key, e.g. {@code web}; a DNS name on each of its networks
 * @param image         its image ({@code <project>-<service>} when it is only built)
 * @param containerName {@code container_name}, else {@code <project>-<service>-1} as Compose v2 names it
 * @param networks      its networks in file order ({@code default} when it lists none)
 * @param ports         its published ports, one per number
 * @param expose        its {@code expose} ports (documentation: they publish nothing)
 * @param mode          its {@code network_mode}
 * @param links         {@code links}: service → alias
 * @param dependsOn     {@code depends_on}: decides the start order only
 * @param where         where it is declared
 */
public record ComposeService(String name, String image, String containerName, List<ServiceNetwork> networks,
        List<ComposePort> ports, List<Integer> expose, NetworkMode mode, Map<String, String> links, List<String> dependsOn,
        String where) {
    /** Copies the lists. */
    public ComposeService {
        networks = List.copyOf(networks);
        ports = List.copyOf(ports);
        expose = List.copyOf(expose);
        links = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(links));
        dependsOn = List.copyOf(dependsOn);
    }
}
