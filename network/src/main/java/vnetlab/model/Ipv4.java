package vnetlab.model;

import java.util.Optional;

/**
 * An IPv4 address such as {@code 192.168.1.2}, immutable and compared by value.
 *
 * <pre>{@code
 * Ipv4.parse("10.0.2.15")          // works
 * Ipv4.parse("10.0.2.15").plus(1)  // works: 10.0.2.16
 * Ipv4.parse("300.1.1.1")          // fails: "300.1.1.1": 300 is not an octet (0..255)
 * }</pre>
 *
 * @param bits the 32 address bits, most significant octet first
 */
public record Ipv4(int bits) implements Comparable<Ipv4> {

    /** 0.0.0.0: "every address of this host" when publishing a port. */
    public static final Ipv4 ANY = new Ipv4(0);
    /** 127.0.0.1, the loopback address. */
    public static final Ipv4 LOOPBACK = new Ipv4(0x7F000001);

    /**
     * Parses dotted-quad notation, the way a learner types it.
     *
     * <pre>{@code
     * Ipv4.parse("192.168.1.2")   // works
     * Ipv4.parse("192.168.1")     // fails: needs four octets
     * }</pre>
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static Ipv4 parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("an IPv4 address is needed, e.g. \"192.168.1.2\", but got null");
        }
        String quoted = Texts.quote(text);
        if (text.isBlank()) {
            throw new IllegalArgumentException(quoted + ": an IPv4 address is four octets like 192.168.1.2");
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException(quoted + ": an IPv4 address is four octets like 192.168.1.2");
        }
        int bits = 0;
        for (String part : parts) {
            bits = (bits << 8) | octet(quoted, part);
        }
        return new Ipv4(bits);
    }

    /** Like {@link #parse(String)} but empty instead of failing. */
    public static Optional<Ipv4> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The address with these four octets.
     *
     * <pre>{@code
     * Ipv4.of(10, 0, 2, 15)   // 10.0.2.15
     * }</pre>
     *
     * @throws IllegalArgumentException if an octet is outside 0..255
     */
    public static Ipv4 of(int a, int b, int c, int d) {
        int[] octets = {a, b, c, d};
        int bits = 0;
        for (int o : octets) {
            if (o < 0 || o > 255) {
                throw new IllegalArgumentException(o + " is not an octet (0..255)");
            }
            bits = (bits << 8) | o;
        }
        return new Ipv4(bits);
    }

    private static int octet(String quoted, String part) {
        if (part.isEmpty()) {
            throw new IllegalArgumentException(quoted + ": an octet is empty; an IPv4 address is four octets like 192.168.1.2");
        }
        if (part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(quoted + ": " + Texts.quote(part) + " is not an octet (0..255)");
        }
        if (part.length() > 1 && part.charAt(0) == '0') {
            throw new IllegalArgumentException(quoted + ": " + Texts.quote(part) + " has a leading zero, which some tools read as octal;"
                    + " write " + Integer.parseInt(part));
        }
        int value = Integer.parseInt(part);
        if (value > 255) {
            throw new IllegalArgumentException(quoted + ": " + value + " is not an octet (0..255)");
        }
        return value;
    }

    /** The n-th octet, 0 being the leftmost. */
    public int octet(int index) {
        if (index < 0 || index > 3) {
            throw new IllegalArgumentException("octet index " + index + " must be 0..3");
        }
        return (bits >>> (24 - 8 * index)) & 0xFF;
    }

    /** The address as an unsigned number (0 .. 2^32-1). */
    public long value() {
        return Integer.toUnsignedLong(bits);
    }

    /**
     * The address {@code n} further on (or back, if negative).
     *
     * <pre>{@code
     * Ipv4.parse("10.0.2.2").plus(13)   // 10.0.2.15
     * }</pre>
     *
     * @throws IllegalArgumentException if the result leaves 0.0.0.0..255.255.255.255
     */
    public Ipv4 plus(long n) {
        long v = value() + n;
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(this + " plus " + n + " is not an IPv4 address");
        }
        return new Ipv4((int) v);
    }

    /** Whether this is in the private ranges of RFC 1918 (10/8, 172.16/12, 192.168/16). */
    public boolean isPrivate() {
        return Cidr.RFC1918.stream().anyMatch(c -> c.contains(this));
    }

    /** Whether this is a loopback address (127.0.0.0/8). */
    public boolean isLoopback() {
        return octet(0) == 127;
    }

    @Override
    public int compareTo(Ipv4 other) {
        return Integer.compareUnsigned(bits, other.bits);
    }

    /** Dotted-quad notation, e.g. {@code 10.0.2.15}. */
    @Override
    public String toString() {
        return octet(0) + "." + octet(1) + "." + octet(2) + "." + octet(3);
    }
}
