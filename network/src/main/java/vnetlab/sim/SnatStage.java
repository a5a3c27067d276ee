package vnetlab.sim;

import vnetlab.model.Ipv4;
import vnetlab.model.netfilter.KubeProxyRules;

/** Rewrites the source on the way out: MASQUERADE, SNAT, kube-proxy's masquerade of marked packets. */
final class SnatStage implements Stage {

    @Override
    public Verdict apply(Visit v) {
        Packet p = v.packet;
        Station.Iface outIface = v.here.ifaceOn(v.out);
        if (v.masquerade && outIface != null) {
            Packet after = p.withSource(outIface.ip(), p.sourcePort());
            if (v.run.quiet) {
                return new Verdict.Pass(after, "", "");
            }
            return new Verdict.Pass(after, "MASQUERADE " + p.source() + " → " + after.source()
                    + " (kube-proxy, marked 0x4000)", KubeProxyRules.masquerade().toString());
        }
        for (int irule = 0; irule < v.here.snat.size(); irule++) {
            Rules.Snat rule = v.here.snat.get(irule);
            if (rule.matches(p, v.in, v.out)) {
                Ipv4 to = rule.to() != null ? rule.to() : outIface != null ? outIface.ip() : v.here.address();
                Packet after = p.withSource(to, p.sourcePort());
                if (v.run.quiet) {
                    return new Verdict.Pass(after, "", "");
                }
                return new Verdict.Pass(after, rule.verb() + " " + p.source() + " → " + to + " (" + rule.label() + ")", rule.rule());
            }
        }
        return Verdict.Pass.unchanged(p);
    }
}
