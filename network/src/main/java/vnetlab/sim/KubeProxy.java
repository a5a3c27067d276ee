package vnetlab.sim;

import vnetlab.model.Cidr;

/**
 * A cluster as the routing decision needs it: its name, the realm of its pod networks, the pod and Service ranges
 * (a ClusterIP means nothing outside the cluster). kube-proxy's rules themselves are in each node's netfilter model.
 */
final class KubeProxy {

    final String cluster;
    /** The realm of the cluster's pod networks (see {@link Segment#realm}). */
    final String realm;
    final Cidr podCidr;
    final Cidr serviceCidr;

    KubeProxy(String cluster, String realm, Cidr podCidr, Cidr serviceCidr) {
        this.cluster = cluster;
        this.realm = realm;
        this.podCidr = podCidr;
        this.serviceCidr = serviceCidr;
    }
}
