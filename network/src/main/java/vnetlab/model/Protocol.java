package vnetlab.model;

import java.util.Locale;

/**
 * A transport protocol of a port or a connection.
 *
 * <pre>{@code
 * container.publish(5353, 53, Protocol.UDP)   // works
 * }</pre>
 */
public enum Protocol {
    /** A connection-oriented stream (web, ssh). */
    TCP,
    /** Datagrams (DNS, VXLAN). */
    UDP,
    /** Ping and error messages; no ports. */
    ICMP;

    /**
     * Parses "tcp", "udp" or "icmp", in any case.
     *
     * @throws IllegalArgumentException for other words
     */
    public static Protocol parse(String text) {
        if (text != null) {
            for (Protocol p : values()) {
                if (p.name().equalsIgnoreCase(text.strip())) {
                    return p;
                }
            }
        }
        throw new IllegalArgumentException(Texts.quote(text) + " is not a protocol; use tcp, udp or icmp");
    }

    /** The lowercase name, as iptables and docker write it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
