package vnetlab.model.snapshot;

import java.util.List;

import vnetlab.model.PublishedPort;

/**
 * A container.
 *
 * @param id          its endpoint id, {@code container:<machine>/<name>}
 * @param name        its name
 * @param image       its image
 * @param machine     the host or VM running its engine
 * @param startOrder  1 for the engine's first container
 * @param hostNetwork whether it shares the machine's network stack
 * @param networks    its networks in join order
 * @param published   its published ports (none in host mode)
 * @param sharesStackOf the id of the container whose network stack it shares ({@code network_mode: service:x})
 */
public record ContainerState(String id, String name, String image, String machine, int startOrder, boolean hostNetwork,
        List<AttachmentState> networks, List<PublishedPort> published, java.util.Optional<String> sharesStackOf) {
    /** Copies the lists. */
    public ContainerState {
        networks = List.copyOf(networks);
        published = List.copyOf(published);
    }
}
