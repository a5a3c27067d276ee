package vnetlab.sim;

import java.util.ArrayList;
import java.util.List;
import vnetlab.model.Ipv4;

/** One station's handling of one packet: the scratch the stages share while the packet is inside it. */
final class Visit {

    final Station here;
    final Segment in;
    final Packet before;
    final Run run;
    Packet packet;
    /** The packet starts here (the sender, or a proxy that opened a new connection). */
    boolean origin;
    Segment out;
    Ipv4 nextHop;
    String tunnel;
    /** The UDP port of the tunnel's encapsulation (VXLAN: 8472 for Flannel, 4789 for Docker overlay). */
    int tunnelPort;
    /** A NAT engine's hidden segment chosen by a port forward. */
    Segment forcedOut;
    /** The packet's netfilter mark (kube-proxy's 0x4000); a packet's mark does not leave the machine. */
    long mark;
    /** A DNAT rewrote the packet here (conntrack state DNAT). */
    boolean dnatted;
    /** The device the packet arrived on ({@code lo} for one sent to the station itself), or null. */
    String inDevice;
    /** The device the routing decision sends it out by, and that device's address (what MASQUERADE takes). */
    String outDevice;
    Ipv4 outAddress;
    final List<String> actions;
    final List<String> rules;

    Visit(Station here, Segment in, Packet packet, boolean origin, Run run) {
        this.here = here;
        this.in = in;
        this.before = packet;
        this.packet = packet;
        this.origin = origin;
        this.run = run;
        this.actions = run.quiet ? NONE : new ArrayList<>(3);
        this.rules = run.quiet ? NONE : new ArrayList<>(3);
    }

    /** Quiet runs record nothing: a list that drops what is added. */
    private static final List<String> NONE = new java.util.AbstractList<>() {
        @Override
        public String get(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return 0;
        }

        @Override
        public boolean add(String s) {
            return false;
        }
    };

    void note(String action, String rule) {
        if (!action.isEmpty()) {
            actions.add(action);
        }
        if (!rule.isEmpty()) {
            rules.add(rule);
        }
    }

    void rule(java.util.function.Supplier<String> rule) {
        if (!run.quiet) {
            rules.add(rule.get());
        }
    }
}
