package vnetlab.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What runs in a cluster: Deployments and their pods, Services and Ingresses, keyed by namespace and name; and the
 * scheduler that places a pod on the least busy node and asks the pod network for its address.
 */
final class Workloads {
    private final KubernetesCluster cluster;
    private final Map<String, Deployment> deployments = new LinkedHashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, Ingress> ingresses = new LinkedHashMap<>();
    private final List<Pod> pods = new ArrayList<>();

    Workloads(KubernetesCluster cluster) {
        this.cluster = cluster;
    }

    private static String key(String namespace, String name) {
        return namespace + "/" + name;
    }

    Optional<Deployment> deployment(String namespace, String name) {
        return Optional.ofNullable(deployments.get(key(namespace, name)));
    }

    Optional<Service> service(String namespace, String name) {
        return Optional.ofNullable(services.get(key(namespace, name)));
    }

    Optional<Ingress> ingress(String name) {
        return Optional.ofNullable(ingresses.get(name));
    }

    List<Deployment> deployments() {
        return List.copyOf(deployments.values());
    }

    List<Service> services() {
        return List.copyOf(services.values());
    }

    List<Ingress> ingresses() {
        return List.copyOf(ingresses.values());
    }

    List<Pod> pods() {
        return List.copyOf(pods);
    }

    Iterable<Service> serviceValues() {
        return services.values();
    }

    List<Pod> podList() {
        return pods;
    }

    void add(Deployment d) {
        deployments.put(key(d.namespace(), d.name()), d);
    }

    void add(Service s) {
        services.put(key(s.namespace(), s.name()), s);
    }

    void add(Ingress i) {
        ingresses.put(i.name(), i);
    }

    void remove(Deployment d) {
        deployments.remove(key(d.namespace(), d.name()));
    }

    void remove(Service s) {
        services.remove(key(s.namespace(), s.name()));
    }

    boolean removeIngress(String name) {
        return ingresses.remove(name) != null;
    }

    /** The Ingress that still sends to a Service, if any. */
    Optional<Ingress> ingressUsing(Service s) {
        return ingresses.values().stream().filter(i -> i.uses(s)).findFirst();
    }

    /** Places a pod on the schedulable node with the fewest pods (the first on a tie), with an address from its slice. */
    void schedule(Pod pod, List<Node> nodes, PodNetwork podNetwork) {
        Node node = nodes.stream().filter(Node::schedulable).min(Comparator.comparingInt(Node::podCount)
                .thenComparingInt(Node::index)).orElseThrow(() -> new IllegalStateException("cluster \"" + cluster.name()
                        + "\" has no node that takes pods"));
        Ipv4 ip = podNetwork.address(node, pod);
        node.add(pod);
        pod.place(node, ip);
        pods.add(pod);
    }

    void unschedule(Pod pod, PodNetwork podNetwork) {
        podNetwork.release(pod);
        pod.node().remove(pod);
        pods.remove(pod);
    }

    /** Services that follow a Deployment's port (exposed without an explicit targetPort) take its new port. */
    void retarget(Deployment d) {
        for (Service s : services.values()) {
            if (!s.explicitTarget() && s.namespace().equals(d.namespace()) && s.selector().equals(Map.of("app", d.name()))) {
                s.targetPort(d.port());
            }
        }
    }
}
