package vnetlab.sim;

import vnetlab.model.netfilter.Hook;
import vnetlab.model.netfilter.Rule;
import vnetlab.model.netfilter.Table;

/**
 * The first netfilter hook a packet meets: raw and nat PREROUTING for a packet that arrives, nat OUTPUT for one the
 * station sends itself (run from the station's netfilter model by {@link RuleRunner}); and the non-netfilter
 * destination rewrites that come first: a cloud load balancer's forwarding and a hypervisor's port forward.
 */
final class PreroutingStage implements Stage {

    @Override
    public Verdict apply(Visit v) {
        Packet p = v.packet;
        for (int irule = 0; irule < v.here.dnat.size(); irule++) {
            Rules.Dnat rule = v.here.dnat.get(irule);
            if (rule.matches(p, v.in, v.here, v.origin)) {
                Packet after = p.withDestination(rule.toIp(), rule.toPort());
                Station.Iface engine = rule.toSegment() == null ? null : v.here.ifaceOn(rule.toSegment());
                if (p.source().isLoopback() && engine != null) {
                    // A connection from the host's own localhost reaches the guest from the NAT engine's address
                    // 10.0.2.2; a remote client's address is kept (slirp, which VirtualBox's NAT engine derives
                    // from: tcp_connect() in tcp_subr.c, "Translate connections from localhost to the real
                    // hostname" maps only 0.0.0.0 and 127.0.0.1 to the alias address).
                    after = after.withSource(engine.ip(), p.sourcePort());
                }
                v.forcedOut = rule.toSegment();
                v.run.translated = true;
                return new Verdict.Pass(after, v.run.quiet ? ""
                        : "DNAT " + p.to() + " → " + after.to() + " (" + rule.label() + ")", rule.rule());
            }
        }
        for (int ilb = 0; ilb < v.here.balances.size(); ilb++) {
            Rules.Balance lb = v.here.balances.get(ilb);
            if (lb.matches(p)) {
                return balance(v, lb);
            }
        }
        if (v.here.netfilter.isEmpty()) {
            return Verdict.Pass.unchanged(p);
        }
        if (!v.origin) {
            RuleRunner.Outcome raw = RuleRunner.run(v, Table.RAW, Hook.PREROUTING, v.inDevice, null);
            if (raw.dropped()) {
                return FirewallDrops.of(v, raw, "raw PREROUTING");
            }
        }
        RuleRunner.Outcome nat = v.origin ? RuleRunner.run(v, Table.NAT, Hook.OUTPUT, null, null)
                : RuleRunner.run(v, Table.NAT, Hook.PREROUTING, v.inDevice, null);
        if (nat.dropped()) {
            return FirewallDrops.of(v, nat, "nat");
        }
        if (nat.rewrite().isEmpty()) {
            return Verdict.Pass.unchanged(p);
        }
        v.run.translated = true;
        return new Verdict.Pass(nat.packet(), v.run.quiet ? "" : dnatText(v, p, nat), "");
    }

    private static String dnatText(Visit v, Packet before, RuleRunner.Outcome nat) {
        Rule r = nat.decider();
        Packet after = nat.packet();
        if (r.source().writer().equals("kube-proxy")) {
            String kind = v.here.owns(before.destination()) || before.destination().isLoopback() ? "NodePort"
                    : "ClusterIP";
            Station pod = v.run.fabric.owner(after.destination());
            return "kube-proxy: " + kind + " " + before.to() + " → " + (pod == null ? "" : "pod " + pod.name + " ")
                    + after.to() + (v.run.seedUsed ? " (endpoint chosen with seed " + v.run.seed + ")" : "");
        }
        return "DNAT " + before.to() + " → " + after.to() + " (" + r.source().writer() + " published port)";
    }

    private static Verdict balance(Visit v, Rules.Balance lb) {
        Packet p = v.packet;
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

    /** The connection as a number for the seeded choice: protocol, addresses and ports. */
    static long key(Packet p) {
        long h = p.protocol().ordinal();
        h = h * 1_000_003L + p.source().bits();
        h = h * 1_000_003L + p.sourcePort();
        h = h * 1_000_003L + p.destination().bits();
        return h * 1_000_003L + p.destinationPort();
    }
}
