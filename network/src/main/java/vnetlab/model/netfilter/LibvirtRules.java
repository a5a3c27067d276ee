package vnetlab.model.netfilter;

import vnetlab.model.Cidr;
import vnetlab.model.Protocol;

/**
 * The rules libvirtd writes for a NAT network such as {@code default} on virbr0 (libvirt
 * {@code src/util/viriptables.c}, the LIBVIRT_* chains of libvirt 5.1 and later): DNS and DHCP from the guests
 * allowed in, guests' traffic out allowed and masqueraded (source ports 1024-65535), replies allowed back,
 * everything else into the bridge rejected; multicast 224.0.0.0/24 and broadcast exempt from NAT.
 */
public final class LibvirtRules {

    static final Rule.Origin SOURCE = new Rule.Origin("libvirt", "libvirt src/util/viriptables.c");

    private LibvirtRules() {
    }

    /** The rules of one NAT network on bridge {@code device} with {@code subnet}. */
    public static void write(String device, Cidr subnet, Iptables.Builder b) {
        if (!b.holds(Rule.in(Table.FILTER, "INPUT").from(SOURCE).jump("LIBVIRT_INP"))) {
            b.append(Rule.in(Table.FILTER, "INPUT").from(SOURCE).jump("LIBVIRT_INP"),
                    Rule.in(Table.FILTER, "FORWARD").from(SOURCE).jump("LIBVIRT_FWX"),
                    Rule.in(Table.FILTER, "FORWARD").from(SOURCE).jump("LIBVIRT_FWI"),
                    Rule.in(Table.FILTER, "FORWARD").from(SOURCE).jump("LIBVIRT_FWO"),
                    Rule.in(Table.FILTER, "OUTPUT").from(SOURCE).jump("LIBVIRT_OUT"),
                    Rule.in(Table.NAT, "POSTROUTING").from(SOURCE).jump("LIBVIRT_PRT"));
        }
        for (Protocol p : new Protocol[] {Protocol.UDP, Protocol.TCP}) {
            b.append(Rule.in(Table.FILTER, "LIBVIRT_INP").in(device).dport(p, 53).from(SOURCE).accept());
        }
        for (Protocol p : new Protocol[] {Protocol.UDP, Protocol.TCP}) {
            b.append(Rule.in(Table.FILTER, "LIBVIRT_INP").in(device).dport(p, 67).from(SOURCE).accept());
        }
        for (Protocol p : new Protocol[] {Protocol.UDP, Protocol.TCP}) {
            b.append(Rule.in(Table.FILTER, "LIBVIRT_OUT").out(device).dport(p, 53).from(SOURCE).accept());
        }
        for (Protocol p : new Protocol[] {Protocol.UDP, Protocol.TCP}) {
            b.append(Rule.in(Table.FILTER, "LIBVIRT_OUT").out(device).dport(p, 68).from(SOURCE).accept());
        }
        b.append(Rule.in(Table.FILTER, "LIBVIRT_FWO").source(subnet, false).in(device).from(SOURCE).accept(),
                Rule.in(Table.FILTER, "LIBVIRT_FWO").in(device).from(SOURCE).because(Rule.Purpose.OTHER).reject(),
                Rule.in(Table.FILTER, "LIBVIRT_FWI").destination(subnet, false).out(device)
                        .ctstate(false, Match.State.RELATED, Match.State.ESTABLISHED).from(SOURCE).accept(),
                Rule.in(Table.FILTER, "LIBVIRT_FWI").out(device).from(SOURCE).because(Rule.Purpose.NAT_NETWORK_CLOSED).reject(),
                Rule.in(Table.FILTER, "LIBVIRT_FWX").in(device).out(device).from(SOURCE).accept(),
                Rule.in(Table.NAT, "LIBVIRT_PRT").source(subnet, false).destination(Cidr.parse("224.0.0.0/24"), false)
                        .from(SOURCE).returns(),
                Rule.in(Table.NAT, "LIBVIRT_PRT").source(subnet, false)
                        .destination(Cidr.parse("255.255.255.255/32"), false).from(SOURCE).returns(),
                Rule.in(Table.NAT, "LIBVIRT_PRT").source(subnet, false).destination(subnet, true)
                        .protocol(Protocol.TCP).from(SOURCE).masquerade("1024-65535", false),
                Rule.in(Table.NAT, "LIBVIRT_PRT").source(subnet, false).destination(subnet, true)
                        .protocol(Protocol.UDP).from(SOURCE).masquerade("1024-65535", false),
                Rule.in(Table.NAT, "LIBVIRT_PRT").source(subnet, false).destination(subnet, true).from(SOURCE)
                        .masquerade());
    }
}
