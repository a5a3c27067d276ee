package vnetlab.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vnetlab.model.Cidr;
import vnetlab.model.Cni;
import vnetlab.model.Ipv4;
import vnetlab.model.ServiceType;
import vnetlab.model.TrafficPolicy;
import vnetlab.model.snapshot.ClusterState;
import vnetlab.model.snapshot.LanState;
import vnetlab.model.snapshot.NodeState;
import vnetlab.model.snapshot.PodState;
import vnetlab.model.snapshot.ServiceState;

/**
 * A Kubernetes cluster as kubeadm, the CNI and kube-proxy leave it: a namespace per node (or the kind node's
 * container), kube-proxy's rules ({@code node.iptables()}), {@code route_localnet} for NodePorts on 127.0.0.1,
 * and per CNI: Flannel (and Cilium's VXLAN mode) a {@code cni0} bridge with hairpin ports plus {@code flannel.1}
 * (VXLAN VNI 1, udp/8472) with a static route, neighbour and FDB entry per other node, as flanneld writes them;
 * Calico and kindnet routed pods: a veth per pod with proxy ARP on the node's side and a route per other node's
 * pod range via that node.
 */
final class ClusterPlanner {

    private final Planner p;
    private final ClusterState cluster;
    private final Map<String, Plan.Space> nodes = new HashMap<>();
    private final Map<String, NodeState> nodeStates = new HashMap<>();
    private final Cidr podRange;
    private int balancers;

    ClusterPlanner(Planner p, ClusterState cluster) {
        this.p = p;
        this.cluster = cluster;
        this.podRange = cluster.podRange().orElse(null);
    }

    void build() {
        if (cluster.cni() == Cni.AWS_VPC || podRange == null) {
            p.plan.unrealized.add("cluster " + cluster.name() + ": CNI " + cluster.cni().label() + " is not realized");
            return;
        }
        for (NodeState n : cluster.nodes()) {
            node(n);
        }
        for (NodeState n : cluster.nodes()) {
            routes(n);
        }
        for (PodState pod : cluster.pods()) {
            pod(pod);
        }
        ingressController();
        for (ServiceState s : cluster.services()) {
            if (s.type() == ServiceType.LOAD_BALANCER && s.loadBalancer().isPresent() && s.nodePort().isPresent()) {
                loadBalancer(s);
            }
        }
    }

    private boolean overlay() {
        return cluster.cni() == Cni.FLANNEL || cluster.cni() == Cni.CILIUM;
    }

    private void node(NodeState n) {
        Plan.Space s;
        if (n.container().isPresent()) {
            s = p.plan.of(n.container().get());
            if (s == null) {
                p.plan.unrealized.add("node " + n.name() + ": its container is not realized");
                return;
            }
            p.plan.nsOf.put(n.id(), s.ns);
        } else {
            s = p.plan.space(n.id(), n.name());
            Ipv4 gateway = p.lab.lan(cluster.network()).map(LanState::router).orElse(null);
            p.onLan(s, "eth0", cluster.network(), n.address(), gateway);
        }
        nodes.put(n.name(), s);
        nodeStates.put(n.name(), n);
        p.machineRules(s, n.id());
        s.sysctls.put("net.ipv4.ip_forward", "1");
        // kube-proxy (iptables mode) sets route_localnet so NodePorts answer on 127.0.0.1.
        s.sysctls.put("net.ipv4.conf.all.route_localnet", "1");
        if (n.podCidrs().isEmpty()) {
            return;
        }
        Cidr mine = n.podCidrs().get(0);
        String pool = podRange.toString();
        if (overlay()) {
            p.plan.bridge(s, "cni0", mine.firstHost() + "/" + mine.prefix());
            // flanneld: flannel.1, VNI 1, udp/8472 (flannel Documentation/backends.md), address 10.244.N.0/32.
            s.stacked.add("link add flannel.1 type vxlan id 1 local " + n.address() + " dev eth0 dstport 8472"
                    + " nolearning");
            s.stacked.add("link set flannel.1 address " + vtepMac(n));
            s.config.add("addr add " + mine.network() + "/32 dev flannel.1");
            s.config.add("link set flannel.1 up");
            // flanneld's masquerade and forward rules are in the node's iptables()
        }
        if (cluster.cni() != Cni.FLANNEL) {
            // Calico's natOutgoing (cali-nat-outgoing), kindnet's and Cilium's masquerade of pod traffic leaving
            // the pod range: the model prints none of these, the realizer writes them as those CNIs do
            s.systemRules.add("-t nat -A POSTROUTING -s " + pool + " ! -d " + pool + " -j MASQUERADE");
            s.systemRules.add("-t filter -A FORWARD -s " + pool + " -j ACCEPT");
            s.systemRules.add("-t filter -A FORWARD -d " + pool + " -j ACCEPT");
        }
    }

    private static String vtepMac(NodeState n) {
        int b = n.address().bits();
        return String.format("0a:58:%02x:%02x:%02x:%02x", (b >>> 24) & 255, (b >>> 16) & 255, (b >>> 8) & 255,
                b & 255);
    }

    private void routes(NodeState from) {
        Plan.Space s = nodes.get(from.name());
        if (s == null) {
            return;
        }
        for (NodeState to : cluster.nodes()) {
            if (to == from || to.podCidrs().isEmpty()) {
                continue;
            }
            Cidr theirs = to.podCidrs().get(0);
            if (overlay()) {
                s.config.add("route add " + theirs + " via " + theirs.network() + " dev flannel.1 onlink");
                s.config.add("neigh add " + theirs.network() + " lladdr " + vtepMac(to) + " dev flannel.1"
                        + " nud permanent");
                s.fdb.add("fdb append " + vtepMac(to) + " dev flannel.1 dst " + to.address());
            } else {
                s.config.add("route add " + theirs + " via " + to.address());
            }
        }
    }

    private void pod(PodState pod) {
        Plan.Space node = nodes.get(pod.node());
        NodeState n = nodeStates.get(pod.node());
        if (node == null || n.podCidrs().isEmpty()) {
            p.plan.unrealized.add("pod " + pod.name() + ": its node " + pod.node() + " is not realized");
            return;
        }
        Plan.Space s = p.plan.space(pod.id(), pod.name());
        Cidr mine = n.podCidrs().get(0);
        if (overlay()) {
            String peer = p.plan.veth(s, "eth0", node, "cni0");
            // the bridge CNI plugin with hairpinMode true, as Flannel's CNI configuration sets it
            node.config.add("link set " + peer + " type bridge_slave hairpin on");
            s.config.add("addr add " + pod.address() + "/" + mine.prefix() + " dev eth0");
            s.config.add("route add default via " + mine.firstHost());
        } else {
            String peer = p.plan.veth(s, "eth0", node, null);
            s.config.add("addr add " + pod.address() + "/32 dev eth0");
            s.config.add("route add 169.254.1.1 dev eth0 scope link");
            s.config.add("route add default via 169.254.1.1 dev eth0");
            node.config.add("route add " + pod.address() + "/32 dev " + peer);
            node.sysctls.put("net.ipv4.conf." + peer + ".proxy_arp", "1");
            // as Calico's felix sets it on cali* devices: answer proxy ARP at once (the default waits up to 0.8 s)
            node.sysctls.put("net.ipv4.neigh." + peer + ".proxy_delay", "0");
        }
    }

    /**
     * The ingress controller's pods run a user-space proxy on the controller Service's target port (and 443): it
     * ends the client's connection and opens one to the backend its host/path rules pick. Matching HTTP hosts and
     * paths is user space, not the kernel's: the oracle sets each request's backend from the trace
     * ({@link Plan#ingressProxy}) and checks the network path before and after the controller.
     */
    private void ingressController() {
        if (cluster.ingressController().isEmpty()) {
            return;
        }
        String ref = cluster.ingressController().get().service();
        for (ServiceState s : cluster.services()) {
            if (!s.id().equals(ref) && !s.name().equals(ref)) {
                continue;
            }
            for (String podId : s.endpoints()) {
                Plan.Space pod = p.plan.of(podId);
                if (pod == null) {
                    continue;
                }
                for (int port : s.targetPort() == 443 ? List.of(443) : List.of(s.targetPort(), 443)) {
                    p.plan.proxies.add(new Plan.Proxy(Plan.ingressProxy(pod.ns, port), pod.ns, "0.0.0.0", port,
                            pod.ns, "127.0.0.1", 9));
                }
            }
        }
    }

    /**
     * A cloud load balancer: a namespace with the external address on the internet and a leg on the nodes' LAN,
     * DNAT to a node's NodePort (any schedulable node; with policy Local only nodes that run an endpoint, as the
     * health check on healthCheckNodePort keeps it); replies come back through it by policy routing on the nodes,
     * standing in for the cloud's network.
     */
    private void loadBalancer(ServiceState svc) {
        LanState lan = p.lab.lan(cluster.network()).orElse(null);
        if (lan == null) {
            p.plan.unrealized.add("load balancer of " + svc.name() + ": the nodes are not on a LAN");
            return;
        }
        Plan.Space lb = p.plan.space(svc.id() + "/lb", "load balancer " + svc.loadBalancer().get());
        p.onInternet(lb, svc.loadBalancer().get());
        int index = balancers++;
        String mark = "0x" + Integer.toHexString(0x70 + index);
        int table = 70 + index;
        Ipv4 leg = lan.cidr().lastHost().plus(-index);
        p.onLan(lb, "lan", lan.name(), leg, null);
        lb.sysctls.put("net.ipv4.ip_forward", "1");
        List<NodeState> targets = new ArrayList<>();
        boolean local = svc.externalTrafficPolicy() == TrafficPolicy.LOCAL;
        for (NodeState n : cluster.nodes()) {
            boolean hosts = cluster.pods().stream().anyMatch(pod -> pod.node().equals(n.name())
                    && svc.endpoints().contains(pod.id()));
            if (local ? hosts : n.schedulable() || cluster.nodes().size() == 1) {
                targets.add(n);
            }
        }
        int nodePort = svc.nodePort().get();
        for (int i = 0; i < targets.size(); i++) {
            String chance = i < targets.size() - 1
                    ? " -m statistic --mode random --probability " + String.format("%.10f", 1.0 / (targets.size() - i))
                    : "";
            lb.systemRules.add("-t nat -A PREROUTING -d " + svc.loadBalancer().get() + "/32 -p tcp --dport "
                    + svc.port() + chance + " -j DNAT --to-destination " + targets.get(i).address() + ":" + nodePort);
        }
        for (NodeState n : cluster.nodes()) {
            Plan.Space s = nodes.get(n.name());
            if (s == null) {
                continue;
            }
            s.systemRules.add("-t mangle -A PREROUTING -i eth0 -s 0.0.0.0/0 -d " + n.address() + "/32 -m mac"
                    + " --mac-source " + lbMac(svc) + " -j CONNMARK --set-mark " + mark);
            if (index == 0) {
                // only replies take the way back through the load balancer
                s.systemRules.add("-t mangle -A PREROUTING -m conntrack --ctdir REPLY -j CONNMARK --restore-mark");
                s.systemRules.add("-t mangle -A OUTPUT -m conntrack --ctdir REPLY -j CONNMARK --restore-mark");
            }
            s.config.add("rule add fwmark " + mark + " table " + table);
            s.config.add("route add default via " + leg + " table " + table);
        }
        lb.stacked.add("link set lan address " + lbMac(svc));
    }

    private static String lbMac(ServiceState svc) {
        int b = svc.loadBalancer().get().bits();
        return String.format("0a:5b:%02x:%02x:%02x:%02x", (b >>> 24) & 255, (b >>> 16) & 255, (b >>> 8) & 255,
                b & 255);
    }
}
