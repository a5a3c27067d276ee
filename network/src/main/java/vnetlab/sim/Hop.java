package vnetlab.sim;

import java.util.List;

/**
 * One device a packet passed through: where, the packet on arrival and on leaving, what happened and which rules
 * decided.
 *
 * <p>{@code id} is the model object's stable name path (e.g. {@code home/laptop}) for diagrams to highlight;
 * {@code via} is the id of the network the packet left on (empty at the last hop).
 *
 * <pre>{@code
 * lab.trace(phone, laptop, 2222).hops().get(1)
 * // 2 laptop: tcp 192.168.1.20:49152 → 192.168.1.2:2222 ⇒ tcp 192.168.1.20:49152 → 10.0.2.15:22 …
 * }</pre>
 */
public record Hop(int number, String where, String id, Packet before, Packet after, String action,
                  List<String> rules, String via) {

    public Hop {
        rules = List.copyOf(rules);
    }

    /** Whether this device rewrote the packet. */
    public boolean rewrote() {
        return !before.equals(after);
    }

    /** The deciding rules as one text, one per line; empty when no rule decided. */
    public String rule() {
        return String.join("\n", rules);
    }

    @Override
    public String toString() {
        return number + " " + where + ": " + before + (rewrote() ? " ⇒ " + after : "") + ": " + action;
    }
}
