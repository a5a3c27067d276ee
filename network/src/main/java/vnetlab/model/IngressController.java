package vnetlab.model;

/**
 * The cluster's ingress controller (ingress-nginx): pods behind a LoadBalancer Service that apply the Ingress rules.
 *
 * <pre>{@code
 * k8s.ingressController().address()   // 198.51.100.10, where shop.example.com points
 * }</pre>
 */
public final class IngressController {
    /** The controller's namespace (ingress-nginx's manifest). */
    public static final String NAMESPACE = "ingress-nginx";
    /** The controller's Deployment and Service name (ingress-nginx's manifest). */
    public static final String NAME = "ingress-nginx-controller";

    private final Deployment deployment;
    private final Service service;

    IngressController(Deployment deployment, Service service) {
        this.deployment = deployment;
        this.service = service;
    }

    /** {@code ingress-nginx-controller}. */
    public String name() {
        return NAME;
    }

    /** Its pods. */
    public Deployment deployment() {
        return deployment;
    }

    /** Its LoadBalancer Service. */
    public Service service() {
        return service;
    }

    /** The external address public DNS names of the Ingress rules point at. */
    public Ipv4 address() {
        return service.loadBalancerAddress().orElseThrow();
    }

    @Override
    public String toString() {
        return "ingress controller " + NAME + " at " + address() + " (" + Topology.count(deployment.replicas(), "pod") + ")";
    }
}
