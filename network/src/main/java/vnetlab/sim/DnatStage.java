package vnetlab.sim;

import java.util.ArrayList;
import java.util.List;
import vnetlab.model.netfilter.KubeProxyRules;

/**
 * Rewrites the destination: port forwards, Docker's published ports, kube-proxy's ClusterIPs and NodePorts.
 *
 * <p>Runs in PREROUTING for arriving packets and in OUTPUT for packets the station sends itself, as netfilter does.
 */
final class DnatStage implements Stage {

    @Override
    public Verdict apply(Visit v) {
        Packet p = v.packet;
        for (int irule = 0; irule < v.here.dnat.size(); irule++) {
            Rules.Dnat rule = v.here.dnat.get(irule);
            if (rule.matches(p, v.in, v.here)) {
                Packet after = p.withDestination(rule.toIp(), rule.toPort());
                v.forcedOut = rule.toSegment();
                v.run.translated = true;
                return new Verdict.Pass(after, v.run.quiet ? ""
                        : "DNAT " + p.to() + " → " + after.to() + " (" + rule.label() + ")", rule.rule());
            }
        }
        for (int ilb = 0; ilb < v.here.balances.size(); ilb++) {
            Rules.Balance lb = v.here.balances.get(ilb);
            if (lb.matches(p)) {
                if (lb.nodes().isEmpty()) {
                    return new Verdict.Drop(DropReason.NO_ENDPOINTS, "the load balancer of Service " + lb.service()
                            + " finds no healthy node: no node runs one of its pods");
                }
                int i = EndpointChoice.pick(lb.nodes().size(), v.run.seed, key(p));
                v.run.seedUsed |= lb.nodes().size() > 1;
                v.run.translated = true;
                Packet after = p.withDestination(lb.nodes().get(i), lb.nodePort());
                if (v.run.quiet) {
                    return new Verdict.Pass(after, "", "");
                }
                return new Verdict.Pass(after, "load balancer of Service " + lb.service() + ": " + p.to() + " → "
                        + lb.names().get(i) + " NodePort " + after.to() + " (node " + (i + 1) + " of "
                        + lb.nodes().size() + ", seed " + v.run.seed + ")", "");
            }
        }
        KubeProxy kube = v.here.kubeProxy;
        if (kube == null) {
            return Verdict.Pass.unchanged(p);
        }
        KubeProxy.ServicePort sp = kube.byClusterIp(p);
        if (sp != null) {
            return clusterIp(v, kube, sp);
        }
        if (v.here.owns(p.destination())) {
            sp = kube.byNodePort(p);
            if (sp != null) {
                return nodePort(v, sp);
            }
        }
        return Verdict.Pass.unchanged(p);
    }

    /** The connection as a number for the seeded choice: protocol, addresses and ports. */
    static long key(Packet p) {
        long h = p.protocol().ordinal();
        h = h * 1_000_003L + p.source().bits();
        h = h * 1_000_003L + p.sourcePort();
        h = h * 1_000_003L + p.destination().bits();
        return h * 1_000_003L + p.destinationPort();
    }

    private Verdict clusterIp(Visit v, KubeProxy kube, KubeProxy.ServicePort sp) {
        if (sp.endpoints().isEmpty()) {
            return new Verdict.Drop(DropReason.NO_ENDPOINTS, "Service " + sp.service() + " has no ready endpoints");
        }
        v.rule(() -> KubeProxyRules.clusterIp(sp.rules()).toString());
        if (!kube.podCidr.contains(v.packet.source())) {
            v.masquerade = true;
            v.rule(() -> KubeProxyRules.markOutsideCluster(sp.rules(), kube.podCidr.toString()).toString());
        }
        return choose(v, sp, sp.endpoints(), sp.rules().serviceChain(), "ClusterIP");
    }

    private Verdict nodePort(Visit v, KubeProxy.ServicePort sp) {
        List<KubeProxy.Endpoint> candidates = sp.endpoints();
        v.rule(() -> KubeProxyRules.nodePortsJump().toString());
        v.rule(() -> KubeProxyRules.nodePort(sp.rules()).toString());
        String chain = sp.rules().serviceChain();
        if (sp.local()) {
            candidates = new ArrayList<>();
            for (KubeProxy.Endpoint e : sp.endpoints()) {
                if (e.node() == v.here) {
                    candidates.add(e);
                }
            }
            if (candidates.isEmpty()) {
                return new Verdict.Drop(DropReason.NO_LOCAL_ENDPOINT, v.here.name + " runs no pod of Service "
                        + sp.service() + ", and externalTrafficPolicy=Local keeps the packet on this node");
            }
            chain = sp.rules().localChain();
        } else {
            if (sp.endpoints().isEmpty()) {
                return new Verdict.Drop(DropReason.NO_ENDPOINTS, "Service " + sp.service()
                        + " has no ready endpoints");
            }
            v.masquerade = true;
            v.rule(() -> KubeProxyRules.markExternal(sp.rules()).toString());
        }
        return choose(v, sp, candidates, chain, "NodePort");
    }

    private Verdict choose(Visit v, KubeProxy.ServicePort sp, List<KubeProxy.Endpoint> candidates, String chain,
                           String kind) {
        int n = candidates.size();
        int i = EndpointChoice.pick(n, v.run.seed, key(v.packet));
        v.run.seedUsed |= n > 1;
        KubeProxy.Endpoint e = candidates.get(i);
        v.rule(() -> KubeProxyRules.pick(chain, sp.rules(),
                candidates.stream().map(KubeProxy.Endpoint::rule).toList(), i).toString());
        v.rule(() -> KubeProxyRules.dnat(sp.rules(), e.rule()).toString());
        v.run.translated = true;
        Packet after = v.packet.withDestination(e.ip(), e.port());
        if (v.run.quiet) {
            return new Verdict.Pass(after, "", "");
        }
        String choice = n == 1 ? "its only endpoint" : "endpoint " + (i + 1) + " of " + n + " (seed " + v.run.seed + ")";
        return new Verdict.Pass(after, "kube-proxy: " + kind + " " + v.packet.to() + " of Service " + sp.service()
                + " → pod " + e.pod().name + " " + after.to() + ", " + choice, "");
    }
}
