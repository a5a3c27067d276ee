package vnetlab.model.snapshot;

import java.util.Map;

import vnetlab.model.Ipv4;

/**
 * A pod.
 *
 * @param id        {@code pod:<cluster>/<namespace>/<name>}
 * @param name      its name
 * @param namespace its namespace
 * @param node      its node's name
 * @param address   its address
 * @param image     its image
 * @param port      its container port
 * @param labels    its labels
 * @param containers its containers, name → image, main first (they share the address)
 */
public record PodState(String id, String name, String namespace, String node, Ipv4 address, String image, int port,
        Map<String, String> labels, Map<String, String> containers) {
    /** Copies the maps (containers keep their order). */
    public PodState {
        labels = Map.copyOf(labels);
        containers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(containers));
    }
}
