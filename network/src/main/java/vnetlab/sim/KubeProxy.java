package vnetlab.sim;

import java.util.List;
import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;
import vnetlab.model.netfilter.KubeProxyRules;

/** A cluster's Service table as kube-proxy holds it on every node; the DNAT stage of a node consults it. */
final class KubeProxy {

    /** One endpoint: a pod's address and port, the pod and the node it runs on. */
    record Endpoint(Ipv4 ip, int port, Station pod, Station node, KubeProxyRules.Endpoint rule) {
    }

    /** One Service port with its endpoints. */
    record ServicePort(String service, Ipv4 clusterIp, int port, int nodePort, boolean local,
                       List<Endpoint> endpoints, KubeProxyRules.ServicePort rules) {
    }

    final String cluster;
    /** The realm of the cluster's pod networks (see {@link Segment#realm}). */
    final String realm;
    final Cidr podCidr;
    final Cidr serviceCidr;
    final List<ServicePort> ports;

    KubeProxy(String cluster, String realm, Cidr podCidr, Cidr serviceCidr, List<ServicePort> ports) {
        this.cluster = cluster;
        this.realm = realm;
        this.podCidr = podCidr;
        this.serviceCidr = serviceCidr;
        this.ports = List.copyOf(ports);
    }

    ServicePort byClusterIp(Packet p) {
        for (ServicePort sp : ports) {
            if (sp.clusterIp().bits() == p.destination().bits() && sp.port() == p.destinationPort()) {
                return sp;
            }
        }
        return null;
    }

    ServicePort byNodePort(Packet p) {
        for (ServicePort sp : ports) {
            if (sp.nodePort() > 0 && sp.nodePort() == p.destinationPort()) {
                return sp;
            }
        }
        return null;
    }
}
