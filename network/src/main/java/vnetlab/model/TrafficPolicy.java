package vnetlab.model;

/**
 * A Service's {@code externalTrafficPolicy}: where outside traffic may go and whether its source survives.
 *
 * <pre>{@code
 * svc.loadBalancer().externalTrafficPolicy(TrafficPolicy.LOCAL)
 * }</pre>
 */
public enum TrafficPolicy {
    /** Default: any endpoint on any node; the client's address is SNATed to the node. */
    CLUSTER("Cluster"),
    /** Only endpoints on the receiving node; the client's address is kept; dropped on a node without local endpoints. */
    LOCAL("Local");

    private final String label;

    TrafficPolicy(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
