package vnetlab.model.snapshot;

import vnetlab.model.Ipv4;

/**
 * A named server on the internet.
 *
 * @param id      {@code internet:<name>}
 * @param name    its name (also its public DNS name)
 * @param address its public address
 */
public record InternetHostState(String id, String name, Ipv4 address) {
}
