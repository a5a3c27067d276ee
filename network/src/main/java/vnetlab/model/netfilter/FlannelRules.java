package vnetlab.model.netfilter;

import vnetlab.model.Cidr;

/**
 * The rules flanneld writes on a node (ip-masq on, the default of kube-flannel.yml), from flannel
 * {@code pkg/trafficmngr/iptables/iptables.go} ({@code masqRules}, {@code forwardRules}): no NAT inside the pod
 * network, kube-proxy's marked traffic left to kube-proxy, MASQUERADE for pods leaving the cluster network and for
 * traffic from outside headed into another node's pods.
 */
public final class FlannelRules {

    static final Rule.Origin SOURCE = new Rule.Origin("Flannel", "flannel pkg/trafficmngr/iptables/iptables.go");
    /** The Linux VXLAN port flannel uses (flannel Documentation/backends.md; 4789 is Docker overlay's). */
    public static final int VXLAN_PORT = 8472;
    /** The VXLAN network identifier of flannel.1. */
    public static final int VNI = 1;

    private FlannelRules() {
    }

    /** The rules of the node leasing {@code podSubnet} in a cluster whose pods use {@code clusterCidr}. */
    public static void write(Cidr clusterCidr, Cidr podSubnet, Iptables.Builder b) {
        String masq = "flanneld masq";
        b.append(Rule.in(Table.NAT, "POSTROUTING").comment(masq).from(SOURCE).jump("FLANNEL-POSTRTG"),
                Rule.in(Table.NAT, "FLANNEL-POSTRTG").mark(KubeProxyRules.MASQ_MARK, KubeProxyRules.MASQ_MARK, false)
                        .comment(masq).from(SOURCE).returns(),
                Rule.in(Table.NAT, "FLANNEL-POSTRTG").source(podSubnet, false).destination(clusterCidr, false)
                        .comment(masq).from(SOURCE).returns(),
                Rule.in(Table.NAT, "FLANNEL-POSTRTG").source(clusterCidr, false).destination(podSubnet, false)
                        .comment(masq).from(SOURCE).returns(),
                Rule.in(Table.NAT, "FLANNEL-POSTRTG").source(clusterCidr, true).destination(podSubnet, false)
                        .comment(masq).from(SOURCE).returns(),
                Rule.in(Table.NAT, "FLANNEL-POSTRTG").source(clusterCidr, false)
                        .destination(Cidr.parse("224.0.0.0/4"), true).comment(masq).from(SOURCE)
                        .masquerade("", true),
                Rule.in(Table.NAT, "FLANNEL-POSTRTG").source(clusterCidr, true).destination(clusterCidr, false)
                        .comment(masq).from(SOURCE).masquerade("", true));
        String fwd = "flanneld forward";
        b.append(Rule.in(Table.FILTER, "FORWARD").comment(fwd).from(SOURCE).jump("FLANNEL-FWD"),
                Rule.in(Table.FILTER, "FLANNEL-FWD").source(clusterCidr, false).comment(fwd).from(SOURCE).accept(),
                Rule.in(Table.FILTER, "FLANNEL-FWD").destination(clusterCidr, false).comment(fwd).from(SOURCE).accept());
    }
}
