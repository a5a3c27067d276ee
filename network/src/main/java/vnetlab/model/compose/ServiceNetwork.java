package vnetlab.model.compose;

import java.util.List;
import java.util.Optional;

import vnetlab.model.Ipv4;

/**
 * A service's place on one network: {@code services.web.networks.backend} with its aliases and fixed address.
 *
 * @param key     the network's key in the file
 * @param aliases extra DNS names on that network
 * @param ipv4    {@code ipv4_address}, if fixed
 * @param where   where it is written
 */
public record ServiceNetwork(String key, List<String> aliases, Optional<Ipv4> ipv4, String where) {
    /** Copies the list. */
    public ServiceNetwork {
        aliases = List.copyOf(aliases);
    }
}
