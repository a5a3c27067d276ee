package vnetlab.model.snapshot;

import java.util.Optional;

import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;
import vnetlab.model.VirtualNetworkKind;

/**
 * A hypervisor's virtual network.
 *
 * @param name        vboxnet0, VMnet8, virbr0 …
 * @param kind        host-only, NAT or NAT Network
 * @param cidr        its range
 * @param hostAddress the host's address on it, if any
 * @param gateway     the VMs' gateway
 * @param dns         the DNS server VMs are given, if any
 * @param dhcpServer  the DHCP server's address
 * @param dhcpFirst   first DHCP address
 * @param dhcpLast    last DHCP address
 */
public record VirtualNetworkState(String name, VirtualNetworkKind kind, Cidr cidr, Optional<Ipv4> hostAddress, Ipv4 gateway,
        Optional<Ipv4> dns, Ipv4 dhcpServer, Ipv4 dhcpFirst, Ipv4 dhcpLast) {
}
