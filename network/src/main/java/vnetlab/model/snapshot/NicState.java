package vnetlab.model.snapshot;

import vnetlab.model.Ipv4;
import vnetlab.model.Mac;

/**
 * A host NIC.
 *
 * @param name    eth0, eth1 …
 * @param mac     its MAC
 * @param lan     the LAN's name
 * @param address its address
 * @param dhcp    whether the address came from DHCP
 */
public record NicState(String name, Mac mac, String lan, Ipv4 address, boolean dhcp) {
}
