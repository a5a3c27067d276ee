package vnetlab.sim;

/**
 * Why a packet was dropped, in the learner's words, with the usual fix.
 *
 * <p>A trace's drop also carries a detail naming the learner's objects (see {@link Trace#drop()}).
 *
 * <pre>{@code
 * lab.trace(phone, dev, 22).dropReason()   // Optional[NAT_HIDES_VM]
 * DropReason.NAT_HIDES_VM.text()           // NAT hides the VM from other devices
 * }</pre>
 */
public enum DropReason {
    /** No route leads to the destination. */
    NO_ROUTE("no route to the destination", "give the sender a route or a default gateway"),
    /** A VirtualBox/VMware/libvirt NAT hides its VM from the LAN. */
    NAT_HIDES_VM("NAT hides the VM from other devices", "add a port-forwarding rule, e.g. vbox.forward(2222, vm, 22)"),
    /** Two VMs on plain NAT each sit behind their own NAT engine. */
    NAT_VMS_ISOLATED("VMs on plain NAT cannot reach each other",
            "use a host-only or bridged adapter, or a NAT port-forwarding rule"),
    /** A host-only network reaches only the host and its VMs. */
    HOST_ONLY_NO_WAY_OUT("a host-only network has no way out", "add a NAT or bridged adapter to the VM"),
    /** Nothing outside the host reaches a host-only network. */
    HOST_ONLY_NO_WAY_IN("a host-only network is reachable only from its host and VMs",
            "use a bridged adapter, or NAT with a port-forwarding rule"),
    /** A router's NAT hides the LAN behind it and no port forward exists. */
    ROUTER_HIDES_LAN("the router's NAT hides the LAN behind it", "add a port forward on the router, or a load balancer"),
    /** A container port was reached on the host without being published. */
    PORT_NOT_PUBLISHED("the port is not published", "publish it, e.g. docker.run(\"web\", \"nginx\").publish(8080, 80)"),
    /** A port published on 127.0.0.1 only was reached on another address of the host. */
    PUBLISHED_ON_LOOPBACK("the port is published on 127.0.0.1 only: only the host itself reaches it, on localhost",
            "publish it without a host IP, e.g. publish(5432, 5432), or on the LAN address"),
    /** Docker isolates its bridge networks from each other. */
    BRIDGE_NETWORKS_ISOLATED("different bridge networks are isolated",
            "put both containers on one network, or go through a published port"),
    /** A container with network none has only loopback. */
    NO_NETWORK("the container has network none: loopback only", "attach it to a network"),
    /** The host cannot reach its own macvlan containers through the parent interface. */
    MACVLAN_HOST_ISOLATED("a host cannot reach its own macvlan containers through the parent interface",
            "reach them from another device on the LAN, or add a macvlan interface on the host"),
    /** A Service without endpoints has nowhere to send the packet. */
    NO_ENDPOINTS("the Service has no ready endpoints", "check the Service's selector and its pods"),
    /** externalTrafficPolicy=Local and no endpoint runs on the receiving node. */
    NO_LOCAL_ENDPOINT("no endpoint on this node with externalTrafficPolicy=Local",
            "run a pod on every node, or use externalTrafficPolicy=Cluster"),
    /** Pod addresses are routed only inside the cluster. */
    POD_NETWORK_INTERNAL("pod addresses are reachable only inside the cluster",
            "expose the pods with a Service: NodePort, LoadBalancer or an Ingress"),
    /** A ClusterIP is virtual and exists only inside the cluster. */
    CLUSTER_IP_OUTSIDE("a ClusterIP is reachable only from inside the cluster",
            "expose the Service as NodePort or LoadBalancer, or through an Ingress"),
    /** No ingress rule matched the host and path and there is no default backend. */
    INGRESS_NO_RULE("no ingress rule matches and there is no default backend: 404",
            "add a rule for this host and path, or a default backend"),
    /** A NetworkPolicy isolates the pod and none of the policies' rules allows the connection. */
    NETWORK_POLICY("no NetworkPolicy rule allows it", "add a rule that allows this source and port to a policy that selects the pod"),
    /** The name does not resolve through the DNS the sender uses. */
    NAME_NOT_RESOLVED("the name does not resolve from here", "use a name the sender's DNS knows, or an address"),
    /** Private addresses (RFC 1918) are not routed on the internet. */
    PRIVATE_ADDRESS("private addresses are not routed on the internet", "connect to a public address, e.g. the router's"),
    /** The packet reached a device that has no service on that port. */
    CONNECTION_REFUSED("nothing listens on this port", "connect to a port something listens on"),
    /** No device on the network holds the address. */
    HOST_UNREACHABLE("no device on the network has this address", "check the destination address"),
    /** The device has failed. */
    HOST_DOWN("the host is down", "bring it back, or pool it in a hypervisor cluster so its VMs restart elsewhere"),
    /** A netfilter rule (or a chain's DROP policy) dropped or refused the packet. */
    FIREWALL("a firewall rule drops it", "look at the machine's iptables() for the rule that drops it"),
    /** The hop cap was reached. */
    HOP_LIMIT("the hop limit was reached: a routing loop?", "check the routes and gateways");

    private final String text;
    private final String fix;

    DropReason(String text, String fix) {
        this.text = text;
        this.fix = fix;
    }

    /** What happened, in one learner-facing sentence fragment. */
    public String text() {
        return text;
    }

    /** The usual fix. */
    public String fix() {
        return fix;
    }

    @Override
    public String toString() {
        return text;
    }
}
