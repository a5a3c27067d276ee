package vnetlab.model.snapshot;

import java.util.Optional;

import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;
import vnetlab.model.Mac;
import vnetlab.model.NicMode;

/**
 * A VM NIC and how it is wired.
 *
 * <p>For VirtualBox NAT, {@code network} is "NAT": each NIC has its own NAT engine (NIC n: 10.0.(n+1).0/24, guest .15,
 * gateway .2, DNS .3). For bridged NICs it is the LAN's name; otherwise the virtual network's name.
 *
 * @param index   1 for the first NIC
 * @param mode    NAT, NAT Network, bridged or host-only
 * @param network the LAN, virtual network, or "NAT"
 * @param mac     its MAC
 * @param address the guest's address
 * @param subnet  the guest's subnet
 * @param gateway the guest's gateway
 * @param dns     the guest's DNS server, if any
 */
public record VmNicState(int index, NicMode mode, String network, Mac mac, Ipv4 address, Cidr subnet, Ipv4 gateway,
        Optional<Ipv4> dns) {
}
