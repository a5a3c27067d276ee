package vnetlab.model;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Which addresses of one network are taken and by whom; hands out the lowest free one of a range. */
final class AddressBook {
    private final String network;
    private final Cidr cidr;
    private final BitSet used = new BitSet();
    private final Map<Integer, String> owners = new HashMap<>();

    AddressBook(String network, Cidr cidr) {
        this.network = network;
        this.cidr = cidr;
    }

    Cidr cidr() {
        return cidr;
    }

    /** "home (192.168.1.0/24)". */
    String label() {
        return network + " (" + cidr + ")";
    }

    /** Takes a chosen address for an owner such as {@code host "laptop"}; the same owner may claim it again. */
    void claim(Ipv4 address, String owner) {
        if (!cidr.contains(address)) {
            throw new IllegalArgumentException(address + " is not in " + label());
        }
        if (cidr.prefix() < 31 && address.equals(cidr.network())) {
            throw new IllegalArgumentException(address + " is the network address of " + label()
                    + "; pick one of " + cidr.firstHost() + "-" + cidr.lastHost());
        }
        if (cidr.prefix() < 31 && address.equals(cidr.broadcast())) {
            throw new IllegalArgumentException(address + " is the broadcast address of " + label()
                    + "; pick one of " + cidr.firstHost() + "-" + cidr.lastHost());
        }
        int i = index(address);
        String current = owners.get(i);
        if (current != null && !current.equals(owner)) {
            throw new IllegalArgumentException(address + " is already used by " + current + " on " + network
                    + "; pick another address");
        }
        used.set(i);
        owners.put(i, owner);
    }

    /** The lowest free address in first..last, now taken by the owner. */
    Ipv4 next(Ipv4 first, Ipv4 last, String owner) {
        int from = index(first);
        int i = used.nextClearBit(from);
        if (i > index(last)) {
            throw new IllegalStateException(label() + " has no free address left in " + first + "-" + last
                    + " for " + owner + "; use a larger network or free an address");
        }
        used.set(i);
        owners.put(i, owner);
        return cidr.network().plus(i);
    }

    void release(Ipv4 address) {
        if (cidr.contains(address)) {
            int i = index(address);
            used.clear(i);
            owners.remove(i);
        }
    }

    Optional<String> owner(Ipv4 address) {
        return cidr.contains(address) ? Optional.ofNullable(owners.get(index(address))) : Optional.empty();
    }

    private int index(Ipv4 address) {
        return (int) (address.value() - cidr.network().value());
    }
}
