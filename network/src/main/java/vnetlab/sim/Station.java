package vnetlab.sim;

import java.util.ArrayList;
import java.util.List;
import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;

/**
 * One network stack in the simulator: a host, VM, container, pod, node, router, load balancer or the internet.
 *
 * <p>It holds interfaces, routes and the netfilter-like rules that the model implies; the stages read them.
 *
 * <pre>{@code
 * lab.trace(phone, web, 80).hops().get(0).where()   // phone
 * }</pre>
 */
public final class Station {

    /** What kind of device this is. */
    public enum Kind { HOST, VM, CONTAINER, POD, NODE, ROUTER, LOAD_BALANCER, INTERNET }

    /** An interface: an address on a segment; {@code routable} is false for a NAT engine's hidden side. */
    record Iface(Segment segment, Ipv4 ip, String device, boolean routable) {
    }

    /**
     * A route to a prefix through a next hop on a segment; {@code tunnel} names the encapsulation, if any, with the
     * device it leaves by ({@code flannel.1}), that device's own address (what MASQUERADE takes) and its UDP port.
     */
    record Route(Cidr prefix, Ipv4 via, Segment segment, String tunnel, String device, Ipv4 deviceAddress,
                 int tunnelPort) {
        Route(Cidr prefix, Ipv4 via, Segment segment, String tunnel) {
            this(prefix, via, segment, tunnel, null, null, 0);
        }
    }

    final String id;
    final String name;
    final Kind kind;
    final List<Iface> ifaces = new ArrayList<>();
    final List<Route> routes = new ArrayList<>();
    /** Port forwards of a hypervisor's NAT (not netfilter: VMware's and Docker Desktop's forwarders). */
    final List<Rules.Dnat> dnat = new ArrayList<>();
    /** A hypervisor NAT engine's source rewrite (not netfilter). */
    final List<Rules.Snat> snat = new ArrayList<>();
    /** The netfilter rules of this station's network namespace: the very model {@code iptables()} prints. */
    vnetlab.model.netfilter.Iptables netfilter = vnetlab.model.netfilter.Iptables.none();
    /** Addresses of devices not on any segment (a VXLAN device such as flannel.1): local, not reachable by a link. */
    final List<Ipv4> ownAddresses = new ArrayList<>(0);
    final List<Rules.Proxy> proxies = new ArrayList<>();
    /** Ports published on 127.0.0.1 only, which the station refuses on its other addresses. */
    final List<Rules.LoopbackOnly> loopbackOnly = new ArrayList<>(0);
    final List<Rules.Balance> balances = new ArrayList<>();
    /** The DNS zones this station's resolver answers from, in order (see {@link Dns}). */
    final List<String> resolvers = new ArrayList<>(2);
    Ipv4 gateway;
    Segment gatewaySegment;
    boolean forwards;
    /** The host has failed: it neither sends nor receives. */
    boolean down;
    /** Containers on the host network driver: no stack of their own, they listen on this station's (Docker host). */
    final List<String> hostNetworkContainers = new ArrayList<>(0);
    /** The node a pod or hostNetwork container runs on (for externalTrafficPolicy=Local), else null. */
    Station node;
    /** The host whose parent interface a macvlan container sits on, else null. */
    Station macvlanParent;
    /** A pod's labels (NetworkPolicy selectors match them), else null. */
    java.util.Map<String, String> labels;
    /** The NetworkPolicies of a pod's cluster, else null. */
    Policies policies;
    /** A pod's namespace (its DNS search path starts with it), else null. */
    String namespace;
    /** The cluster DNS Service a pod's resolv.conf names (10.96.0.10 on kubeadm), else null. */
    Ipv4 clusterDns;
    /** The kube-proxy of a node (its Service table), else null. */
    KubeProxy kubeProxy;

    Station(String id, String name, Kind kind) {
        this.id = id;
        this.name = name;
        this.kind = kind;
    }

    /** The model object's stable name path, e.g. {@code home/laptop}. */
    public String id() {
        return id;
    }

    /** The name a learner knows it by. */
    public String name() {
        return name;
    }

    /** What kind of device it is. */
    public Kind kind() {
        return kind;
    }

    Iface attach(Segment segment, Ipv4 ip, String device, boolean routable) {
        Iface iface = new Iface(segment, ip, device, routable);
        ifaces.add(iface);
        if (routable || segment.member(ip) == null) {
            segment.attach(ip, this);
        }
        return iface;
    }

    void defaultRoute(Ipv4 via, Segment segment) {
        this.gateway = via;
        this.gatewaySegment = segment;
    }

    boolean owns(Ipv4 ip) {
        for (int n = 0, size = ifaces.size(); n < size; n++) {
            if (ifaces.get(n).ip().bits() == ip.bits()) {
                return true;
            }
        }
        for (int n = 0, size = ownAddresses.size(); n < size; n++) {
            if (ownAddresses.get(n).bits() == ip.bits()) {
                return true;
            }
        }
        return false;
    }

    /** The first address, used when the station sends on its own (e.g. as a client). */
    Ipv4 address() {
        return ifaces.isEmpty() ? Ipv4.LOOPBACK : ifaces.get(0).ip();
    }

    Iface ifaceOn(Segment segment) {
        for (int n = 0, size = ifaces.size(); n < size; n++) {
            if (ifaces.get(n).segment() == segment) {
                return ifaces.get(n);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return name;
    }
}
