package vnetlab.sim;

/** Hands the packet to the next station on the outgoing segment (a bridge or switch; a tunnel when routed so). */
final class LinkStage implements Stage {

    @Override
    public Verdict apply(Visit v) {
        Segment out = v.out;
        Station next = out.member(v.nextHop);
        if (next == null) {
            next = out.fallback;
        }
        if (next == null || next == v.here) {
            return new Verdict.Drop(DropReason.HOST_UNREACHABLE, "no device on " + out.name + " has " + v.nextHop);
        }
        if (next.macvlanParent == v.here) {
            return new Verdict.Drop(DropReason.MACVLAN_HOST_ISOLATED, v.here.name + " cannot reach its own macvlan "
                    + "container " + next.name + " through the parent interface");
        }
        if (v.run.quiet) {
            return new Verdict.Forward(v.packet, next, "");
        }
        StringBuilder action = new StringBuilder(v.origin ? "sent on " : "forwarded on ").append(out.name);
        if (!v.nextHop.equals(v.packet.destination())) {
            action.append(" via ").append(v.nextHop).append(" (").append(next.name).append(')');
        }
        if (v.tunnel != null && !v.tunnel.isEmpty()) {
            Station.Iface mine = v.here.ifaceOn(out);
            action.append("; ").append(v.tunnel).append(": encapsulated in udp ")
                    .append(mine == null ? v.here.address() : mine.ip()).append(" → ").append(v.nextHop)
                    .append(':').append(v.tunnelPort > 0 ? v.tunnelPort : 4789);
        }
        return new Verdict.Forward(v.packet, next, action.toString());
    }
}
