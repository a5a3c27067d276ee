package vnetlab.sim;

import java.util.List;

/**
 * The trace engine: runs a packet through station after station, each through the stage pipeline, and records a
 * hop per station.
 *
 * <p>Pipeline per station, the netfilter hooks in the kernel's order: raw and nat PREROUTING (nat OUTPUT for a packet
 * the station sends) → the routing decision: for the station itself filter INPUT then local delivery or a user-space
 * proxy; else filter FORWARD (OUTPUT) → nat POSTROUTING → link to the next station. The hop count is capped at {@value #HOP_CAP}.
 */
final class Tracer {

    /** The source port of a client's connection; illustrative (Linux picks from 32768–60999). */
    static final int CLIENT_PORT = 49152;
    static final int HOP_CAP = 32;

    private static final Stage[] PIPELINE = {new PreroutingStage(), new PolicyStage(), new LocalStage(), new RouteStage(),
        new FilterStage(), new SnatStage(), new LinkStage()};

    private Tracer() {
    }

    static Trace run(Run run, Station from, Packet first, String title) {
        Station at = from;
        Segment in = null;
        Packet packet = first;
        boolean origin = true;
        String tunnel = null;
        String tunnelDevice = null;
        for (int number = 1; number <= HOP_CAP; number++) {
            Visit v = new Visit(at, in, packet, origin, run);
            if (!origin) {
                Station.Iface arrival = tunnelDevice == null ? at.ifaceOn(in) : null;
                v.inDevice = tunnelDevice != null ? tunnelDevice : arrival == null ? null : arrival.device();
            }
            if (at.down) {
                Verdict.Drop drop = new Verdict.Drop(DropReason.HOST_DOWN, at.name + " is down (it failed)");
                v.actions.add("dropped: " + drop.detail());
                record(run, number, v, "");
                return new Trace(run.fabric.snapshot, title, run.seed, run.seedUsed, first, run.hops, drop);
            }
            if (tunnel != null) {
                v.actions.add(tunnel + ": decapsulated");
            }
            Verdict verdict = null;
            for (Stage stage : PIPELINE) {
                verdict = stage.apply(v);
                if (verdict instanceof Verdict.Pass pass) {
                    if (pass.packet() != null) {
                        v.packet = pass.packet();
                        v.note(pass.action(), pass.rule());
                    }
                    continue;
                }
                break;
            }
            if (verdict instanceof Verdict.Forward forward) {
                v.actions.add(forward.action());
                record(run, number, v, v.out.id);
                at = forward.next();
                in = v.out;
                packet = forward.packet();
                origin = false;
                tunnel = v.tunnel == null || v.tunnel.isEmpty() ? null : v.tunnel;
                tunnelDevice = tunnel == null ? null : v.outDevice;
            } else if (verdict instanceof Verdict.Deliver deliver) {
                v.actions.add(deliver.action());
                record(run, number, v, "");
                return new Trace(run.fabric.snapshot, title, run.seed, run.seedUsed, first, run.hops, null);
            } else if (verdict instanceof Verdict.Drop drop) {
                v.actions.add("dropped: " + drop.detail());
                record(run, number, v, "");
                return new Trace(run.fabric.snapshot, title, run.seed, run.seedUsed, first, run.hops, drop);
            } else {
                throw new IllegalStateException("the pipeline ended without a verdict at " + at.name);
            }
        }
        Verdict.Drop cap = new Verdict.Drop(DropReason.HOP_LIMIT, "gave up after " + HOP_CAP + " hops");
        return new Trace(run.fabric.snapshot, title, run.seed, run.seedUsed, first, run.hops, cap);
    }

    private static void record(Run run, int number, Visit v, String via) {
        if (run.quiet) {
            return;
        }
        run.hops.add(new Hop(number, v.here.name, v.here.id, v.before, v.packet, String.join("; ", v.actions),
                v.rules, via));
    }

    /** A trace that fails before the first packet leaves (a name that does not resolve). */
    static Trace refused(Run run, Station from, Packet first, String title, Verdict.Drop drop) {
        run.hops.add(new Hop(1, from.name, from.id, first, first, "dropped: " + drop.detail(), List.of(), ""));
        return new Trace(run.fabric.snapshot, title, run.seed, false, first, run.hops, drop);
    }
}
