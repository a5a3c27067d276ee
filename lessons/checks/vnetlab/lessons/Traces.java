package vnetlab.lessons;

import vnetlab.sim.Hop;
import vnetlab.sim.Trace;

/**
 * How checks read a trace: whether it arrived, where and why it stopped, and the port it finally reached.
 *
 * <pre>{@code
 * var trace = lab.trace(phone, files, 445);
 * review.that(trace.delivered(), "the phone opens files on port 445",
 *             "the phone cannot open files on port 445: " + Traces.why(trace));
 * }</pre>
 */
public final class Traces {
    private Traces() {
    }

    /**
     * Why and where a trace was dropped, in the simulator's words; where it ended when it was delivered elsewhere.
     *
     * @param trace the trace
     * @return e.g. "dropped at laptop: NAT hides the VM from other devices", or "it is delivered to laptop instead"
     */
    public static String why(Trace trace) {
        if (trace.delivered()) {
            return "it is delivered to " + trace.last().where() + " instead";
        }
        String where = trace.dropHop().map(Hop::where).orElse("?");
        String reason = trace.dropReason().map(r -> r.text()).orElse("dropped");
        return "dropped at " + where + ": " + reason;
    }

    /**
     * The destination port of the packet as it arrived at the last hop.
     *
     * @param trace the trace
     * @return the port
     */
    public static int arrivalPort(Trace trace) {
        return trace.last().after().destinationPort();
    }

    /**
     * Where the packet was last (the delivering device, for a delivered trace).
     *
     * @param trace the trace
     * @return the last hop's name
     */
    public static String arrivedAt(Trace trace) {
        return trace.last().where();
    }

    /**
     * Whether the trace was delivered to this endpoint (and not merely to some device on the way).
     *
     * @param trace    the trace
     * @param endpoint where it should arrive
     * @return true when delivered there
     */
    public static boolean reached(Trace trace, vnetlab.model.Endpoint endpoint) {
        if (!trace.delivered()) {
            return false;
        }
        Hop last = trace.last();
        return last.where().equals(endpoint.name()) || last.id().equals(endpoint.id())
                || last.id().endsWith("/" + endpoint.name());
    }

    /**
     * Whether the trace was delivered to one of these endpoints (a Service's pods, say).
     *
     * @param trace     the trace
     * @param endpoints where it may arrive
     * @return true when delivered to one of them
     */
    public static boolean reachedAny(Trace trace, java.util.List<? extends vnetlab.model.Endpoint> endpoints) {
        return endpoints.stream().anyMatch(e -> reached(trace, e));
    }

    /**
     * Whether any hop of the trace rewrote the packet (NAT of any kind).
     *
     * @param trace the trace
     * @return true when some hop changed an address or port
     */
    public static boolean translated(Trace trace) {
        return trace.hops().stream().anyMatch(Hop::rewrote);
    }

    /**
     * Whether the packet passed through one of these endpoints on its way (an ingress controller's pod, say).
     *
     * @param trace     the trace
     * @param endpoints the endpoints to look for among the hops
     * @return true when some hop is one of them
     */
    public static boolean passedThrough(Trace trace, java.util.List<? extends vnetlab.model.Endpoint> endpoints) {
        return trace.hops().stream().anyMatch(h -> endpoints.stream().anyMatch(e -> h.id().equals(e.id())));
    }

    /**
     * Whether the connection reached its endpoint with its destination unchanged: the client addressed it directly,
     * with no port forward, published port or other DNAT on the way.
     *
     * @param trace the trace
     * @return true when delivered and no hop rewrote the destination
     */
    public static boolean deliveredDirectly(Trace trace) {
        return trace.delivered() && trace.hops().stream()
                .noneMatch(h -> !h.before().destination().equals(h.after().destination())
                        || h.before().destinationPort() != h.after().destinationPort());
    }
}
