package vnetlab.model.compose;

import java.util.Optional;

/**
 * A service's {@code network_mode}: its own networks (absent), {@code host}, {@code none}, or the network stack of
 * another service ({@code service:db}) or container ({@code container:vpn}).
 *
 * @param kind   what the mode is
 * @param target the service or container whose stack it shares
 */
public record NetworkMode(Kind kind, Optional<String> target) {
    /** The kinds of network_mode. */
    public enum Kind {
        /** No network_mode: the service's networks (or default). */
        NETWORKS,
        /** {@code host}: the host's stack. */
        HOST,
        /** {@code none}: loopback only. */
        NONE,
        /** {@code bridge}: Docker's default bridge (docker0), with no name resolution. */
        BRIDGE,
        /** {@code service:x}: the stack of service x's container. */
        SERVICE,
        /** {@code container:x}: the stack of container x. */
        CONTAINER
    }

    /** No network_mode. */
    public static final NetworkMode NETWORKS = new NetworkMode(Kind.NETWORKS, Optional.empty());

    /** As Compose writes it, e.g. {@code service:db}. */
    @Override
    public String toString() {
        return switch (kind) {
            case NETWORKS -> "";
            case HOST -> "host";
            case NONE -> "none";
            case BRIDGE -> "bridge";
            case SERVICE -> "service:" + target.orElseThrow();
            case CONTAINER -> "container:" + target.orElseThrow();
        };
    }
}
