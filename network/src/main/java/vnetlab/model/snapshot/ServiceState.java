package vnetlab.model.snapshot;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vnetlab.model.Ipv4;
import vnetlab.model.Protocol;
import vnetlab.model.ServiceType;
import vnetlab.model.TrafficPolicy;

/**
 * A Service.
 *
 * @param id                    {@code service:<cluster>/<namespace>/<name>}
 * @param name                  its name
 * @param namespace             its namespace
 * @param type                  ClusterIP, NodePort or LoadBalancer
 * @param clusterIp             its ClusterIP
 * @param port                  its port
 * @param targetPort            the pods' port
 * @param protocol              tcp
 * @param nodePort              its NodePort (NodePort and LoadBalancer)
 * @param loadBalancer          its external address (LoadBalancer)
 * @param externalTrafficPolicy Cluster or Local
 * @param selector              its selector
 * @param endpoints             the ids of the pods it selects
 * @param dnsName               name.namespace.svc.cluster.local
 */
public record ServiceState(String id, String name, String namespace, ServiceType type, Ipv4 clusterIp, int port, int targetPort,
        Protocol protocol, Optional<Integer> nodePort, Optional<Ipv4> loadBalancer, TrafficPolicy externalTrafficPolicy,
        Map<String, String> selector, List<String> endpoints, String dnsName) {
    /** Copies the collections. */
    public ServiceState {
        selector = Map.copyOf(selector);
        endpoints = List.copyOf(endpoints);
    }
}
