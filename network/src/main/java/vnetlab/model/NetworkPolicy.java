package vnetlab.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes NetworkPolicy (networking.k8s.io/v1), as data: which pods it selects, which directions it isolates,
 * and the rules that allow traffic. Policies are additive: a pod selected by none allows everything; a pod selected
 * for a direction allows only what some policy's rule allows. Only a CNI that enforces policies (Calico, Cilium)
 * applies them; Flannel keeps them as objects and drops nothing.
 *
 * <pre>{@code
 * k8s.apply("policies.yaml")   // kind: NetworkPolicy ...
 * k8s.networkPolicies()        // [NetworkPolicy default/db-only-from-api: pods app=db; ingress from app=api on tcp/5432]
 * }</pre>
 *
 * @param name        metadata.name
 * @param namespace   metadata.namespace
 * @param podSelector spec.podSelector.matchLabels; empty selects every pod of the namespace
 * @param ingress     whether it isolates ingress (policyTypes, or the default: Ingress, plus Egress when egress rules exist)
 * @param egress      whether it isolates egress
 * @param from        the ingress rules
 * @param to          the egress rules
 */
public record NetworkPolicy(String name, String namespace, Map<String, String> podSelector, boolean ingress, boolean egress,
        List<Rule> from, List<Rule> to) {
    /** Copies. */
    public NetworkPolicy {
        podSelector = Map.copyOf(podSelector);
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    /**
     * One rule: traffic from/to any of the peers (every peer when none is listed) on any of the ports (every port when
     * none is listed).
     *
     * @param peers the peers
     * @param ports the ports
     * @param index its position in the list, 0 for the first
     */
    public record Rule(List<Peer> peers, List<PolicyPort> ports, int index) {
        /** Copies. */
        public Rule {
            peers = List.copyOf(peers);
            ports = List.copyOf(ports);
        }
    }

    /**
     * A peer: pods by label (in the policy's namespace, or in the namespaces a namespaceSelector picks), or an
     * ipBlock with exceptions.
     *
     * @param podSelector       matchLabels of pods, if given
     * @param namespaceSelector matchLabels of namespaces, if given (empty map: every namespace)
     * @param ipBlock           a CIDR, if this is an ipBlock
     * @param except            ipBlock.except
     */
    public record Peer(Optional<Map<String, String>> podSelector, Optional<Map<String, String>> namespaceSelector,
            Optional<Cidr> ipBlock, List<Cidr> except) {
        /** Copies. */
        public Peer {
            except = List.copyOf(except);
        }

        @Override
        public String toString() {
            if (ipBlock.isPresent()) {
                return "ipBlock " + ipBlock.get() + (except.isEmpty() ? "" : " except " + except);
            }
            String pods = podSelector.map(p -> p.isEmpty() ? "every pod" : "pods " + labels(p)).orElse("every pod");
            return namespaceSelector.map(n -> pods + " in " + (n.isEmpty() ? "every namespace" : "namespaces " + labels(n)))
                    .orElse(pods);
        }
    }

    /**
     * A port of a rule: a protocol and a number, a range (endPort), or a named container port.
     *
     * @param protocol tcp (the default), udp
     * @param port     the number (0: every port of the protocol)
     * @param endPort  the last of a range, 0 for one port
     * @param name     a named port, if written as a name
     */
    public record PolicyPort(Protocol protocol, int port, int endPort, Optional<String> name) {
        @Override
        public String toString() {
            return protocol + "/" + name.orElse(port == 0 ? "any" : endPort > 0 ? port + "-" + endPort : Integer.toString(port));
        }
    }

    static String labels(Map<String, String> m) {
        return String.join(",", new java.util.TreeMap<>(m).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** {@code NetworkPolicy shop/db-only-from-api: pods app=db; ingress 1 rule}. */
    @Override
    public String toString() {
        return "NetworkPolicy " + namespace + "/" + name + ": " + (podSelector.isEmpty() ? "every pod" : "pods " + labels(podSelector))
                + (ingress ? "; ingress " + (from.isEmpty() ? "denied" : Topology.count(from.size(), "rule")) : "")
                + (egress ? "; egress " + (to.isEmpty() ? "denied" : Topology.count(to.size(), "rule")) : "");
    }
}
