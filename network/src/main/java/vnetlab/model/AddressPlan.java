package vnetlab.model;

import java.util.List;

/**
 * A Kubernetes cluster's address plan: the node, pod and service ranges, each node's pod slice, cluster DNS, the
 * networks it must reach, and every overlap found (also with the lab's other LANs).
 *
 * <pre>{@code
 * var plan = k8s.addressPlan();
 * plan.podRange()     // 10.244.0.0/16
 * plan.overlaps()     // [] when the ranges are apart
 * }</pre>
 *
 * @param cluster      the cluster's name
 * @param nodeNetwork  the name of the network the nodes are on
 * @param nodeRange    the nodes' range
 * @param podRange     the pod range (the node range itself with AWS VPC CNI)
 * @param podSource    where the pod range comes from, e.g. "Flannel's default"
 * @param serviceRange the service range
 * @param dns          cluster DNS, the service range's 10th address
 * @param nodes        each node's address and pod slices
 * @param mustReach    networks the cluster must reach
 * @param overlaps     overlaps found; empty when the plan is sound
 */
public record AddressPlan(String cluster, String nodeNetwork, Cidr nodeRange, Cidr podRange, String podSource, Cidr serviceRange,
        Ipv4 dns, List<NodeSlice> nodes, List<Cidr> mustReach, List<Overlap> overlaps) {

    /** Copies the lists. */
    public AddressPlan {
        nodes = List.copyOf(nodes);
        mustReach = List.copyOf(mustReach);
        overlaps = List.copyOf(overlaps);
    }

    /**
     * One node's address and its slices of the pod range.
     *
     * @param node    the node's name
     * @param address its address
     * @param pods    its pod slices (empty with AWS VPC CNI)
     */
    public record NodeSlice(String node, Ipv4 address, List<Cidr> pods) {
        /** Copies the list. */
        public NodeSlice {
            pods = List.copyOf(pods);
        }
    }

    /**
     * Two ranges that share addresses, and what that breaks.
     *
     * @param first       what the first range is, e.g. "pod range"
     * @param firstRange  the first range
     * @param second      what the second range is, e.g. "LAN office"
     * @param secondRange the second range
     */
    public record Overlap(String first, Cidr firstRange, String second, Cidr secondRange) {
        /** {@code pod range 10.0.0.0/8 overlaps LAN office 10.1.0.0/24}. */
        @Override
        public String toString() {
            return first + " " + firstRange + " overlaps " + second + " " + secondRange;
        }
    }

    /** Whether no overlap was found. */
    public boolean ok() {
        return overlaps.isEmpty();
    }

    static AddressPlan of(KubernetesCluster k8s) {
        Cidr pods = k8s.podRange().orElse(k8s.nodeRange());
        List<NodeSlice> slices = k8s.nodes().stream().map(n -> new NodeSlice(n.name(), n.address(), n.podCidrs())).toList();
        return new AddressPlan(k8s.name(), k8s.network().name(), k8s.nodeRange(), pods, k8s.podRangeOrigin(), k8s.serviceRange(),
                k8s.dns(), slices, k8s.mustReachRanges(), k8s.overlaps());
    }

    /** A small text table: ranges, node slices, then "no overlaps" or each overlap. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("address plan of cluster ").append(cluster).append('\n');
        b.append(String.format("  %-9s %-18s %s%n", "nodes", nodeRange, "network " + nodeNetwork));
        b.append(String.format("  %-9s %-18s %s%n", "pods", podRange, podSource));
        b.append(String.format("  %-9s %-18s %s%n", "services", serviceRange, "DNS " + dns));
        for (NodeSlice n : nodes) {
            b.append(String.format("    %-14s %-15s pods %s%n", n.node(), n.address(), n.pods().isEmpty() ? "from the node subnet"
                    : String.join(", ", n.pods().stream().map(Cidr::toString).toList())));
        }
        for (Cidr r : mustReach) {
            b.append("  must reach ").append(r).append('\n');
        }
        if (overlaps.isEmpty()) {
            b.append("  no overlaps");
        } else {
            for (Overlap o : overlaps) {
                b.append("  OVERLAP: ").append(o).append('\n');
            }
            b.setLength(b.length() - 1);
        }
        return b.toString();
    }
}
