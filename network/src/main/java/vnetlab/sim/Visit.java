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
    /** A NAT engine's hidden segment chosen by a port forward. */
    Segment forcedOut;
    /** kube-proxy marked the packet 0x4000: MASQUERADE on the way out. */
    boolean masquerade;
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
