package vnetlab.sim;

import vnetlab.model.netfilter.Hook;
import vnetlab.model.netfilter.Table;

/**
 * Whether a station forwards the packet at all, then the filter table: FORWARD for a packet passing through,
 * OUTPUT for one the station sends itself, run from the station's netfilter model.
 */
final class FilterStage implements Stage {

    @Override
    public Verdict apply(Visit v) {
        if (!v.origin && !v.here.forwards) {
            return new Verdict.Drop(DropReason.NO_ROUTE, v.here.name + " does not forward packets for "
                    + v.packet.destination());
        }
        if (v.here.netfilter.isEmpty() || overlay(v.in) || overlay(v.out)) {
            // Docker's overlay networks live in their own network namespace (VXLAN device, bridge br0), so their
            // traffic never meets the host's FORWARD chain.
            return Verdict.Pass.unchanged(v.packet);
        }
        RuleRunner.Outcome o = v.origin ? RuleRunner.run(v, Table.FILTER, Hook.OUTPUT, null, v.outDevice)
                : RuleRunner.run(v, Table.FILTER, Hook.FORWARD, v.inDevice, v.outDevice);
        if (o.dropped()) {
            return FirewallDrops.of(v, o, v.origin ? "OUTPUT" : "FORWARD");
        }
        return Verdict.Pass.unchanged(v.packet);
    }

    private static boolean overlay(Segment s) {
        return s != null && s.kind == Segment.Kind.OVERLAY;
    }
}
