package vnetlab.model;

import java.util.List;

/**
 * Checks a Kubernetes cluster's node, pod and service ranges against each other and the networks it must reach
 * (GROUND-TRUTH.md: the three ranges must not overlap), and suggests free ranges in the messages.
 */
final class RangeCheck {
    private final String clusterName;
    private final String networkName;
    private final Cidr nodeRange;
    private final int nodeCount;

    RangeCheck(String clusterName, String networkName, Cidr nodeRange, int nodeCount) {
        this.clusterName = clusterName;
        this.networkName = networkName;
        this.nodeRange = nodeRange;
        this.nodeCount = nodeCount;
    }

    /** Throws at the first overlap or a pod range too small for the nodes; {@code fixCall} starts the suggested call. */
    void check(Cni c, Cidr pods, Cidr svcs, List<Cidr> reach, String podOrigin, String fixCall) {
        String cluster = "cluster \"" + clusterName + "\"";
        if (pods != null) {
            String label = "pod range " + pods + " (" + podOrigin + ")";
            String fix = "; choose another with " + fixCall + "\"" + suggest(List.of("10.244.0.0/16", "172.20.0.0/16", "192.168.0.0/16",
                    "100.64.0.0/16"), svcs, reach) + "\")";
            if (pods.overlaps(nodeRange)) {
                throw new IllegalArgumentException(label + " overlaps the node network " + networkName + " (" + nodeRange + ")" + fix);
            }
            if (pods.overlaps(svcs)) {
                throw new IllegalArgumentException(label + " overlaps the service range " + svcs + fix);
            }
            for (Cidr r : reach) {
                if (pods.overlaps(r)) {
                    throw new IllegalArgumentException(label + " overlaps " + r + ", which " + cluster + " must reach" + fix);
                }
            }
            int slice = c.nodePrefix();
            if (slice > 0 && (pods.prefix() > slice || (1L << Math.min(31, slice - pods.prefix())) < nodeCount)) {
                long room = pods.prefix() > slice ? 0 : 1L << Math.min(31, slice - pods.prefix());
                throw new IllegalArgumentException(label + " has room for " + room + " /" + slice + " node slices, but " + cluster
                        + " has " + Topology.count(nodeCount, "node") + "; use a larger range, e.g. a /16");
            }
        }
        String svcFix = "; choose another with k8s.serviceCidr(\"" + suggestService(pods, reach) + "\")";
        if (svcs.overlaps(nodeRange)) {
            throw new IllegalArgumentException("service range " + svcs + " overlaps the node network " + networkName + " ("
                    + nodeRange + ")" + svcFix);
        }
        for (Cidr r : reach) {
            if (svcs.overlaps(r)) {
                throw new IllegalArgumentException("service range " + svcs + " overlaps " + r + ", which " + cluster + " must reach" + svcFix);
            }
        }
    }

    private String suggest(List<String> candidates, Cidr svcs, List<Cidr> reach) {
        for (String c : candidates) {
            Cidr r = Cidr.parse(c);
            if (!r.overlaps(nodeRange) && !r.overlaps(svcs) && reach.stream().noneMatch(r::overlaps)) {
                return c;
            }
        }
        return "100.64.0.0/16";
    }

    String suggestService(Cidr pods, List<Cidr> reach) {
        for (String c : List.of("10.96.0.0/12", "172.30.0.0/16", "100.96.0.0/16")) {
            Cidr r = Cidr.parse(c);
            if (!r.overlaps(nodeRange) && (pods == null || !r.overlaps(pods)) && reach.stream().noneMatch(r::overlaps)) {
                return c;
            }
        }
        return "100.96.0.0/16";
    }
}
