package vnetlab.model.netfilter;

import vnetlab.model.Ipv4;

/**
 * What an iptables rule does when it matches, printed as {@code iptables-save} prints it.
 *
 * <pre>{@code
 * new Target.Dnat(Ipv4.parse("172.17.0.2"), 80)   // -j DNAT --to-destination 172.17.0.2:80
 * new Target.Jump("DOCKER")                        // -j DOCKER
 * }</pre>
 */
public sealed interface Target {

    /** The text from {@code -j} on. */
    String text();

    /** Stops the table's traversal and lets the packet through. */
    record Accept() implements Target {
        public String text() {
            return "-j ACCEPT";
        }
    }

    /** Discards the packet silently. */
    record Drop() implements Target {
        public String text() {
            return "-j DROP";
        }
    }

    /** Discards the packet and answers: a TCP client sees "connection refused". */
    record Reject() implements Target {
        public String text() {
            return "-j REJECT --reject-with icmp-port-unreachable";
        }
    }

    /** Back to the calling chain (or, in a built-in chain, its policy). */
    record Return() implements Target {
        public String text() {
            return "-j RETURN";
        }
    }

    /** Continues in a user chain, coming back when it ends. */
    record Jump(String chain) implements Target {
        public String text() {
            return "-j " + chain;
        }
    }

    /** Continues in a user chain, not coming back. */
    record Goto(String chain) implements Target {
        public String text() {
            return "-g " + chain;
        }
    }

    /** Rewrites the destination (nat PREROUTING/OUTPUT). */
    record Dnat(Ipv4 address, int port) implements Target {
        public String text() {
            return "-j DNAT --to-destination " + address + (port > 0 ? ":" + port : "");
        }
    }

    /** Rewrites the source to a fixed address (nat POSTROUTING). */
    record Snat(Ipv4 address) implements Target {
        public String text() {
            return "-j SNAT --to-source " + address;
        }
    }

    /**
     * Rewrites the source to the address of the interface the packet leaves by (nat POSTROUTING).
     *
     * @param ports the source port range, e.g. {@code 1024-65535}, or empty
     */
    record Masquerade(String ports, boolean randomFully) implements Target {
        public String text() {
            return "-j MASQUERADE" + (ports.isEmpty() ? "" : " --to-ports " + ports)
                    + (randomFully ? " --random-fully" : "");
        }
    }

    /**
     * Sets the packet mark: {@code mark = (mark & ~mask) ^ value}. {@code --or-mark 0x4000} is value 0x4000 mask
     * 0x4000; {@code --xor-mark 0x4000} is value 0x4000 mask 0; iptables-save prints both as {@code --set-xmark}.
     */
    record Mark(long value, long mask) implements Target {
        public String text() {
            return "-j MARK --set-xmark 0x" + Long.toHexString(value) + "/0x" + Long.toHexString(mask);
        }

        /** The mark after this target. */
        public long apply(long mark) {
            return (mark & ~mask) ^ value;
        }
    }
}
