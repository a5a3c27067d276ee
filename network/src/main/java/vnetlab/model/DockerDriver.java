package vnetlab.model;

import java.util.Locale;

/**
 * The kind of a Docker network, as {@code docker network create --driver} names it.
 *
 * <pre>{@code
 * docker.network("backend").driver()   // BRIDGE
 * }</pre>
 */
public enum DockerDriver {
    /** A Linux bridge on the host (docker0 or br-…), NAT to the outside. */
    BRIDGE,
    /** No network of its own: the container shares the host's stack. */
    HOST,
    /** Loopback only. */
    NONE,
    /** VXLAN across the hosts of a swarm. */
    OVERLAY,
    /** Containers appear on the parent NIC's LAN with their own MACs. */
    MACVLAN,
    /** Containers appear on the parent NIC's LAN sharing the parent's MAC. */
    IPVLAN;

    /** The lowercase driver name, e.g. {@code bridge}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
