package vnetlab.model;

import java.util.List;

/**
 * Anything a connection can start from or go to: a host, VM, container, pod, node, Service, or the internet.
 *
 * <pre>{@code
 * lab.trace(phone, web, 80)   // phone and web are endpoints
 * }</pre>
 */
public interface Endpoint {

    /** A stable identifier that names this endpoint in a {@link vnetlab.model.snapshot.Snapshot}, e.g. {@code host:laptop}. */
    String id();

    /** The name the learner gave it. */
    String name();

    /**
     * The address others use to reach it.
     *
     * @throws IllegalStateException if it has no address (a container with no network)
     */
    Ipv4 address();

    /** All its addresses, the main one first. */
    default List<Ipv4> addresses() {
        return List.of(address());
    }
}
