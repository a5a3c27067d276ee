package vnetlab.sim;

/**
 * One small step of a station's handling of a packet (DNAT, local delivery, routing, filtering, SNAT, link).
 *
 * <p>A stage reads the visit and returns a verdict; it never prints. The engine runs the stages in order until
 * one forwards, delivers or drops.
 */
interface Stage {

    /** Decides about the packet in {@code visit.packet}. */
    Verdict apply(Visit visit);
}
