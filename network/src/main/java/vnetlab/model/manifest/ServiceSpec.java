package vnetlab.model.manifest;

import java.util.List;
import java.util.Map;

/**
 * A Service manifest.
 *
 * @param name                  metadata.name
 * @param namespace             metadata.namespace
 * @param type                  ClusterIP, NodePort or LoadBalancer
 * @param headless              {@code clusterIP: None}
 * @param selector              spec.selector
 * @param ports                 spec.ports
 * @param externalTrafficPolicy Cluster or Local
 * @param sessionAffinity       None or ClientIP
 * @param where                 where the document starts
 */
public record ServiceSpec(String name, String namespace, String type, boolean headless, Map<String, String> selector,
        List<Port> ports, String externalTrafficPolicy, String sessionAffinity, String where) {
    /** Copies. */
    public ServiceSpec {
        selector = Map.copyOf(selector);
        ports = List.copyOf(ports);
    }

    /**
     * One Service port.
     *
     * @param name       its name
     * @param port       the Service's port
     * @param targetPort the pods' port: a number, or a container port's name
     * @param nodePort   a fixed NodePort, 0 for one from 30000–32767
     * @param where      where it is written
     */
    public record Port(String name, int port, String targetPort, int nodePort, String where) {
    }
}
