package vnetlab.model.snapshot;

import vnetlab.model.Ipv4;

/**
 * The ingress controller (ingress-nginx).
 *
 * @param service its LoadBalancer Service's id
 * @param address its external address
 */
public record IngressControllerState(String service, Ipv4 address) {
}
