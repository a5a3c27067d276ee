package vnetlab.model.manifest;

import java.util.List;
import java.util.Map;

/**
 * A Deployment, StatefulSet, DaemonSet or bare Pod, reduced to what decides its networking.
 *
 * @param kind        Deployment, StatefulSet, DaemonSet or Pod
 * @param name        metadata.name
 * @param namespace   metadata.namespace (default)
 * @param replicas    spec.replicas (1; a DaemonSet: one per node, -1 here)
 * @param labels      the pods' labels (spec.template.metadata.labels, or a Pod's metadata.labels)
 * @param image       the first container's image
 * @param ports       the container ports by name (unnamed ones under their number)
 * @param firstPort   the first container port (80 when none is declared)
 * @param hostNetwork spec.hostNetwork
 * @param hostPorts   hostPort → containerPort
 * @param where       where the document starts
 */
public record Workload(String kind, String name, String namespace, int replicas, Map<String, String> labels, String image,
        Map<String, Integer> ports, int firstPort, boolean hostNetwork, Map<Integer, Integer> hostPorts, String where) {
    /** Copies the maps. */
    public Workload {
        labels = Map.copyOf(labels);
        ports = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ports));
        hostPorts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(hostPorts));
    }

    /** Whether its pods carry every label of a selector. */
    public boolean matches(Map<String, String> selector) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    /** Its container port names, for messages. */
    public List<String> portNames() {
        return ports.keySet().stream().filter(k -> !k.chars().allMatch(Character::isDigit)).toList();
    }
}
