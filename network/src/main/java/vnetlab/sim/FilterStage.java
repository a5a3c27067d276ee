package vnetlab.sim;

/** Decides whether a station forwards the packet at all, and applies isolation between networks. */
final class FilterStage implements Stage {

    @Override
    public Verdict apply(Visit v) {
        if (!v.origin && !v.here.forwards) {
            return new Verdict.Drop(DropReason.NO_ROUTE, v.here.name + " does not forward packets for "
                    + v.packet.destination());
        }
        for (int iiso = 0; iiso < v.here.isolation.size(); iiso++) {
            Rules.Isolation iso = v.here.isolation.get(iiso);
            if (iso.in() == v.in && iso.out() == v.out) {
                v.rule(iso::rule);
                return new Verdict.Drop(iso.reason(), v.here.name + " drops traffic from " + iso.in().name + " to "
                        + iso.out().name + ": " + iso.reason().text());
            }
        }
        return Verdict.Pass.unchanged(v.packet);
    }
}
