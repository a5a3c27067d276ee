package vnetlab.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes Service: a stable virtual address (ClusterIP) and DNS name in front of the pods its selector matches;
 * optionally a NodePort on every node and a load balancer's external address.
 *
 * <pre>{@code
 * var svc = shop.expose(80);   // ClusterIP, shop.default.svc.cluster.local
 * svc.nodePort()               // a free NodePort, e.g. 31380
 * svc.loadBalancer()           // an external address such as 198.51.100.10
 * svc.nodePort(29999)          // fails: NodePort 29999 is outside 30000-32767
 * }</pre>
 */
public final class Service implements Endpoint {
    private final KubernetesCluster cluster;
    private final String name;
    private final String namespace;
    private final Map<String, String> selector;
    private final int port;
    private int targetPort;
    private final boolean explicitTarget;
    private final Protocol protocol = Protocol.TCP;
    private ServiceType type = ServiceType.CLUSTER_IP;
    private Ipv4 clusterIp;
    private int nodePort;
    private Ipv4 loadBalancerAddress;
    private TrafficPolicy policy = TrafficPolicy.CLUSTER;
    private final List<String> publicNames = new java.util.ArrayList<>();

    Service(KubernetesCluster cluster, String name, String namespace, Map<String, String> selector, int port, int targetPort,
            boolean explicitTarget) {
        this.cluster = cluster;
        this.name = name;
        this.namespace = namespace;
        this.selector = Map.copyOf(selector);
        this.port = port;
        this.targetPort = targetPort;
        this.explicitTarget = explicitTarget;
    }

    @Override
    public String id() {
        return "service:" + cluster.name() + "/" + namespace + "/" + name;
    }

    @Override
    public String name() {
        return name;
    }

    /** Its namespace. */
    public String namespace() {
        return namespace;
    }

    /** Its ClusterIP. */
    @Override
    public Ipv4 address() {
        return clusterIp;
    }

    /** Its ClusterIP, from the service range. */
    public Ipv4 clusterIp() {
        return clusterIp;
    }

    /** ClusterIP, NodePort or LoadBalancer. */
    public ServiceType type() {
        return type;
    }

    /** The Service's port. */
    public int port() {
        return port;
    }

    /** The pods' port traffic is sent to. */
    public int targetPort() {
        return targetPort;
    }

    /** tcp. */
    public Protocol protocol() {
        return protocol;
    }

    /** Its NodePort, if it is a NodePort or LoadBalancer Service. */
    public Optional<Integer> nodePortNumber() {
        return nodePort == 0 ? Optional.empty() : Optional.of(nodePort);
    }

    /** The load balancer's external address, if it is a LoadBalancer Service. */
    public Optional<Ipv4> loadBalancerAddress() {
        return Optional.ofNullable(loadBalancerAddress);
    }

    /** Cluster (default) or Local. */
    public TrafficPolicy externalTrafficPolicy() {
        return policy;
    }

    /** Its label selector, e.g. {@code app=shop}. */
    public Map<String, String> selector() {
        return selector;
    }

    /** The cluster it belongs to. */
    public KubernetesCluster cluster() {
        return cluster;
    }

    /** The DNS name pods resolve through cluster DNS: {@code shop.default.svc.cluster.local}. */
    public String dnsName() {
        return name + "." + namespace + ".svc.cluster.local";
    }

    /** The pods it sends traffic to now (those its selector matches, in its namespace). */
    public List<Pod> endpoints() {
        return cluster.pods().stream().filter(p -> p.namespace().equals(namespace)
                && p.labels().entrySet().containsAll(selector.entrySet())).toList();
    }

    /**
     * Makes it a NodePort Service with a free port from 30000-32767 (keeps one it already has).
     *
     * <pre>{@code
     * svc.nodePort()   // e.g. 31380 on every node
     * }</pre>
     */
    public Service nodePort() {
        boolean changed = nodePort == 0 || type == ServiceType.CLUSTER_IP;
        if (nodePort == 0) {
            nodePort = cluster.allocateNodePort(this);
        }
        if (type == ServiceType.CLUSTER_IP) {
            type = ServiceType.NODE_PORT;
        }
        if (changed) {
            cluster.topology().record(new KubernetesStep.NodePortStep(cluster.name(), namespace, name, Optional.empty()));
        }
        return this;
    }

    /**
     * Makes it a NodePort Service on the chosen port.
     *
     * <pre>{@code
     * svc.nodePort(30080)   // works
     * svc.nodePort(29999)   // fails: NodePort 29999 is outside 30000-32767
     * }</pre>
     *
     * @throws IllegalArgumentException outside the range or taken by another Service
     */
    public Service nodePort(int number) {
        cluster.claimNodePort(this, number, nodePort);
        boolean changed = nodePort != number || type == ServiceType.CLUSTER_IP;
        nodePort = number;
        if (type == ServiceType.CLUSTER_IP) {
            type = ServiceType.NODE_PORT;
        }
        if (changed) {
            cluster.topology().record(new KubernetesStep.NodePortStep(cluster.name(), namespace, name, Optional.of(number)));
        }
        return this;
    }

    /**
     * Makes it a LoadBalancer Service: a cloud load balancer with an external address forwards to its NodePorts.
     *
     * <pre>{@code
     * svc.loadBalancer().loadBalancerAddress()   // 198.51.100.10
     * }</pre>
     */
    public Service loadBalancer() {
        if (type == ServiceType.LOAD_BALANCER) {
            return this;
        }
        cluster.topology().quietly(this::nodePort);
        if (loadBalancerAddress == null) {
            loadBalancerAddress = cluster.topology().newBalancerAddress("Service \"" + name + "\"");
            if (cluster.flavour() != ClusterFlavour.KUBEADM) {
                // kind and minikube have no cloud load balancer: the external IP stays <pending> without
                // cloud-provider-kind / MetalLB (kind) or `minikube tunnel` (minikube).
                cluster.topology().warn(cluster.flavour().label() + " has no cloud load balancer: Service \"" + name
                        + "\" would stay <pending> without " + (cluster.flavour() == ClusterFlavour.KIND
                        ? "cloud-provider-kind or MetalLB" : "minikube tunnel") + "; vnetlab gives it " + loadBalancerAddress
                        + " as if one were installed");
            }
        }
        type = ServiceType.LOAD_BALANCER;
        cluster.topology().record(new KubernetesStep.LoadBalancerStep(cluster.name(), namespace, name));
        return this;
    }

    /**
     * Sets {@code externalTrafficPolicy}: LOCAL keeps the client's address but only uses pods on the receiving node.
     *
     * <pre>{@code
     * svc.loadBalancer().externalTrafficPolicy(TrafficPolicy.LOCAL)
     * }</pre>
     */
    public Service externalTrafficPolicy(TrafficPolicy newPolicy) {
        if (newPolicy == null) {
            throw new IllegalArgumentException("externalTrafficPolicy is TrafficPolicy.CLUSTER or TrafficPolicy.LOCAL");
        }
        if (newPolicy != policy) {
            this.policy = newPolicy;
            cluster.topology().record(new KubernetesStep.TrafficPolicyStep(cluster.name(), namespace, name, newPolicy));
            if (newPolicy == TrafficPolicy.LOCAL) {
                java.util.Set<Node> withPods = new java.util.HashSet<>();
                endpoints().forEach(p -> withPods.add(p.node()));
                List<String> without = cluster.nodes().stream().filter(n -> !withPods.contains(n)).map(Node::name).toList();
                if (!without.isEmpty()) {
                    cluster.topology().warn("Service \"" + name + "\" has externalTrafficPolicy Local, but " + String.join(", ", without)
                            + (without.size() == 1 ? " runs" : " run") + " none of its pods: outside traffic arriving there is dropped");
                }
            }
        }
        return this;
    }

    /**
     * Gives the load balancer's external address a public DNS name, so clients on the internet can use it.
     *
     * <pre>{@code
     * svc.loadBalancer().publicName("api.example.com")   // works
     * svc.publicName("api.example.com")                  // fails on a ClusterIP Service: call loadBalancer() first
     * }</pre>
     *
     * @throws IllegalStateException if the Service is not a LoadBalancer
     * @throws IllegalArgumentException if the name is not a DNS name
     */
    public Service publicName(String dnsName) {
        if (type != ServiceType.LOAD_BALANCER) {
            throw new IllegalStateException("Service \"" + name + "\" is " + type + " and has no external address to name; call "
                    + name + ".loadBalancer() first");
        }
        String host = new IngressRule(dnsName, "/", PathType.PREFIX, name, port).host();
        if (host.isEmpty() || host.startsWith("*.")) {
            throw new IllegalArgumentException("a public name must be one DNS name like \"api.example.com\", not " + Texts.quote(dnsName));
        }
        if (!publicNames.contains(host)) {
            publicNames.add(host);
            cluster.topology().record(new KubernetesStep.PublicNameStep(cluster.name(), namespace, name, host));
        }
        return this;
    }

    /** The public DNS names of its external address. */
    public List<String> publicNames() {
        return List.copyOf(publicNames);
    }

    /**
     * Makes it a ClusterIP Service again: its NodePort (and load balancer, if any) are gone, the undo of
     * {@link #nodePort()} and {@link #loadBalancer()}.
     *
     * <pre>{@code
     * svc.nodePort(30080);
     * svc.removeNodePort()   // works: ClusterIP only, 30080 is free again
     * }</pre>
     *
     * @throws IllegalStateException if it is a ClusterIP Service already, or the ingress controller's Service
     */
    public Service removeNodePort() {
        checkNotController();
        if (type == ServiceType.CLUSTER_IP) {
            throw new IllegalStateException("Service \"" + name + "\" is ClusterIP only; it has no NodePort to remove");
        }
        dropLoadBalancer();
        cluster.releaseNodePort(this);
        nodePort = 0;
        policy = TrafficPolicy.CLUSTER;
        type = ServiceType.CLUSTER_IP;
        cluster.topology().record(new KubernetesStep.RemoveNodePortStep(cluster.name(), namespace, name));
        return this;
    }

    /**
     * Makes a LoadBalancer Service a NodePort Service again: its external address and public names are gone, the
     * NodePort stays.
     *
     * <pre>{@code
     * svc.loadBalancer();
     * svc.removeLoadBalancer()   // works: NodePort only
     * }</pre>
     *
     * @throws IllegalStateException if it is not a LoadBalancer Service, or the ingress controller's Service
     */
    public Service removeLoadBalancer() {
        checkNotController();
        if (type != ServiceType.LOAD_BALANCER) {
            throw new IllegalStateException("Service \"" + name + "\" is " + type + "; it has no load balancer to remove");
        }
        dropLoadBalancer();
        type = ServiceType.NODE_PORT;
        cluster.topology().record(new KubernetesStep.RemoveLoadBalancerStep(cluster.name(), namespace, name));
        return this;
    }

    private void dropLoadBalancer() {
        if (loadBalancerAddress != null) {
            cluster.topology().releaseBalancerAddress(loadBalancerAddress);
            loadBalancerAddress = null;
        }
        publicNames.clear();
    }

    private void checkNotController() {
        if (namespace.equals(IngressController.NAMESPACE)) {
            throw new IllegalStateException("Service \"" + name + "\" belongs to the ingress controller; it keeps its load balancer");
        }
    }

    /** When it is deleted: its ClusterIP, NodePort and external address are free again. */
    void free() {
        dropLoadBalancer();
    }

    void assignClusterIp(Ipv4 ip) {
        this.clusterIp = ip;
    }

    boolean explicitTarget() {
        return explicitTarget;
    }

    void targetPort(int p) {
        this.targetPort = p;
    }

    /** {@code Service shop (ClusterIP) 10.100.57.23:80 → pods :8080, 3 endpoints}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Service ").append(name).append(" (").append(type).append(") ")
                .append(clusterIp).append(':').append(port);
        if (nodePort != 0) {
            b.append(", NodePort ").append(nodePort);
        }
        if (loadBalancerAddress != null) {
            b.append(", external ").append(loadBalancerAddress);
        }
        if (policy == TrafficPolicy.LOCAL) {
            b.append(", externalTrafficPolicy Local");
        }
        return b.append(" → pods :").append(targetPort).append(", ").append(Topology.count(endpoints().size(), "endpoint")).toString();
    }
}
