package vnetlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vnetlab.model.Cni;
import vnetlab.model.Ipv4;
import vnetlab.model.NetworkPolicy;
import vnetlab.model.Protocol;

/**
 * A cluster's NetworkPolicies with the API's semantics (kubernetes.io, "Network Policies"; the API reference of
 * networking.k8s.io/v1 NetworkPolicySpec):
 * <ul>
 * <li>a pod selected by no policy for a direction is not isolated: everything is allowed that way;</li>
 * <li>a pod selected for a direction allows only what at least one of those policies' rules allows: policies are
 *     additive, there are no deny rules, and the order does not matter;</li>
 * <li>a rule allows traffic that matches one of its peers (every peer when it lists none) and one of its ports (every
 *     port when it lists none); {@code podSelector} alone means pods of the policy's namespace,
 *     {@code namespaceSelector} alone every pod of those namespaces, both together the pods with those labels in those
 *     namespaces, and {@code ipBlock} addresses in the CIDR but not in {@code except};</li>
 * <li>a connection needs both the sender's egress and the receiver's ingress to allow it; replies of an allowed
 *     connection are allowed.</li>
 * </ul>
 */
final class Policies {
    private final String cluster;
    private final Cni cni;
    private final List<NetworkPolicy> all;
    private final Map<String, Map<String, String>> namespaces;
    private final Map<String, Station> pods;

    Policies(String cluster, Cni cni, List<NetworkPolicy> all, Map<String, Map<String, String>> namespaces,
            Map<String, Station> pods) {
        this.cluster = cluster;
        this.cni = cni;
        this.all = List.copyOf(all);
        this.namespaces = namespaces;
        this.pods = pods;
    }

    /** What the policies decide about one direction of a connection. */
    record Decision(boolean allowed, List<NetworkPolicy> selecting, String detail, String fix) {
    }

    boolean enforced() {
        return cni.enforcesNetworkPolicy();
    }

    String cni() {
        return cni.label();
    }

    /** The ingress decision for traffic from {@code source} (an address, maybe a pod) to the pod. */
    Decision ingress(Station pod, Ipv4 source, Protocol protocol, int port) {
        return decide(pod, true, source, protocol, port);
    }

    /** The egress decision for traffic from the pod to {@code destination}. */
    Decision egress(Station pod, Ipv4 destination, Protocol protocol, int port) {
        return decide(pod, false, destination, protocol, port);
    }

    private Decision decide(Station pod, boolean ingress, Ipv4 peer, Protocol protocol, int port) {
        List<NetworkPolicy> selecting = new ArrayList<>();
        for (NetworkPolicy p : all) {
            if (p.namespace().equals(pod.namespace) && (ingress ? p.ingress() : p.egress()) && selects(p.podSelector(), pod.labels)) {
                selecting.add(p);
            }
        }
        String dir = ingress ? "ingress" : "egress";
        if (selecting.isEmpty()) {
            return new Decision(true, selecting, "", "");
        }
        Optional<Station> peerPod = podAt(peer);
        for (NetworkPolicy p : selecting) {
            for (NetworkPolicy.Rule r : ingress ? p.from() : p.to()) {
                if (peerMatches(p, r, peer, peerPod) && portMatches(r, protocol, port)) {
                    return new Decision(true, selecting, "NetworkPolicy " + p.namespace() + "/" + p.name() + " " + dir + " rule "
                            + (r.index() + 1) + " allows it", "");
                }
            }
        }
        String who = peerPod.map(s -> s.name + " (" + NetworkPolicy.class.getSimpleName().length() + ")").orElse(peer.toString());
        who = peerPod.map(s -> s.name + " " + labels(s.labels) + " in namespace " + s.namespace).orElse(peer.toString());
        StringBuilder detail = new StringBuilder();
        detail.append(names(selecting)).append(selecting.size() == 1 ? " selects " : " select ").append(pod.name)
                .append(" for ").append(dir).append(", and no rule allows ").append(protocol).append('/').append(port)
                .append(ingress ? " from " : " to ").append(who);
        List<String> near = new ArrayList<>();
        for (NetworkPolicy p : selecting) {
            List<NetworkPolicy.Rule> rules = ingress ? p.from() : p.to();
            if (rules.isEmpty()) {
                near.add(p.name() + " has no " + dir + " rules: it allows nothing");
            }
            for (NetworkPolicy.Rule r : rules) {
                near.add(p.name() + " rule " + (r.index() + 1) + " allows " + (r.peers().isEmpty() ? "every peer"
                        : String.join(" or ", r.peers().stream().map(Object::toString).toList())) + " on "
                        + (r.ports().isEmpty() ? "every port" : String.join(", ", r.ports().stream().map(Object::toString).toList())));
            }
        }
        detail.append(" (").append(String.join("; ", near)).append(')');
        String peerText = peerPod.map(s -> (s.namespace.equals(pod.namespace) ? "" : "namespaceSelector: {matchLabels: "
                + "{kubernetes.io/metadata.name: " + s.namespace + "}}, ") + "podSelector: {matchLabels: {" + firstLabel(s.labels)
                + "}}").orElse("ipBlock: {cidr: " + peer + "/32}");
        String fix = "add to " + selecting.get(0).name() + " (or a new policy selecting " + pod.name + ") an " + dir + " rule: "
                + (ingress ? "from" : "to") + ": [{" + peerText + "}], ports: [{protocol: " + protocol.toString().toUpperCase()
                + ", port: " + port + "}]";
        return new Decision(false, selecting, detail.toString(), fix);
    }

    private static String firstLabel(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return "";
        }
        var e = new java.util.TreeMap<>(labels).firstEntry();
        return e.getKey() + ": " + e.getValue();
    }

    private static String names(List<NetworkPolicy> ps) {
        return "NetworkPolicy " + String.join(", ", ps.stream().map(p -> p.namespace() + "/" + p.name()).toList());
    }

    private static String labels(Map<String, String> m) {
        return m == null || m.isEmpty() ? "(no labels)" : "(" + String.join(",", new java.util.TreeMap<>(m).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList()) + ")";
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return labels != null && labels.entrySet().containsAll(selector.entrySet());
    }

    private boolean peerMatches(NetworkPolicy p, NetworkPolicy.Rule r, Ipv4 peer, Optional<Station> peerPod) {
        if (r.peers().isEmpty()) {
            return true;
        }
        for (NetworkPolicy.Peer x : r.peers()) {
            if (x.ipBlock().isPresent()) {
                if (x.ipBlock().get().contains(peer) && x.except().stream().noneMatch(e -> e.contains(peer))) {
                    return true;
                }
                continue;
            }
            if (peerPod.isEmpty()) {
                continue;
            }
            Station s = peerPod.get();
            boolean nsOk = x.namespaceSelector().map(sel -> selects(sel, namespaces.getOrDefault(s.namespace,
                    Map.of("kubernetes.io/metadata.name", s.namespace)))).orElse(s.namespace.equals(p.namespace()));
            boolean podOk = x.podSelector().map(sel -> selects(sel, s.labels)).orElse(true);
            if (nsOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean portMatches(NetworkPolicy.Rule r, Protocol protocol, int port) {
        if (r.ports().isEmpty()) {
            return true;
        }
        for (NetworkPolicy.PolicyPort p : r.ports()) {
            if (p.protocol() != protocol) {
                continue;
            }
            if (p.port() == 0 || p.port() == port || p.endPort() > 0 && port >= p.port() && port <= p.endPort()) {
                return true;
            }
        }
        return false;
    }

    private Optional<Station> podAt(Ipv4 address) {
        for (Station s : pods.values()) {
            if (s.kind == Station.Kind.POD && s.owns(address)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return cluster + ": " + all.size() + " NetworkPolicies (" + cni.label() + ")";
    }
}
