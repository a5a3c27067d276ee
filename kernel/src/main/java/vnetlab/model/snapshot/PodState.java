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
 */
public record PodState(String id, String name, String namespace, String node, Ipv4 address, String image, int port,
        Map<String, String> labels) {
    /** Copies the map. */
    public PodState {
        labels = Map.copyOf(labels);
    }
}
