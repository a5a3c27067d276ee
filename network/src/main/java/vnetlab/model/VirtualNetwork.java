package vnetlab.model;

import java.util.Optional;

/**
 * A network a hypervisor creates on its host: a virtual switch such as vboxnet0, VMnet8 or virbr0, with a range, the
 * host's address on it, a gateway, DNS and a DHCP pool.
 *
 * <pre>{@code
 * vbox.network("vboxnet0").cidr()   // 192.168.56.0/24
 * kvm.network("virbr0").gateway()   // 192.168.122.1
 * }</pre>
 */
public final class VirtualNetwork implements Network {
    private final String name;
    private final VirtualNetworkKind kind;
    private final Cidr cidr;
    private final Ipv4 hostAddress;
    private final Ipv4 gateway;
    private final Ipv4 dns;
    private final Ipv4 dhcpServer;
    private final Ipv4 dhcpFirst;
    private final Ipv4 dhcpLast;
    private final AddressBook book;

    VirtualNetwork(String name, VirtualNetworkKind kind, Cidr cidr, Ipv4 hostAddress, Ipv4 gateway, Ipv4 dns,
            Ipv4 dhcpServer, Ipv4 dhcpFirst, Ipv4 dhcpLast) {
        this.name = name;
        this.kind = kind;
        this.cidr = cidr;
        this.hostAddress = hostAddress;
        this.gateway = gateway;
        this.dns = dns;
        this.dhcpServer = dhcpServer;
        this.dhcpFirst = dhcpFirst;
        this.dhcpLast = dhcpLast;
        this.book = new AddressBook(name, cidr);
        if (hostAddress != null) {
            book.claim(hostAddress, "the host");
        }
        if (gateway != null && !gateway.equals(hostAddress)) {
            book.claim(gateway, "the NAT gateway");
        }
        if (dhcpServer != null && !dhcpServer.equals(hostAddress) && !dhcpServer.equals(gateway)) {
            book.claim(dhcpServer, "the DHCP server");
        }
    }

    @Override
    public String name() {
        return name;
    }

    /** Host-only, NAT or NAT Network. */
    public VirtualNetworkKind kind() {
        return kind;
    }

    @Override
    public Cidr cidr() {
        return cidr;
    }

    /** The host's own address on this network (its virtual adapter), if it has one. */
    public Optional<Ipv4> hostAddress() {
        return Optional.ofNullable(hostAddress);
    }

    /** Where VMs send other traffic: the NAT gateway, or the host's address on a host-only network. */
    @Override
    public Ipv4 gateway() {
        return gateway != null ? gateway : hostAddress;
    }

    /** The DNS server VMs are told to use, if any. */
    public Optional<Ipv4> dns() {
        return Optional.ofNullable(dns);
    }

    /** The DHCP server's address. */
    public Ipv4 dhcpServer() {
        return dhcpServer;
    }

    /** The first address DHCP hands out. */
    public Ipv4 dhcpFirst() {
        return dhcpFirst;
    }

    /** The last address DHCP hands out. */
    public Ipv4 dhcpLast() {
        return dhcpLast;
    }

    Ipv4 lease(String owner) {
        return book.next(dhcpFirst, dhcpLast, owner);
    }

    void claim(Ipv4 ip, String owner) {
        book.claim(ip, owner);
    }

    boolean isFree(Ipv4 ip, String owner) {
        return book.owner(ip).map(owner::equals).orElse(true);
    }

    void release(Ipv4 ip) {
        book.release(ip);
    }

    /** {@code vboxnet0 (host-only) 192.168.56.0/24, host 192.168.56.1, DHCP 192.168.56.101-192.168.56.254}. */
    @Override
    public String toString() {
        return name + " (" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ") " + cidr
                + (hostAddress != null ? ", host " + hostAddress : "")
                + (gateway != null && !gateway.equals(hostAddress) ? ", gateway " + gateway : "")
                + ", DHCP " + dhcpFirst + "-" + dhcpLast;
    }
}
