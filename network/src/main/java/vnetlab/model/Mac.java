package vnetlab.model;

import java.util.Optional;

/**
 * An Ethernet MAC address such as {@code 08:00:27:4f:1a:02}, immutable and compared by value.
 *
 * <pre>{@code
 * Mac.parse("02:42:ac:11:00:02")   // works (Docker derives it from 172.17.0.2)
 * Mac.parse("02:42:ac:11:00")      // fails: needs six bytes
 * }</pre>
 *
 * @param bits the 48 address bits
 */
public record Mac(long bits) {

    /** Checks the value fits in 48 bits. */
    public Mac {
        if (bits < 0 || bits > 0xFFFF_FFFF_FFFFL) {
            throw new IllegalArgumentException(Long.toHexString(bits) + " does not fit in a 48-bit MAC address");
        }
    }

    /**
     * Parses six hex bytes separated by {@code :} or {@code -}.
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static Mac parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a MAC address is needed, e.g. \"08:00:27:00:00:01\", but got null");
        }
        String[] parts = text.split("[:-]", -1);
        if (parts.length != 6) {
            throw new IllegalArgumentException(Texts.quote(text) + ": a MAC address is six hex bytes like 08:00:27:00:00:01");
        }
        long bits = 0;
        for (String p : parts) {
            if (p.length() != 2 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
                throw new IllegalArgumentException(Texts.quote(text) + ": " + Texts.quote(p) + " is not a hex byte (00..ff)");
            }
            bits = (bits << 8) | Integer.parseInt(p, 16);
        }
        return new Mac(bits);
    }

    /** Like {@link #parse(String)} but empty instead of failing. */
    public static Optional<Mac> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The MAC with a vendor prefix (OUI, 3 bytes) and a 3-byte device part. */
    static Mac of(int oui, int device) {
        return new Mac(((long) (oui & 0xFFFFFF) << 24) | (device & 0xFFFFFFL));
    }

    /** Docker's MAC for a container address: 02:42 followed by the four address bytes (moby {@code netutils.GenerateMACFromIP}). */
    static Mac docker(Ipv4 address) {
        return new Mac(0x0242_0000_0000L | address.value());
    }

    /** Lowercase hex bytes separated by colons. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(17);
        for (int i = 5; i >= 0; i--) {
            int v = (int) ((bits >>> (8 * i)) & 0xFF);
            b.append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 15, 16));
            if (i > 0) {
                b.append(':');
            }
        }
        return b.toString();
    }
}
