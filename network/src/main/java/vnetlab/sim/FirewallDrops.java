package vnetlab.sim;

import vnetlab.model.netfilter.Rule;

/** Turns a netfilter DROP or REJECT into the learner's words, from the purpose its writer gave the rule. */
final class FirewallDrops {

    private FirewallDrops() {
    }

    static Verdict.Drop of(Visit v, RuleRunner.Outcome o, String hook) {
        Station here = v.here;
        Packet p = v.packet;
        Rule r = o.decider();
        String port = p.protocol() + (p.protocol() == vnetlab.model.Protocol.ICMP ? "" : "/" + p.destinationPort());
        String verb = o.end() == RuleRunner.End.REJECT ? "refused by " + here.name
                + " (REJECT: the client gets connection refused): " : "";
        if (r == null) {
            return new Verdict.Drop(DropReason.FIREWALL, verb + "the policy of " + hook + " is DROP and no rule "
                    + "accepts " + p);
        }
        String who = r.source().writer().isEmpty() ? "" : r.source().writer() + "'s ";
        String quoted = v.run.quiet ? "" : " (" + who + "rule " + r + ")";
        return switch (r.purpose()) {
            case BRIDGE_ISOLATION -> new Verdict.Drop(DropReason.BRIDGE_NETWORKS_ISOLATED, verb + "different bridge networks are "
                    + "isolated: " + here.name + " drops traffic from " + v.inDevice + " to " + v.outDevice + quoted);
            case DIRECT_ACCESS -> isDockerBridge(v)
                    ? new Verdict.Drop(DropReason.BRIDGE_NETWORKS_ISOLATED, verb + "different bridge networks are "
                    + "isolated: " + here.name + " drops packets for container " + p.destination() + " that do not "
                    + "come from its own bridge" + quoted)
                    : new Verdict.Drop(DropReason.PORT_NOT_PUBLISHED, verb + here.name + " drops packets for container "
                    + p.destination() + " from outside its bridge; only published ports reach it" + quoted);
            case NOT_PUBLISHED -> new Verdict.Drop(DropReason.PORT_NOT_PUBLISHED, verb + port + " to container "
                    + p.destination() + " is not published" + quoted);
            case LOOPBACK_ONLY -> new Verdict.Drop(DropReason.PUBLISHED_ON_LOOPBACK, verb + port
                    + " is published on 127.0.0.1 only" + quoted);
            case NO_ENDPOINTS -> new Verdict.Drop(DropReason.NO_ENDPOINTS, verb + "the Service at " + p.to()
                    + " has no endpoints" + quoted);
            case NO_LOCAL_ENDPOINTS -> new Verdict.Drop(DropReason.NO_LOCAL_ENDPOINT, verb + here.name
                    + " runs no endpoint of the Service, and externalTrafficPolicy=Local keeps outside traffic on "
                    + "this node" + quoted);
            case NAT_NETWORK_CLOSED -> new Verdict.Drop(DropReason.NAT_HIDES_VM, verb + "new connections into "
                    + "the NAT network are refused" + quoted);
            default -> new Verdict.Drop(DropReason.FIREWALL, verb + here.name + " drops it" + quoted);
        };
    }

    private static boolean isDockerBridge(Visit v) {
        return v.in != null && v.in.kind == Segment.Kind.DOCKER_BRIDGE;
    }
}
