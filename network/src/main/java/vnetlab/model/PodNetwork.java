package vnetlab.model;

import java.util.List;
import java.util.Optional;

/**
 * A cluster's pod network: the CNI, the pod range it uses, each node's slice of it, and the pod addresses it hands out.
 */
final class PodNetwork {
    private final Network nodeNetwork;
    private Cni cni;
    private RangeChoice range;
    private int nextBlock;

    PodNetwork(Network nodeNetwork, Cni cni) {
        this.nodeNetwork = nodeNetwork;
        this.cni = cni;
        this.range = RangeChoice.defaultOf(cni);
    }

    Cni cni() {
        return cni;
    }

    RangeChoice range() {
        return range;
    }

    Optional<Cidr> cidr() {
        return range.cidr();
    }

    /** The pod range a switch to this CNI would use: a chosen range stays (except with AWS VPC), a default follows the CNI. */
    RangeChoice rangeWith(Cni newCni) {
        return newCni != Cni.AWS_VPC && range instanceof RangeChoice.Chosen ? range : RangeChoice.defaultOf(newCni);
    }

    /** Switches CNI and range, giving every node a new slice and every pod a new address. */
    void set(Cni newCni, RangeChoice newRange, List<Node> nodes, List<Pod> pods) {
        if (range instanceof RangeChoice.NodeSubnet && nodeNetwork instanceof Lan lan) {
            // AWS VPC CNI gave these pods addresses on the node subnet: they go back to it
            pods.forEach(p -> lan.release(p.address()));
        }
        cni = newCni;
        range = newRange;
        assignBlocks(nodes);
        for (Pod p : pods) {
            p.place(p.node(), address(p.node(), p));
        }
    }

    /** Gives each node its first slice of the pod range. */
    void assignBlocks(List<Node> nodes) {
        nextBlock = 0;
        for (Node n : nodes) {
            n.clearBlocks();
            if (range.cidr().isPresent() && cni.nodePrefix() > 0) {
                n.addBlock(range.cidr().get().subnet(cni.nodePrefix(), nextBlock++));
            }
        }
    }

    /** A free address for a pod on a node: the node's slice; Calico adds blocks; AWS VPC takes one from the node subnet. */
    Ipv4 address(Node node, Pod pod) {
        if (range instanceof RangeChoice.NodeSubnet) {
            return ((Lan) nodeNetwork).nextStatic(10, owner(pod));
        }
        Optional<Ipv4> ip = node.nextPodAddress(owner(pod));
        while (ip.isEmpty()) {
            Cidr pods = range.cidr().orElseThrow();
            if (cni != Cni.CALICO) {
                throw new IllegalStateException("node " + node.name() + " has no free pod address left in " + node.podCidrs()
                        + "; spread pods over more nodes");
            }
            long blocks = 1L << (cni.nodePrefix() - pods.prefix());
            if (nextBlock >= blocks) {
                throw new IllegalStateException("pod range " + pods + " is full; use a larger range with k8s.podCidr(...)");
            }
            node.addBlock(pods.subnet(cni.nodePrefix(), nextBlock++));
            ip = node.nextPodAddress(owner(pod));
        }
        return ip.get();
    }

    void release(Pod pod) {
        if (nodeNetwork instanceof Lan lan && range instanceof RangeChoice.NodeSubnet) {
            lan.release(pod.address());
        } else {
            pod.node().releasePodAddress(pod.address());
        }
    }

    private static String owner(Pod pod) {
        return "pod \"" + pod.name() + "\"";
    }
}
