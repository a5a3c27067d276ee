package vnetlab.sim;

import java.util.HashMap;
import java.util.Map;
import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;

/**
 * One layer-2 network inside the simulator: a LAN, a bridge, a NAT engine's private net, the internet.
 *
 * <p>Frames reach any member directly (a switch or bridge; MAC learning is not modelled).
 */
final class Segment {

    /** What kind of network this is; decides drop reasons and labels. */
    enum Kind { LAN, INTERNET, VBOX_NAT, HOST_ONLY, DOCKER_BRIDGE, POD_BRIDGE, MACVLAN, OVERLAY }

    final String id;
    final String name;
    final Cidr cidr;
    final Kind kind;
    private final Map<Integer, Station> members = new HashMap<>();
    /** The station whose NAT (or host-only isolation) hides this segment from the networks around it, or null. */
    Station front;
    /** Why a connection aimed at a device on this segment ends at {@link #front}. */
    DropReason hideReason;
    /** The name of what owns this segment (a hypervisor, a Docker engine), for fix hints. */
    String owner = "";
    /** Segments with the same realm reach each other by address (one cluster's pod networks, say). */
    String realm;
    /** The station that stands for every address not otherwise on this segment (the internet), or null. */
    Station fallback;

    Segment(String id, String name, Cidr cidr, Kind kind) {
        this.id = id;
        this.name = name;
        this.cidr = cidr;
        this.kind = kind;
        this.realm = id;
    }

    void attach(Ipv4 ip, Station station) {
        members.put(ip.bits(), station);
    }

    Station member(Ipv4 ip) {
        return members.get(ip.bits());
    }

    boolean contains(Ipv4 ip) {
        return cidr.contains(ip);
    }

    @Override
    public String toString() {
        return name + " (" + cidr + ")";
    }
}
