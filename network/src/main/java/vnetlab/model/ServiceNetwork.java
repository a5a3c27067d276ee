package vnetlab.model;

/**
 * A cluster's service network: the service range, the ClusterIPs and NodePorts handed out, cluster DNS and the API
 * server's address.
 */
final class ServiceNetwork {
    private final ServiceAddresses addresses = new ServiceAddresses();
    private RangeChoice range;

    ServiceNetwork(ClusterFlavour flavour) {
        this.range = new RangeChoice.Default(flavour.serviceRange(), flavour.label() + "'s default");
    }

    RangeChoice range() {
        return range;
    }

    Cidr cidr() {
        return range.cidr().orElseThrow();
    }

    /** Cluster DNS: the range's 10th address (kubeadm). */
    Ipv4 dns() {
        return cidr().host(10);
    }

    /** The "kubernetes" Service: the range's 1st address. */
    Ipv4 apiServer() {
        return cidr().host(1);
    }

    /** Moves to a chosen range; every Service gets a new ClusterIP from it. */
    void set(Cidr newRange, Iterable<Service> services) {
        range = new RangeChoice.Chosen(newRange);
        addresses.forgetClusterIps();
        for (Service s : services) {
            s.assignClusterIp(clusterIp(s));
        }
    }

    Ipv4 clusterIp(Service s) {
        return addresses.clusterIp(s, cidr(), apiServer(), dns());
    }

    int nodePort(Service s, String clusterName) {
        return addresses.nodePort(s, clusterName);
    }

    void claimNodePort(Service s, int port, int current) {
        addresses.claimNodePort(s, port, current);
    }

    void releaseNodePort(Service s) {
        addresses.releaseNodePort(s);
    }

    void release(Service s) {
        addresses.release(s);
    }
}
