package vnetlab.model.netfilter;

import java.util.ArrayList;
import java.util.List;
import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;
import vnetlab.model.Protocol;
import vnetlab.model.ServiceType;
import vnetlab.model.TrafficPolicy;
import vnetlab.model.snapshot.ClusterState;
import vnetlab.model.snapshot.NodeState;
import vnetlab.model.snapshot.PodState;
import vnetlab.model.snapshot.ServiceState;

/**
 * The nat and filter rules kube-proxy's iptables mode writes on one node (kube-proxy's defaults: masquerade bit 14,
 * cluster CIDR as the local detector, localhost NodePorts on, {@code --random-fully} available).
 *
 * <p>From kubernetes {@code pkg/proxy/iptables/proxier.go}: the jump rules of {@code iptablesJumpChains} (each
 * prepended, so the last of the list ends first); {@code syncProxyRules}: KUBE-POSTROUTING, KUBE-MARK-MASQ,
 * kubelet's KUBE-FIREWALL copy, per Service port the KUBE-SERVICES rule of its ClusterIP (or the filter REJECT
 * "has no endpoints"), its load-balancer IP and NodePort rules into KUBE-EXT, the filter DROP "has no local endpoints"
 * for externalTrafficPolicy Local, KUBE-SVC (masquerade traffic not from the cluster CIDR, then the endpoints with
 * probability 1/n, 1/(n-1) …), KUBE-EXT (policy Cluster: mark for masquerade; policy Local: pod traffic and the node's
 * own traffic short-circuit to KUBE-SVC, the rest to KUBE-SVL), KUBE-SEP (hairpin mark, DNAT), the last KUBE-SERVICES
 * rule into KUBE-NODEPORTS, and KUBE-FORWARD.
 */
public final class KubeProxyRules {

    static final Rule.Origin PROXIER = new Rule.Origin("kube-proxy", "kubernetes pkg/proxy/iptables/proxier.go");
    /** kube-proxy's masquerade mark: bit 14 ({@code --iptables-masquerade-bit}, default 14). */
    public static final long MASQ_MARK = 0x4000;

    private KubeProxyRules() {
    }

    /** One endpoint of a Service port; {@code local} when it runs on the node these rules are for. */
    public record Endpoint(Ipv4 ip, int port, boolean local) {
        /** {@code ip:port}. */
        public String address() {
            return ip + ":" + port;
        }
    }

    /** One Service port as kube-proxy sees it. */
    public record ServicePort(String name, Protocol protocol, Ipv4 clusterIp, int port, int nodePort,
                              Ipv4 loadBalancer, boolean local, List<Endpoint> endpoints) {
        public ServicePort {
            endpoints = List.copyOf(endpoints);
        }

        String proto() {
            return protocol.toString();
        }

        public String serviceChain() {
            return KubeChains.service(name, proto());
        }

        public String externalChain() {
            return KubeChains.external(name, proto());
        }

        public String localChain() {
            return "KUBE-SVL-" + serviceChain().substring("KUBE-SVC-".length());
        }

        public String endpointChain(Endpoint e) {
            return KubeChains.endpoint(name, proto(), e.address());
        }

        List<Endpoint> localEndpoints() {
            return endpoints.stream().filter(Endpoint::local).toList();
        }

        boolean external() {
            return nodePort > 0 || loadBalancer != null;
        }
    }

    /** The Service ports of a cluster as the kube-proxy of {@code node} sees them. */
    public static List<ServicePort> ports(ClusterState cluster, NodeState node) {
        List<ServicePort> out = new ArrayList<>();
        for (ServiceState s : cluster.services()) {
            List<Endpoint> endpoints = new ArrayList<>();
            for (String ref : s.endpoints()) {
                for (PodState p : cluster.pods()) {
                    if (p.id().equals(ref) || p.name().equals(ref)) {
                        endpoints.add(new Endpoint(p.address(), s.targetPort(),
                                p.node().equals(node.name()) || p.node().equals(node.id())));
                        break;
                    }
                }
            }
            Ipv4 lb = s.type() == ServiceType.LOAD_BALANCER ? s.loadBalancer().orElse(null) : null;
            out.add(new ServicePort(s.namespace() + "/" + s.name(), s.protocol(), s.clusterIp(), s.port(),
                    s.nodePort().orElse(0), lb, s.externalTrafficPolicy() == TrafficPolicy.LOCAL, endpoints));
        }
        return out;
    }

    /** Every rule kube-proxy writes on one node, into {@code b}. */
    public static void write(List<ServicePort> ports, Cidr clusterCidr, Iptables.Builder b) {
        jumps(b);
        for (String c : List.of("KUBE-SERVICES", "KUBE-EXTERNAL-SERVICES", "KUBE-FORWARD", "KUBE-NODEPORTS",
                "KUBE-PROXY-FIREWALL", "KUBE-FIREWALL")) {
            b.chain(Table.FILTER, c);
        }
        for (String c : List.of("KUBE-SERVICES", "KUBE-NODEPORTS", "KUBE-POSTROUTING", "KUBE-MARK-MASQ")) {
            b.chain(Table.NAT, c);
        }
        b.append(Rule.in(Table.NAT, "KUBE-POSTROUTING").mark(MASQ_MARK, MASQ_MARK, true).from(PROXIER).returns(),
                Rule.in(Table.NAT, "KUBE-POSTROUTING").from(PROXIER).setMark(MASQ_MARK, 0),
                Rule.in(Table.NAT, "KUBE-POSTROUTING").comment("kubernetes service traffic requiring SNAT")
                        .from(PROXIER).masquerade("", true),
                Rule.in(Table.NAT, "KUBE-MARK-MASQ").from(PROXIER).setMark(MASQ_MARK, MASQ_MARK),
                Rule.in(Table.FILTER, "KUBE-FIREWALL").destination(Cidr.parse("127.0.0.0/8"), false)
                        .source(Cidr.parse("127.0.0.0/8"), true).comment("block incoming localnet connections")
                        .ctstate(true, Match.State.RELATED, Match.State.ESTABLISHED, Match.State.DNAT)
                        .from(PROXIER).because(Rule.Purpose.LOCALNET).drop());
        for (ServicePort sp : ports) {
            service(sp, clusterCidr, b);
        }
        b.append(Rule.in(Table.NAT, "KUBE-SERVICES")
                .comment("kubernetes service nodeports; NOTE: this must be the last rule in this chain")
                .localDestination(false).from(PROXIER).jump("KUBE-NODEPORTS"));
        b.append(Rule.in(Table.FILTER, "KUBE-FORWARD").ctstate(false, Match.State.INVALID).from(PROXIER).drop(),
                Rule.in(Table.FILTER, "KUBE-FORWARD").comment("kubernetes forwarding rules")
                        .mark(MASQ_MARK, MASQ_MARK, false).from(PROXIER).accept(),
                Rule.in(Table.FILTER, "KUBE-FORWARD").comment("kubernetes forwarding conntrack rule")
                        .ctstate(false, Match.State.RELATED, Match.State.ESTABLISHED).from(PROXIER).accept());
    }

    private static void jumps(Iptables.Builder b) {
        // iptablesJumpChains, each EnsureRule(Prepend …): the later ones end up above the earlier ones.
        b.insert(Rule.in(Table.FILTER, "INPUT").ctstate(false, Match.State.NEW)
                .comment("kubernetes externally-visible service portals").from(PROXIER).jump("KUBE-EXTERNAL-SERVICES"));
        b.insert(Rule.in(Table.FILTER, "FORWARD").ctstate(false, Match.State.NEW)
                .comment("kubernetes externally-visible service portals").from(PROXIER).jump("KUBE-EXTERNAL-SERVICES"));
        b.insert(Rule.in(Table.FILTER, "INPUT").comment("kubernetes health check service ports").from(PROXIER)
                .jump("KUBE-NODEPORTS"));
        b.insert(Rule.in(Table.FILTER, "FORWARD").ctstate(false, Match.State.NEW).comment("kubernetes service portals")
                .from(PROXIER).jump("KUBE-SERVICES"));
        b.insert(Rule.in(Table.FILTER, "OUTPUT").ctstate(false, Match.State.NEW).comment("kubernetes service portals")
                .from(PROXIER).jump("KUBE-SERVICES"));
        b.insert(Rule.in(Table.FILTER, "FORWARD").comment("kubernetes forwarding rules").from(PROXIER)
                .jump("KUBE-FORWARD"));
        for (String hook : List.of("INPUT", "OUTPUT", "FORWARD")) {
            b.insert(Rule.in(Table.FILTER, hook).ctstate(false, Match.State.NEW)
                    .comment("kubernetes load balancer firewall").from(PROXIER).jump("KUBE-PROXY-FIREWALL"));
        }
        b.insert(Rule.in(Table.NAT, "OUTPUT").comment("kubernetes service portals").from(PROXIER).jump("KUBE-SERVICES"));
        b.insert(Rule.in(Table.NAT, "PREROUTING").comment("kubernetes service portals").from(PROXIER)
                .jump("KUBE-SERVICES"));
        b.insert(Rule.in(Table.NAT, "POSTROUTING").comment("kubernetes postrouting rules").from(PROXIER)
                .jump("KUBE-POSTROUTING"));
        // kubelet's own copy of the localnet firewall (pkg/kubelet/kubelet_network_linux.go).
        b.append(Rule.in(Table.FILTER, "INPUT").from(PROXIER).jump("KUBE-FIREWALL"),
                Rule.in(Table.FILTER, "OUTPUT").from(PROXIER).jump("KUBE-FIREWALL"));
    }

    private static void service(ServicePort sp, Cidr clusterCidr, Iptables.Builder b) {
        Protocol p = sp.protocol();
        boolean hasEndpoints = !sp.endpoints().isEmpty();
        List<Endpoint> local = sp.localEndpoints();
        boolean hasExternal = hasEndpoints && (!sp.local() || !local.isEmpty());
        String filterTarget = hasEndpoints ? "DROP" : "REJECT";
        String filterComment = sp.name() + (hasEndpoints ? " has no local endpoints" : " has no endpoints");
        if (hasEndpoints) {
            b.append(Rule.in(Table.NAT, "KUBE-SERVICES").comment(sp.name() + " cluster IP").protocol(p)
                    .destination(sp.clusterIp()).dport(sp.port()).from(PROXIER).jump(sp.serviceChain()));
        } else {
            b.append(Rule.in(Table.FILTER, "KUBE-SERVICES").comment(filterComment).protocol(p)
                    .destination(sp.clusterIp()).dport(sp.port()).from(PROXIER).because(Rule.Purpose.NO_ENDPOINTS).reject());
        }
        if (sp.loadBalancer() != null) {
            if (hasEndpoints) {
                b.append(Rule.in(Table.NAT, "KUBE-SERVICES").comment(sp.name() + " loadbalancer IP").protocol(p)
                        .destination(sp.loadBalancer()).dport(sp.port()).from(PROXIER).jump(sp.externalChain()));
            }
            if (!hasExternal) {
                b.append(filter(Rule.in(Table.FILTER, "KUBE-EXTERNAL-SERVICES").comment(filterComment).protocol(p)
                        .destination(sp.loadBalancer()).dport(sp.port()).from(PROXIER), filterTarget));
            }
        }
        if (sp.nodePort() > 0) {
            if (hasEndpoints) {
                b.append(Rule.in(Table.NAT, "KUBE-NODEPORTS").comment(sp.name()).protocol(p).dport(sp.nodePort())
                        .from(PROXIER).jump(sp.externalChain()));
            }
            if (!hasExternal) {
                b.append(filter(Rule.in(Table.FILTER, "KUBE-EXTERNAL-SERVICES").comment(filterComment)
                        .localDestination(false).protocol(p).dport(sp.nodePort()).from(PROXIER), filterTarget));
            }
        }
        if (!hasEndpoints) {
            return;
        }
        b.append(Rule.in(Table.NAT, sp.serviceChain()).comment(sp.name() + " cluster IP").protocol(p)
                .destination(sp.clusterIp()).dport(sp.port()).source(clusterCidr, true).from(PROXIER)
                .jump("KUBE-MARK-MASQ"));
        if (sp.external()) {
            String ext = sp.externalChain();
            b.chain(Table.NAT, ext);
            if (!sp.local()) {
                b.append(Rule.in(Table.NAT, ext).comment("masquerade traffic for " + sp.name()
                        + " external destinations").from(PROXIER).jump("KUBE-MARK-MASQ"));
            } else {
                b.append(Rule.in(Table.NAT, ext).comment("pod traffic for " + sp.name() + " external destinations")
                                .source(clusterCidr, false).from(PROXIER).jump(sp.serviceChain()),
                        Rule.in(Table.NAT, ext).comment("masquerade LOCAL traffic for " + sp.name()
                                + " external destinations").localSource().from(PROXIER).jump("KUBE-MARK-MASQ"),
                        Rule.in(Table.NAT, ext).comment("route LOCAL traffic for " + sp.name()
                                + " external destinations").localSource().from(PROXIER).jump(sp.serviceChain()));
            }
            if (hasExternal) {
                b.append(Rule.in(Table.NAT, ext).from(PROXIER).jump(sp.local() ? sp.localChain() : sp.serviceChain()));
            }
        }
        picks(sp, sp.serviceChain(), sp.endpoints(), b);
        if (sp.local() && sp.external() && !local.isEmpty()) {
            picks(sp, sp.localChain(), local, b);
        }
        for (Endpoint e : sp.endpoints()) {
            String sep = sp.endpointChain(e);
            b.append(Rule.in(Table.NAT, sep).comment(sp.name()).source(e.ip()).from(PROXIER).jump("KUBE-MARK-MASQ"),
                    Rule.in(Table.NAT, sep).comment(sp.name()).protocol(p).dport(0).from(PROXIER)
                            .dnat(e.ip(), e.port()));
        }
    }

    private static Rule filter(Rule.Builder r, String target) {
        return target.equals("REJECT") ? r.because(Rule.Purpose.NO_ENDPOINTS).reject()
                : r.because(Rule.Purpose.NO_LOCAL_ENDPOINTS).drop();
    }

    private static void picks(ServicePort sp, String chain, List<Endpoint> endpoints, Iptables.Builder b) {
        int n = endpoints.size();
        for (int i = 0; i < n; i++) {
            Endpoint e = endpoints.get(i);
            Rule.Builder r = Rule.in(Table.NAT, chain).comment(sp.name() + " -> " + e.address());
            if (i < n - 1) {
                r.probability(1.0 / (n - i));
            }
            b.append(r.from(PROXIER).jump(sp.endpointChain(e)));
        }
    }
}
