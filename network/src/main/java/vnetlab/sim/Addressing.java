package vnetlab.sim;

import java.util.HashSet;
import java.util.Set;
import vnetlab.model.Ipv4;

/**
 * Which address a sender uses for a device, and why a device hidden behind NAT cannot be reached.
 *
 * <p>Every segment belongs to a realm (a LAN, one cluster's pod networks, a NAT engine's private net). A sender sees
 * its own realms and, through each NAT in front of them, the realms of that NAT device. A device in a realm the
 * sender does not see is addressed through the NAT device in front of it: the learner connects to the laptop to
 * reach a NAT VM, to the Docker host to reach a container.
 */
final class Addressing {

    private Addressing() {
    }

    /** The realms a station reaches by address. */
    static Set<String> visibleRealms(Station from) {
        Set<String> realms = new HashSet<>();
        Set<Station> seen = new HashSet<>();
        collect(from, realms, seen);
        return realms;
    }

    private static void collect(Station s, Set<String> realms, Set<Station> seen) {
        if (!seen.add(s)) {
            return;
        }
        for (Station.Iface i : s.ifaces) {
            if (!i.routable()) {
                continue;
            }
            realms.add(i.segment().realm);
            if (i.segment().front != null && i.segment().hideReason != DropReason.HOST_ONLY_NO_WAY_IN) {
                collect(i.segment().front, realms, seen);
            }
        }
    }

    /** The address {@code from} uses to reach {@code to}: its own if visible, else the NAT device's in front. */
    static Ipv4 addressFor(Station from, Station to, Set<String> visible) {
        Station at = to;
        for (int depth = 0; depth < 8; depth++) {
            for (Station.Iface i : at.ifaces) {
                if (i.routable() && visible.contains(i.segment().realm)) {
                    return i.ip();
                }
            }
            Station.Iface primary = primary(at);
            if (primary == null || primary.segment().front == null) {
                return primary == null ? Ipv4.LOOPBACK : primary.ip();
            }
            at = primary.segment().front;
        }
        return to.address();
    }

    private static Station.Iface primary(Station s) {
        for (Station.Iface i : s.ifaces) {
            if (i.routable()) {
                return i;
            }
        }
        return null;
    }

    /** The drop when {@code here} got a connection meant for {@code target} hidden behind it, else null. */
    static Verdict hiddenDrop(Station here, Station target, Packet p, Run run) {
        Station at = target;
        for (int depth = 0; depth < 8; depth++) {
            Station.Iface primary = primary(at);
            if (primary == null || primary.segment().front == null) {
                return null;
            }
            Segment seg = primary.segment();
            if (seg.front == here) {
                return hidden(here, target, seg, p, run);
            }
            at = seg.front;
        }
        return null;
    }

    private static Verdict hidden(Station here, Station target, Segment seg, Packet p, Run run) {
        String port = p.protocol() == vnetlab.model.Protocol.ICMP ? "icmp" : p.protocol() + "/" + p.destinationPort();
        return switch (seg.hideReason) {
            case NAT_HIDES_VM -> natVm(here, target, seg, port, run);
            case HOST_ONLY_NO_WAY_IN -> new Verdict.Drop(DropReason.HOST_ONLY_NO_WAY_IN, target.name
                    + " is on host-only network " + seg.name + "; only " + here.name + " and its VMs reach it");
            case PORT_NOT_PUBLISHED -> new Verdict.Drop(DropReason.PORT_NOT_PUBLISHED, "port "
                    + p.destinationPort() + " is not published: " + here.name + " has no DNAT rule for " + port
                    + " to " + target.name, "publish it, e.g. docker.run(\"" + target.name + "\", …).publish("
                    + p.destinationPort() + ", " + p.destinationPort() + ")");
            case ROUTER_HIDES_LAN -> new Verdict.Drop(DropReason.ROUTER_HIDES_LAN, here.name + " hides " + seg.name
                    + " behind its NAT; no port forward for " + port + " to " + target.name);
            case POD_NETWORK_INTERNAL -> new Verdict.Drop(DropReason.POD_NETWORK_INTERNAL, "pod " + target.name
                    + " has an address inside the cluster only; " + here.name + " does not forward to it from outside");
            default -> new Verdict.Drop(seg.hideReason, seg.hideReason.text());
        };
    }

    private static Verdict natVm(Station here, Station target, Segment seg, String port, Run run) {
        if (run.source != null && run.source != target) {
            Station.Iface src = primary(run.source);
            if (src != null && src.segment().kind == Segment.Kind.VBOX_NAT && src.segment().front == here) {
                return new Verdict.Drop(DropReason.NAT_VMS_ISOLATED, run.source.name + " and " + target.name
                        + " each sit behind their own NAT engine on " + here.name + "; VMs on plain NAT cannot "
                        + "reach each other");
            }
        }
        if (port.equals("icmp")) {
            return new Verdict.Drop(DropReason.NAT_HIDES_VM, "NAT hides " + target.name + "; a ping to "
                    + here.name + "'s address is answered by " + here.name + " itself, not by " + target.name,
                    "use a bridged adapter to ping the VM itself");
        }
        String guestPort = port.substring(port.indexOf('/') + 1);
        return new Verdict.Drop(DropReason.NAT_HIDES_VM, "NAT hides " + target.name + "; no port-forwarding rule for "
                + port, "add a port-forwarding rule, e.g. " + seg.owner + ".forward(2222, " + target.name + ", "
                + guestPort + ")");
    }

    /** The drop when a station has no route for a packet, with the most telling reason. */
    static Verdict noRoute(Station here, Packet p, Fabric fabric) {
        if (here.ifaces.isEmpty()) {
            return new Verdict.Drop(DropReason.NO_NETWORK, here.name + " has network none: loopback only");
        }
        for (KubeProxy kube : fabric.kubeProxies) {
            if (kube.serviceCidr.contains(p.destination())) {
                return new Verdict.Drop(DropReason.CLUSTER_IP_OUTSIDE, p.destination() + " is a ClusterIP of cluster "
                        + kube.cluster + "; " + here.name + " is outside the cluster");
            }
        }
        boolean hostOnly = true;
        String segment = "";
        for (Station.Iface i : here.ifaces) {
            if (i.routable()) {
                hostOnly &= i.segment().kind == Segment.Kind.HOST_ONLY;
                segment = i.segment().name;
            }
        }
        if (hostOnly) {
            return new Verdict.Drop(DropReason.HOST_ONLY_NO_WAY_OUT, here.name + " is only on host-only network "
                    + segment + ": a host-only network has no way out");
        }
        return new Verdict.Drop(DropReason.NO_ROUTE, here.name + " has no route to " + p.destination()
                + " and no default gateway");
    }
}
