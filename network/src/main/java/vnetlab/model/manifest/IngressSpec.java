package vnetlab.model.manifest;

import java.util.List;
import java.util.Optional;

/**
 * An Ingress manifest (networking.k8s.io/v1).
 *
 * @param name           metadata.name
 * @param namespace      metadata.namespace
 * @param className      spec.ingressClassName
 * @param defaultBackend spec.defaultBackend.service.name
 * @param rules          host, path, pathType and backend of each path
 * @param tlsHosts       spec.tls[].hosts (noted: vnetlab traces http)
 * @param where          where the document starts
 */
public record IngressSpec(String name, String namespace, Optional<String> className, Optional<String> defaultBackend,
        List<Rule> rules, List<String> tlsHosts, String where) {
    /** Copies. */
    public IngressSpec {
        rules = List.copyOf(rules);
        tlsHosts = List.copyOf(tlsHosts);
    }

    /**
     * One path of a rule.
     *
     * @param host     the host, empty for every host
     * @param path     the path
     * @param pathType Prefix, Exact or ImplementationSpecific
     * @param service  the backend Service's name
     * @param where    where it is written
     */
    public record Rule(String host, String path, String pathType, String service, String where) {
    }
}
