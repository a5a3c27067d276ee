package vnetlab.model.manifest;

import java.util.List;
import java.util.Map;

import vnetlab.model.NetworkPolicy;

/**
 * A set of Kubernetes manifests read and checked, touching no lab: {@code k8s.apply(...)} builds it.
 *
 * <pre>{@code
 * Manifests m = Manifests.read(yaml, "shop.yaml");
 * m.workloads()   // Deployments, StatefulSets, DaemonSets, Pods
 * m.unknownKinds()  // [ConfigMap shop-config, Secret db-password]: listed, not built
 * }</pre>
 *
 * @param namespaces   Namespace objects: name → labels
 * @param workloads    Deployments, StatefulSets, DaemonSets and Pods in file order
 * @param services     Services
 * @param ingresses    Ingresses
 * @param policies     NetworkPolicies
 * @param unknownKinds kind and name of every document vnetlab does not build
 * @param warnings     one line per ignored key or note, with file, line and column
 */
public record Manifests(Map<String, Map<String, String>> namespaces, List<Workload> workloads, List<ServiceSpec> services,
        List<IngressSpec> ingresses, List<NetworkPolicy> policies, List<String> unknownKinds, List<String> warnings) {
    /** Copies. */
    public Manifests {
        namespaces = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(namespaces));
        workloads = List.copyOf(workloads);
        services = List.copyOf(services);
        ingresses = List.copyOf(ingresses);
        policies = List.copyOf(policies);
        unknownKinds = List.copyOf(unknownKinds);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reads multi-document YAML.
     *
     * @throws vnetlab.model.compose.ImportProblem at the first problem, with file, line, column and fix
     */
    public static Manifests read(String text, String source) {
        return new ManifestReader(source).read(text);
    }
}
