package vnetlab.model.snapshot;

import java.util.List;

import vnetlab.model.Ipv4;

/**
 * Any endpoint, uniformly: where a trace can start or end.
 *
 * @param id        e.g. {@code host:laptop}, {@code vm:web}, {@code container:host:docker-host/web}, {@code pod:shop/default/…},
 *                  {@code service:shop/default/shop}, {@code node:shop/node-1}, {@code internet:example.com},
 *                  {@code internet}
 * @param kind      host, vm, container, node, pod, service, internet-host, internet
 * @param name      its name
 * @param addresses its addresses, the main one first
 */
public record EndpointState(String id, String kind, String name, List<Ipv4> addresses) {
    /** Copies the list. */
    public EndpointState {
        addresses = List.copyOf(addresses);
    }
}
