package vnetlab.sim;

import vnetlab.model.Ipv4;

/** Picks the segment a packet leaves on and its next hop: connected network, a route, or the default gateway. */
final class RouteStage implements Stage {

    @Override
    public Verdict apply(Visit v) {
        Station here = v.here;
        Ipv4 dst = v.packet.destination();
        if (v.origin) {
            for (int ikube = 0; ikube < v.run.fabric.kubeProxies.size(); ikube++) {
                KubeProxy kube = v.run.fabric.kubeProxies.get(ikube);
                if (kube.serviceCidr.contains(dst) && here.kubeProxy != kube && here.node == null
                        && !v.run.fabric.isClusterMember(here, kube.realm)) {
                    return new Verdict.Drop(DropReason.CLUSTER_IP_OUTSIDE, dst + " is a ClusterIP of cluster "
                            + kube.cluster + "; " + here.name + " is outside the cluster, where no kube-proxy "
                            + "translates it");
                }
            }
        }
        if (v.forcedOut != null) {
            v.out = v.forcedOut;
            v.nextHop = dst;
            device(v, here.ifaceOn(v.out));
            return Verdict.Pass.unchanged(v.packet);
        }
        // Longest prefix wins among connected networks and routes, as in a kernel routing table.
        Station.Iface best = null;
        for (int ii = 0; ii < here.ifaces.size(); ii++) {
            Station.Iface i = here.ifaces.get(ii);
            if (i.routable() && i.segment().contains(dst)
                    && (best == null || i.segment().cidr.prefix() > best.segment().cidr.prefix())) {
                best = i;
            }
        }
        Station.Route route = null;
        for (int ir = 0; ir < here.routes.size(); ir++) {
            Station.Route r = here.routes.get(ir);
            if (r.prefix().contains(dst) && (route == null || r.prefix().prefix() > route.prefix().prefix())) {
                route = r;
            }
        }
        if (route != null && (best == null || route.prefix().prefix() > best.segment().cidr.prefix())) {
            v.out = route.segment();
            v.nextHop = route.via() != null ? route.via() : dst;
            v.tunnel = route.tunnel();
            v.tunnelPort = route.tunnelPort();
            device(v, here.ifaceOn(v.out));
            if (route.device() != null) {
                v.outDevice = route.device();
                v.outAddress = route.deviceAddress();
            }
            return Verdict.Pass.unchanged(v.packet);
        }
        if (best != null) {
            v.out = best.segment();
            v.nextHop = dst;
            device(v, best);
            return Verdict.Pass.unchanged(v.packet);
        }
        if (here.gatewaySegment != null) {
            v.out = here.gatewaySegment;
            v.nextHop = here.gateway != null ? here.gateway : dst;
            device(v, here.ifaceOn(v.out));
            return Verdict.Pass.unchanged(v.packet);
        }
        if (here.kind == Station.Kind.INTERNET) {
            v.out = here.ifaces.get(0).segment();
            v.nextHop = dst;
            return Verdict.Pass.unchanged(v.packet);
        }
        return Addressing.noRoute(here, v.packet, v.run.fabric);
    }

    /** The device the packet leaves by and its address, for {@code -o} and MASQUERADE. */
    private static void device(Visit v, Station.Iface iface) {
        if (iface != null) {
            v.outDevice = iface.device();
            v.outAddress = iface.ip();
        }
    }
}
