package vnetlab.model;

/**
 * A host's network card on a LAN: a name such as {@code eth0}, a MAC and an address (fixed or from DHCP).
 *
 * <pre>{@code
 * laptop.nic("eth0").address()   // 192.168.1.2
 * }</pre>
 */
public final class Nic {
    private final String name;
    private final Mac mac;
    private final Lan lan;
    private final Ipv4 address;
    private final boolean dhcp;

    Nic(String name, Mac mac, Lan lan, Ipv4 address, boolean dhcp) {
        this.name = name;
        this.mac = mac;
        this.lan = lan;
        this.address = address;
        this.dhcp = dhcp;
    }

    /** Its interface name, {@code eth0} for the first. */
    public String name() {
        return name;
    }

    /** Its hardware address. */
    public Mac mac() {
        return mac;
    }

    /** The LAN it is plugged into. */
    public Lan lan() {
        return lan;
    }

    /** Its address on the LAN. */
    public Ipv4 address() {
        return address;
    }

    /** Whether the address came from the LAN's DHCP pool. */
    public boolean dhcp() {
        return dhcp;
    }

    /** {@code eth0 192.168.1.2/24 on home (mac 3c:…)}. */
    @Override
    public String toString() {
        return name + " " + address + "/" + lan.cidr().prefix() + " on " + lan.name() + (dhcp ? " (DHCP)" : "") + ", MAC " + mac;
    }
}
