package vnetlab.model.netfilter;

import java.util.ArrayList;
import java.util.List;

/**
 * The nat rules kube-proxy (iptables mode) writes on a node for the cluster's Services.
 *
 * <p>Shapes from kubernetes {@code pkg/proxy/iptables/proxier.go} and its test golden output: {@code KUBE-SERVICES}
 * matches ClusterIP:port and jumps to {@code KUBE-SVC-<hash>}; that chain picks {@code KUBE-SEP-<hash>} with
 * probability 1/n, 1/(n-1), …, the last unconditionally; {@code KUBE-SEP} DNATs to the pod; traffic from outside the
 * cluster CIDR is marked 0x4000 and MASQUERADEd in {@code KUBE-POSTROUTING}; NodePorts go through
 * {@code KUBE-NODEPORTS}, the last rule of {@code KUBE-SERVICES} ({@code --dst-type LOCAL}), into
 * {@code KUBE-EXT-<hash>} which marks for masquerade (policy Cluster) or keeps to local endpoints through
 * {@code KUBE-SVL-<hash>} (policy Local).
 *
 * <pre>{@code
 * var sp = new KubeProxyRules.ServicePort("default/shop", "tcp", "10.96.0.20", 80, 0, false,
 *         List.of(new KubeProxyRules.Endpoint("10.244.1.2", 8080, true)));
 * KubeProxyRules.all(List.of(sp), "10.244.0.0/16")   // *nat … KUBE-SERVICES … COMMIT
 * }</pre>
 */
public final class KubeProxyRules {

    private KubeProxyRules() {
    }

    /** One endpoint of a Service port; {@code local} when it runs on the node these rules are for. */
    public record Endpoint(String ip, int port, boolean local) {
        /** {@code ip:port}. */
        public String address() {
            return ip + ":" + port;
        }
    }

    /**
     * One port of a Service.
     *
     * @param name {@code namespace/name}, plus {@code :portName} for a named port
     * @param nodePort 0 when the Service has none
     * @param local externalTrafficPolicy=Local
     */
    public record ServicePort(String name, String protocol, String clusterIp, int port, int nodePort, boolean local,
                              List<Endpoint> endpoints) {
        public ServicePort {
            endpoints = List.copyOf(endpoints);
        }

        /** The KUBE-SVC chain. */
        public String serviceChain() {
            return KubeChains.service(name, protocol);
        }

        /** The KUBE-EXT chain. */
        public String externalChain() {
            return KubeChains.external(name, protocol);
        }

        /** The KUBE-SVL chain (local endpoints only). */
        public String localChain() {
            return "KUBE-SVL-" + serviceChain().substring("KUBE-SVC-".length());
        }

        /** The KUBE-SEP chain of one endpoint. */
        public String endpointChain(Endpoint e) {
            return KubeChains.endpoint(name, protocol, e.address());
        }
    }

    /** The KUBE-SERVICES rule matching the ClusterIP. */
    public static Rule clusterIp(ServicePort sp) {
        return new Rule("nat", "KUBE-SERVICES", "-m comment --comment \"" + sp.name() + " cluster IP\" -m "
                + sp.protocol() + " -p " + sp.protocol() + " -d " + sp.clusterIp() + " --dport " + sp.port()
                + " -j " + sp.serviceChain());
    }

    /** The KUBE-SVC rule marking traffic from outside the cluster CIDR for masquerade. */
    public static Rule markOutsideCluster(ServicePort sp, String clusterCidr) {
        return new Rule("nat", sp.serviceChain(), "-m comment --comment \"" + sp.name() + " cluster IP\" -m "
                + sp.protocol() + " -p " + sp.protocol() + " -d " + sp.clusterIp() + " --dport " + sp.port()
                + " ! -s " + clusterCidr + " -j KUBE-MARK-MASQ");
    }

    /** Rule {@code i} (0-based) of the n rules in a KUBE-SVC (or KUBE-SVL) chain choosing among endpoints. */
    public static Rule pick(String chain, ServicePort sp, List<Endpoint> endpoints, int i) {
        Endpoint e = endpoints.get(i);
        int n = endpoints.size();
        String probability = i < n - 1
                ? " -m statistic --mode random --probability " + KubeChains.probability(n - i) : "";
        return new Rule("nat", chain, "-m comment --comment \"" + sp.name() + " -> " + e.address() + "\""
                + probability + " -j " + sp.endpointChain(e));
    }

    /** The KUBE-SEP rule that DNATs to the pod. */
    public static Rule dnat(ServicePort sp, Endpoint e) {
        return new Rule("nat", sp.endpointChain(e), "-m comment --comment " + sp.name() + " -m " + sp.protocol()
                + " -p " + sp.protocol() + " -j DNAT --to-destination " + e.address());
    }

    /** The KUBE-SEP rule that marks hairpin traffic (a pod reaching itself through its Service). */
    public static Rule hairpin(ServicePort sp, Endpoint e) {
        return new Rule("nat", sp.endpointChain(e), "-m comment --comment " + sp.name() + " -s " + e.ip()
                + " -j KUBE-MARK-MASQ");
    }

    /** The KUBE-NODEPORTS rule of a NodePort. */
    public static Rule nodePort(ServicePort sp) {
        return new Rule("nat", "KUBE-NODEPORTS", "-m comment --comment " + sp.name() + " -m " + sp.protocol()
                + " -p " + sp.protocol() + " --dport " + sp.nodePort() + " -j " + sp.externalChain());
    }

    /** The KUBE-EXT rule that marks external traffic for masquerade (policy Cluster). */
    public static Rule markExternal(ServicePort sp) {
        return new Rule("nat", sp.externalChain(), "-m comment --comment \"masquerade traffic for " + sp.name()
                + " external destinations\" -j KUBE-MARK-MASQ");
    }

    /** The last KUBE-SERVICES rule, sending local destinations to KUBE-NODEPORTS. */
    public static Rule nodePortsJump() {
        return new Rule("nat", "KUBE-SERVICES", "-m comment --comment \"kubernetes service nodeports; NOTE: this "
                + "must be the last rule in this chain\" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS");
    }

    /** The KUBE-POSTROUTING rule that masquerades marked traffic. */
    public static Rule masquerade() {
        return new Rule("nat", "KUBE-POSTROUTING", "-m comment --comment \"kubernetes service traffic requiring "
                + "SNAT\" -j MASQUERADE");
    }

    /** Every nat rule kube-proxy writes on one node, in iptables-save order. */
    public static Iptables all(List<ServicePort> ports, String clusterCidr) {
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule("nat", "PREROUTING", "-m comment --comment \"kubernetes service portals\" -j KUBE-SERVICES"));
        rules.add(new Rule("nat", "OUTPUT", "-m comment --comment \"kubernetes service portals\" -j KUBE-SERVICES"));
        rules.add(new Rule("nat", "POSTROUTING", "-m comment --comment \"kubernetes postrouting rules\" "
                + "-j KUBE-POSTROUTING"));
        for (ServicePort sp : ports) {
            if (!sp.endpoints().isEmpty()) {
                rules.add(clusterIp(sp));
            }
        }
        rules.add(nodePortsJump());
        for (ServicePort sp : ports) {
            if (sp.nodePort() > 0 && !sp.endpoints().isEmpty()) {
                rules.add(nodePort(sp));
            }
        }
        for (ServicePort sp : ports) {
            if (sp.nodePort() > 0 && !sp.endpoints().isEmpty()) {
                if (sp.local()) {
                    rules.add(new Rule("nat", sp.externalChain(), "-j " + sp.localChain()));
                } else {
                    rules.add(markExternal(sp));
                    rules.add(new Rule("nat", sp.externalChain(), "-j " + sp.serviceChain()));
                }
            }
        }
        rules.add(new Rule("nat", "KUBE-MARK-MASQ", "-j MARK --or-mark 0x4000"));
        rules.add(new Rule("nat", "KUBE-POSTROUTING", "-m mark ! --mark 0x4000/0x4000 -j RETURN"));
        rules.add(new Rule("nat", "KUBE-POSTROUTING", "-j MARK --xor-mark 0x4000"));
        rules.add(masquerade());
        for (ServicePort sp : ports) {
            for (Endpoint e : sp.endpoints()) {
                rules.add(hairpin(sp, e));
                rules.add(dnat(sp, e));
            }
        }
        for (ServicePort sp : ports) {
            if (sp.endpoints().isEmpty()) {
                continue;
            }
            rules.add(markOutsideCluster(sp, clusterCidr));
            for (int i = 0; i < sp.endpoints().size(); i++) {
                rules.add(pick(sp.serviceChain(), sp, sp.endpoints(), i));
            }
            if (sp.nodePort() > 0 && sp.local()) {
                List<Endpoint> local = sp.endpoints().stream().filter(Endpoint::local).toList();
                if (local.isEmpty()) {
                    rules.add(new Rule("nat", sp.localChain(), "-m comment --comment \"" + sp.name()
                            + " has no local endpoints\" -j KUBE-MARK-DROP"));
                }
                for (int i = 0; i < local.size(); i++) {
                    rules.add(pick(sp.localChain(), sp, local, i));
                }
            }
        }
        return new Iptables(rules);
    }
}
