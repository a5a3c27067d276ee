package vnetlab.sim;

import vnetlab.model.Ipv4;
import vnetlab.model.netfilter.Hook;
import vnetlab.model.netfilter.Rule;
import vnetlab.model.netfilter.Table;

/**
 * The last hook on the way out: nat POSTROUTING from the station's netfilter model (MASQUERADE takes the address of
 * the device the packet actually leaves by, e.g. flannel.1), and a hypervisor NAT engine's source rewrite.
 */
final class SnatStage implements Stage {

    @Override
    public Verdict apply(Visit v) {
        Packet p = v.packet;
        if (!v.here.netfilter.isEmpty()) {
            RuleRunner.Outcome o = RuleRunner.run(v, Table.NAT, Hook.POSTROUTING, null, v.outDevice);
            if (o.dropped()) {
                return FirewallDrops.of(v, o, "nat POSTROUTING");
            }
            if (!o.rewrite().isEmpty()) {
                return new Verdict.Pass(o.packet(), v.run.quiet ? "" : o.rewrite() + " (" + label(v, o.decider()) + ")",
                        "");
            }
        }
        Station.Iface outIface = v.here.ifaceOn(v.out);
        for (int irule = 0; irule < v.here.snat.size(); irule++) {
            Rules.Snat rule = v.here.snat.get(irule);
            if (rule.matches(p, v.in, v.out)) {
                Ipv4 to = rule.to() != null ? rule.to() : outIface != null ? outIface.ip() : v.here.address();
                Packet after = p.withSource(to, p.sourcePort());
                if (v.run.quiet) {
                    return new Verdict.Pass(after, "", "");
                }
                return new Verdict.Pass(after, rule.verb() + " " + p.source() + " → " + to + " (" + rule.label() + ")",
                        rule.rule());
            }
        }
        return Verdict.Pass.unchanged(p);
    }

    private static String label(Visit v, Rule r) {
        return switch (r.source().writer()) {
            case "router" -> v.here.name;
            case "kube-proxy" -> "kube-proxy, marked 0x4000";
            default -> r.source().writer();
        };
    }
}
