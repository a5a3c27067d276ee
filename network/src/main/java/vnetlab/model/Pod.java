package vnetlab.model;

import java.util.Map;

/**
 * A Kubernetes pod: one address shared by its containers, on one node.
 *
 * <pre>{@code
 * shop.pods().get(0).address()   // 10.244.0.2
 * shop.pods().get(0).node()      // node-1
 * }</pre>
 */
public final class Pod implements Endpoint {
    private final KubernetesCluster cluster;
    private final String name;
    private final String namespace;
    private final String image;
    private final int port;
    private final Map<String, String> labels;
    private final Map<String, String> containers;
    private Node node;
    private Ipv4 address;

    Pod(KubernetesCluster cluster, String name, String namespace, String image, int port, Map<String, String> labels,
            Map<String, String> containers) {
        this.containers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(containers));
        this.cluster = cluster;
        this.name = name;
        this.namespace = namespace;
        this.image = image;
        this.port = port;
        this.labels = Map.copyOf(labels);
    }

    @Override
    public String id() {
        return "pod:" + cluster.name() + "/" + namespace + "/" + name;
    }

    @Override
    public String name() {
        return name;
    }

    /** Its namespace, e.g. {@code default}. */
    public String namespace() {
        return namespace;
    }

    /** Its address, shared by all its containers. */
    @Override
    public Ipv4 address() {
        return address;
    }

    /** The node it runs on. */
    public Node node() {
        return node;
    }

    /** Its container image. */
    public String image() {
        return image;
    }

    /** Its containers, name → image, the main one first; they all share the pod's one address. */
    public Map<String, String> containers() {
        return containers;
    }

    /** The port its container listens on. */
    public int port() {
        return port;
    }

    /** Its labels, e.g. {@code app=shop}. */
    public Map<String, String> labels() {
        return labels;
    }

    /** The cluster it runs in. */
    public KubernetesCluster cluster() {
        return cluster;
    }

    void place(Node node, Ipv4 address) {
        this.node = node;
        this.address = address;
    }

    /** {@code pod shop-7c9f8b6d4x-2kq9p 10.244.1.2 on node-2 (shop:1.4, port 8080)}. */
    @Override
    public String toString() {
        return "pod " + name + " " + address + " on " + node.name() + " (" + (containers.size() == 1 ? image
                : String.join(" + ", containers.values())) + ", port " + port + ")";
    }
}
