package vnetlab.model.snapshot;

import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;

/**
 * A LAN: its range, the router (which NATs to the public address) and the DHCP pool.
 *
 * @param name          its name
 * @param cidr          its range
 * @param router        the router's LAN address (the first address)
 * @param publicAddress the router's public address (RFC 5737)
 * @param dhcpFirst     first DHCP address
 * @param dhcpLast      last DHCP address
 */
public record LanState(String name, Cidr cidr, Ipv4 router, Ipv4 publicAddress, Ipv4 dhcpFirst, Ipv4 dhcpLast) {
}
