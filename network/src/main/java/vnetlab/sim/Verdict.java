package vnetlab.sim;

/**
 * What a stage decides about a packet: pass it on within the device, forward it to the next device, deliver it,
 * or drop it.
 *
 * <p>Stages return verdicts and never print; the engine records them as a {@link Trace}.
 *
 * <pre>{@code
 * new Verdict.Drop(DropReason.NAT_HIDES_VM, "NAT hides dev; no port-forwarding rule for tcp/22")
 * }</pre>
 */
public sealed interface Verdict {

    /** The packet goes on to the next stage of the same device, possibly rewritten, with what was done. */
    record Pass(Packet packet, String action, String rule) implements Verdict {
        private static final Pass UNCHANGED = new Pass(null, "", "");

        /** A pass that changed nothing and says nothing (its packet is null: keep the current one). */
        static Pass unchanged(Packet packet) {
            return UNCHANGED;
        }
    }

    /** The packet leaves this device towards {@code next}. */
    record Forward(Packet packet, Station next, String action) implements Verdict {
    }

    /** The packet reached its destination. */
    record Deliver(String action) implements Verdict {
    }

    /** The packet is dropped; {@code detail} names the learner's objects, {@code fix} says what to do. */
    record Drop(DropReason reason, String detail, String fix) implements Verdict {
        public Drop(DropReason reason, String detail) {
            this(reason, detail, reason.fix());
        }

        @Override
        public String toString() {
            return detail + (fix.isEmpty() ? "" : " (fix: " + fix + ")");
        }
    }
}
