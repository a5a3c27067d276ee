package vnetlab.model;

import java.util.Optional;

/**
 * The CNI plugin of a Kubernetes cluster: it decides the pod range, each node's slice of it, and how pods on
 * different nodes reach each other.
 *
 * <pre>{@code
 * dc.kubernetes("shop", 3).cni(FLANNEL)   // pods 10.244.0.0/16, a /24 per node, VXLAN between nodes
 * dc.kubernetes("shop", 3).cni(AWS_VPC)   // pods take addresses from the nodes' own subnet, no overlay
 * }</pre>
 */
public enum Cni {
    /** Flannel: VXLAN overlay, 10.244.0.0/16 with a /24 per node (Flannel's kube-flannel.yml net-conf.json). */
    FLANNEL("Flannel", "10.244.0.0/16", 24, "VXLAN overlay"),
    /** Calico: routed with BGP, default IP pool 192.168.0.0/16 in blocks of /26 (Calico IPPool blockSize default 26). */
    CALICO("Calico", "192.168.0.0/16", 26, "routed (BGP), no encapsulation"),
    /** Cilium: eBPF, default cluster-pool 10.0.0.0/8 with a /24 per node; it overlaps a company's 10.0.0.0/8. */
    CILIUM("Cilium", "10.0.0.0/8", 24, "eBPF, VXLAN overlay"),
    /** AWS VPC CNI: pods take addresses from the nodes' VPC subnet; no overlay. */
    AWS_VPC("AWS VPC CNI", null, 0, "VPC routing, no overlay"),
    /** kind's kindnet: 10.244.0.0/16 with a /24 per node, routes between the node containers. */
    KINDNET("kindnet", "10.244.0.0/16", 24, "routes between nodes");

    private final String label;
    private final Cidr defaultPodRange;
    private final int nodePrefix;
    private final String datapath;

    Cni(String label, String defaultPodRange, int nodePrefix, String datapath) {
        this.label = label;
        this.defaultPodRange = defaultPodRange == null ? null : Cidr.parse(defaultPodRange);
        this.nodePrefix = nodePrefix;
        this.datapath = datapath;
    }

    /**
     * Whether it enforces NetworkPolicies. Calico (Felix) and Cilium do; Flannel does not (its README: "Flannel is
     * focused on networking. For network policy, other projects such as Calico can be used"), so policies are kept by
     * the API server and drop nothing. AWS VPC CNI only with its network policy agent turned on (off by default);
     * kindnet is taken as not enforcing (kind's docs long pointed to Calico for policies; newer kindnet releases add
     * them).
     */
    public boolean enforcesNetworkPolicy() {
        return this == CALICO || this == CILIUM;
    }

    /** Its product name, e.g. {@code Flannel}. */
    public String label() {
        return label;
    }

    /** Its default pod range; empty for AWS VPC CNI, whose pods use the node subnet. */
    public Optional<Cidr> defaultPodRange() {
        return Optional.ofNullable(defaultPodRange);
    }

    /** The prefix length of each node's slice (24 for Flannel and Cilium, 26-blocks for Calico; 0 = no slices). */
    public int nodePrefix() {
        return nodePrefix;
    }

    /** How pods on different nodes reach each other, in words. */
    public String datapath() {
        return datapath;
    }

    /** Whether pod traffic between nodes is encapsulated (Flannel, Cilium). */
    public boolean overlay() {
        return this == FLANNEL || this == CILIUM;
    }

    @Override
    public String toString() {
        return label;
    }
}
