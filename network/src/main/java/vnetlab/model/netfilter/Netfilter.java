package vnetlab.model.netfilter;

import java.util.Optional;
import vnetlab.model.Cidr;
import vnetlab.model.HypervisorKind;
import vnetlab.model.VirtualNetworkKind;
import vnetlab.model.snapshot.ClusterState;
import vnetlab.model.snapshot.DockerEngineState;
import vnetlab.model.snapshot.HostState;
import vnetlab.model.snapshot.HypervisorState;
import vnetlab.model.snapshot.LanState;
import vnetlab.model.snapshot.NodeState;
import vnetlab.model.snapshot.Snapshot;
import vnetlab.model.snapshot.VirtualNetworkState;

/**
 * The rules of each network namespace of a lab snapshot, from the writers: Docker's for a machine running an engine,
 * libvirt's for a KVM host, kube-proxy's and the CNI's for a node, the SNAT of a LAN's router. The simulator runs
 * these same rule sets; {@code host.iptables()} prints them.
 *
 * <pre>{@code
 * Netfilter.machine(lab.snapshot(), "host:docker-host")   // *raw … *nat … *filter …
 * }</pre>
 */
public final class Netfilter {

    private Netfilter() {
    }

    /** The rules of a host or VM (by endpoint id or name): Docker's and libvirt's, or none. */
    public static Iptables machine(Snapshot s, String machine) {
        Iptables.Builder b = Iptables.builder();
        for (HostState h : s.hosts()) {
            if (h.id().equals(machine) || h.name().equals(machine)) {
                for (HypervisorState hv : h.hypervisors()) {
                    if (hv.kind() == HypervisorKind.KVM) {
                        for (VirtualNetworkState n : hv.networks()) {
                            if (n.kind() == VirtualNetworkKind.NAT) {
                                LibvirtRules.write(n.name(), n.cidr(), b);
                            }
                        }
                    }
                }
            }
        }
        for (DockerEngineState e : s.dockerEngines()) {
            if (e.machineId().equals(machine) || e.machine().equals(machine)) {
                DockerRules.write(e, b);
            }
        }
        return b.build();
    }

    /** The rules of a Kubernetes node: kube-proxy's and the CNI's. */
    public static Iptables node(ClusterState cluster, NodeState node) {
        Iptables.Builder b = Iptables.builder();
        Cidr clusterCidr = cluster.podRange().orElse(cluster.nodeRange());
        KubeProxyRules.write(KubeProxyRules.ports(cluster, node), clusterCidr, b);
        CniRules.write(cluster.cni(), clusterCidr,
                node.podCidrs().isEmpty() ? null : node.podCidrs().get(0), cluster.nodeRange(), node.address(), b);
        return b.build();
    }

    /** The rules of the node with this id or name in a snapshot, if there is one. */
    public static Optional<Iptables> node(Snapshot s, String node) {
        for (ClusterState c : s.clusters()) {
            for (NodeState n : c.nodes()) {
                if (n.id().equals(node)) {
                    return Optional.of(node(c, n));
                }
            }
        }
        return Optional.empty();
    }

    /** The rules of a LAN's router. */
    public static Iptables router(LanState lan) {
        Iptables.Builder b = Iptables.builder();
        RouterRules.write(lan.cidr(), lan.publicAddress(), b);
        return b.build();
    }
}
