package vnetlab.model;

/**
 * How a Kubernetes Service is reachable.
 *
 * <pre>{@code
 * shop.expose(80).type()              // CLUSTER_IP
 * shop.expose(80).nodePort().type()   // NODE_PORT
 * }</pre>
 */
public enum ServiceType {
    /** A virtual address inside the cluster only. */
    CLUSTER_IP("ClusterIP"),
    /** Also a port (30000-32767) on every node. */
    NODE_PORT("NodePort"),
    /** Also an external address from a load balancer that forwards to the NodePorts. */
    LOAD_BALANCER("LoadBalancer");

    private final String label;

    ServiceType(String label) {
        this.label = label;
    }

    /** The name in a manifest, e.g. {@code NodePort}. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
