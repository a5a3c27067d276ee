package vnetlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A block of IPv4 addresses written as address/prefix, such as {@code 192.168.1.0/24}, immutable and canonical.
 *
 * <p>Host bits are cleared when parsing, so {@code Cidr.parse("10.0.1.7/24")} equals {@code 10.0.1.0/24}.
 *
 * <pre>{@code
 * var home = Cidr.parse("192.168.1.0/24");   // works
 * home.contains(Ipv4.parse("192.168.1.20"))  // true
 * home.host(1)                                // 192.168.1.1
 * Cidr.parse("10.0.0.0/33")                   // fails: "10.0.0.0/33": prefix length must be 0..32
 * }</pre>
 *
 * @param network the first address of the block (host bits zero)
 * @param prefix  the number of leading network bits, 0..32
 */
public record Cidr(Ipv4 network, int prefix) implements Comparable<Cidr> {

    /** The private ranges of RFC 1918. */
    public static final List<Cidr> RFC1918 = List.of(
            new Cidr(new Ipv4(0x0A000000), 8), new Cidr(new Ipv4(0xAC100000), 12), new Cidr(new Ipv4(0xC0A80000), 16));

    /** Checks the prefix and clears host bits. */
    public Cidr {
        if (network == null) {
            throw new IllegalArgumentException("a CIDR block needs a network address");
        }
        if (prefix < 0 || prefix > 32) {
            throw new IllegalArgumentException(network + "/" + prefix + ": prefix length must be 0..32");
        }
        network = new Ipv4(network.bits() & mask(prefix));
    }

    /**
     * Parses address/prefix notation.
     *
     * <pre>{@code
     * Cidr.parse("172.17.0.0/16")   // works
     * Cidr.parse("172.17.0.0")      // fails: no /prefix
     * }</pre>
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static Cidr parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a CIDR block is needed, e.g. \"192.168.1.0/24\", but got null");
        }
        String quoted = Texts.quote(text);
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException(quoted + ": a CIDR block is an address and a prefix length, like 192.168.1.0/24");
        }
        String bits = text.substring(slash + 1);
        if (bits.isEmpty() || bits.length() > 3 || !bits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(quoted + ": prefix length must be 0..32");
        }
        int prefix = Integer.parseInt(bits);
        if (prefix > 32) {
            throw new IllegalArgumentException(quoted + ": prefix length must be 0..32");
        }
        Ipv4 address;
        try {
            address = Ipv4.parse(text.substring(0, slash));
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage();
            int colon = reason.indexOf(": ");
            throw new IllegalArgumentException(quoted + ": " + (colon >= 0 ? reason.substring(colon + 2) : reason));
        }
        return new Cidr(address, prefix);
    }

    /** Like {@link #parse(String)} but empty instead of failing. */
    public static Optional<Cidr> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The block of {@code prefix} bits that holds {@code address}. */
    public static Cidr of(Ipv4 address, int prefix) {
        return new Cidr(address, prefix);
    }

    private static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }

    /** The netmask, e.g. 255.255.255.0 for a /24. */
    public Ipv4 netmask() {
        return new Ipv4(mask(prefix));
    }

    /** How many addresses the block holds, network and broadcast included (2^(32-prefix)). */
    public long size() {
        return 1L << (32 - prefix);
    }

    /** The last address of the block, e.g. 192.168.1.255 for 192.168.1.0/24. */
    public Ipv4 broadcast() {
        return new Ipv4(network.bits() | ~mask(prefix));
    }

    /** Whether the address lies in this block. */
    public boolean contains(Ipv4 address) {
        return (address.bits() & mask(prefix)) == network.bits();
    }

    /** Whether the whole other block lies inside this one. */
    public boolean contains(Cidr other) {
        return other.prefix >= prefix && contains(other.network);
    }

    /**
     * Whether the two blocks share at least one address.
     *
     * <pre>{@code
     * Cidr.parse("10.0.0.0/8").overlaps(Cidr.parse("10.244.0.0/16"))   // true
     * }</pre>
     */
    public boolean overlaps(Cidr other) {
        return contains(other.network) || other.contains(network);
    }

    /**
     * The n-th address of the block, counting the network address as 0.
     *
     * <pre>{@code
     * Cidr.parse("10.0.2.0/24").host(15)   // 10.0.2.15
     * Cidr.parse("10.96.0.0/12").host(10)  // 10.96.0.10, the cluster DNS
     * }</pre>
     *
     * @throws IllegalArgumentException if n is outside the block
     */
    public Ipv4 host(long n) {
        if (n < 0 || n >= size()) {
            throw new IllegalArgumentException("address number " + n + " is outside " + this + " (0.." + (size() - 1) + ")");
        }
        return network.plus(n);
    }

    /** The first address a machine can use (the network address + 1; the only one for /31 and /32 blocks). */
    public Ipv4 firstHost() {
        return prefix >= 31 ? network : network.plus(1);
    }

    /** The last address a machine can use (just before the broadcast address). */
    public Ipv4 lastHost() {
        return prefix >= 31 ? broadcast() : broadcast().plus(-1);
    }

    /** The index of the address in this block (network address = 0). */
    public long indexOf(Ipv4 address) {
        if (!contains(address)) {
            throw new IllegalArgumentException(address + " is not in " + this);
        }
        return address.value() - network.value();
    }

    /**
     * The n-th sub-block of the given prefix length.
     *
     * <pre>{@code
     * Cidr.parse("10.244.0.0/16").subnet(24, 2)   // 10.244.2.0/24
     * }</pre>
     *
     * @throws IllegalArgumentException if the prefix is shorter than this one's or n is out of range
     */
    public Cidr subnet(int newPrefix, long n) {
        checkSplit(newPrefix);
        long count = 1L << (newPrefix - prefix);
        if (n < 0 || n >= count) {
            throw new IllegalArgumentException(this + " has " + count + " /" + newPrefix + " blocks; block " + n + " does not exist");
        }
        return new Cidr(network.plus(n << (32 - newPrefix)), newPrefix);
    }

    /**
     * All sub-blocks of the given prefix length, in order.
     *
     * <pre>{@code
     * Cidr.parse("172.20.0.0/14").subnets(16)   // [172.20.0.0/16, 172.21.0.0/16, 172.22.0.0/16, 172.23.0.0/16]
     * }</pre>
     *
     * @throws IllegalArgumentException if that would be more than 65,536 blocks
     */
    public List<Cidr> subnets(int newPrefix) {
        checkSplit(newPrefix);
        int bits = newPrefix - prefix;
        if (bits > 16) {
            throw new IllegalArgumentException(this + " split into /" + newPrefix + " is " + (1L << bits)
                    + " blocks; use subnet(" + newPrefix + ", n) for one of them");
        }
        List<Cidr> out = new ArrayList<>(1 << bits);
        for (long i = 0; i < (1L << bits); i++) {
            out.add(subnet(newPrefix, i));
        }
        return out;
    }

    private void checkSplit(int newPrefix) {
        if (newPrefix < prefix || newPrefix > 32) {
            throw new IllegalArgumentException("cannot split " + this + " into /" + newPrefix + " blocks; use a prefix length "
                    + prefix + "..32");
        }
    }

    @Override
    public int compareTo(Cidr other) {
        int c = network.compareTo(other.network);
        return c != 0 ? c : Integer.compare(prefix, other.prefix);
    }

    /** The notation a learner types, e.g. {@code 10.0.2.0/24}. */
    @Override
    public String toString() {
        return network + "/" + prefix;
    }
}
