package vnetlab.model.compose;

import java.util.Optional;

import vnetlab.model.Cidr;
import vnetlab.model.DockerDriver;
import vnetlab.model.Ipv4;

/**
 * A top-level network of a Compose file (compose-spec 06-networks.md), or the project's {@code default}.
 *
 * <pre>{@code
 * networks:
 *   backend:                      # key "backend", Docker name "shop_backend"
 *     internal: true
 *     ipam: {config: [{subnet: 10.5.0.0/24, gateway: 10.5.0.1}]}
 * }</pre>
 *
 * @param key      the key services use, e.g. {@code backend} or {@code default}
 * @param name     the Docker network's name: {@code <project>_<key>}, or {@code name:}
 * @param driver   bridge (the default), overlay, macvlan, ipvlan, host or none
 * @param internal {@code internal: true}: no way out and no published ports
 * @param external {@code external: true}: the network exists already, Compose does not create it
 * @param subnet   {@code ipam.config[0].subnet}
 * @param gateway  {@code ipam.config[0].gateway}
 * @param parent   {@code driver_opts.parent} of macvlan/ipvlan
 * @param where    where it is declared
 */
public record ComposeNetwork(String key, String name, DockerDriver driver, boolean internal, boolean external,
        Optional<Cidr> subnet, Optional<Ipv4> gateway, Optional<String> parent, String where) {
}
