package vnetlab.model.netfilter;

import java.util.ArrayList;
import java.util.List;
import vnetlab.model.Cidr;
import vnetlab.model.Container;
import vnetlab.model.DockerDriver;
import vnetlab.model.DockerEngine;
import vnetlab.model.DockerNetwork;
import vnetlab.model.Ipv4;
import vnetlab.model.KubernetesCluster;
import vnetlab.model.Machine;
import vnetlab.model.Node;
import vnetlab.model.Pod;
import vnetlab.model.PublishedPort;
import vnetlab.model.Service;
import vnetlab.model.TrafficPolicy;

/**
 * The iptables rules a machine or node would hold, derived from the model: Docker's for its engine, kube-proxy's
 * for a node.
 *
 * <pre>{@code
 * host.iptables()   // *nat … -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80 …
 * }</pre>
 */
public final class Netfilter {

    private Netfilter() {
    }

    /** Docker's rules on a host or VM, or none when it runs no Docker engine. */
    public static Iptables of(Machine machine) {
        return machine.dockerEngine().map(Netfilter::docker).orElse(Iptables.none());
    }

    /** Docker's nat and filter rules for an engine's bridge networks and published ports. */
    public static Iptables docker(DockerEngine engine) {
        List<DockerRules.Bridge> bridges = new ArrayList<>();
        for (DockerNetwork n : engine.networks()) {
            if (n.driver() == DockerDriver.BRIDGE && n.subnet().isPresent()) {
                bridges.add(new DockerRules.Bridge(n.bridge().orElse(n.name()), n.subnet().get().toString()));
            }
        }
        List<DockerRules.Published> published = new ArrayList<>();
        for (Container c : engine.containers()) {
            if (c.hostNetworked()) {
                continue; // GROUND-TRUTH (Docker host driver): published ports are discarded.
            }
            Container.Attachment bridge = c.attachments().stream()
                    .filter(a -> a.network().driver() == DockerDriver.BRIDGE && a.address().isPresent())
                    .findFirst().orElse(null);
            if (bridge == null) {
                continue;
            }
            String device = bridge.network().bridge().orElse(bridge.network().name());
            for (PublishedPort p : c.published()) {
                String hostIp = p.hostIp().equals(Ipv4.ANY) ? "" : p.hostIp().toString();
                published.add(new DockerRules.Published(device, p.protocol().toString(), hostIp, p.hostPort(),
                        bridge.address().get().toString(), p.containerPort()));
            }
        }
        return DockerRules.all(bridges, published);
    }

    /** kube-proxy's nat rules on a node for every Service of its cluster (plus Docker's if the node runs it). */
    public static Iptables of(Node node) {
        KubernetesCluster cluster = node.cluster();
        List<KubeProxyRules.ServicePort> ports = new ArrayList<>();
        for (Service s : cluster.services()) {
            List<KubeProxyRules.Endpoint> endpoints = new ArrayList<>();
            for (Pod p : s.endpoints()) {
                endpoints.add(new KubeProxyRules.Endpoint(p.address().toString(), s.targetPort(), p.node() == node));
            }
            ports.add(new KubeProxyRules.ServicePort(s.namespace() + "/" + s.name(), s.protocol().toString(),
                    s.clusterIp().toString(), s.port(), s.nodePortNumber().orElse(0),
                    s.externalTrafficPolicy() == TrafficPolicy.LOCAL, endpoints));
        }
        String clusterCidr = cluster.podRange().map(Cidr::toString).orElse(cluster.nodeRange().toString());
        return KubeProxyRules.all(ports, clusterCidr);
    }
}
