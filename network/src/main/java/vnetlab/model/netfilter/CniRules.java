package vnetlab.model.netfilter;

import vnetlab.model.Cidr;
import vnetlab.model.Cni;

/**
 * The CNI's own masquerade for pods leaving the pod network, per CNI: Flannel's (see {@link FlannelRules}), kind's and
 * minikube's kindnet ({@code KIND-MASQ-AGENT}, kindnet's ip-masq-agent: pod range exempt, everything else not LOCAL
 * masqueraded). Calico's natOutgoing and Cilium's masquerade match on ipsets and eBPF maps in the real CNIs; here
 * they are written as the one plain rule they amount to for a single pod pool (a simplification, said in the
 * comment). The AWS VPC CNI SNATs to the node's primary address outside the VPC.
 */
public final class CniRules {

    private CniRules() {
    }

    /** The CNI rules of a node leasing {@code podSubnet}; {@code nodeRange} is the node network (AWS VPC). */
    public static void write(Cni cni, Cidr clusterCidr, Cidr podSubnet, Cidr nodeRange,
                             vnetlab.model.Ipv4 nodeAddress, Iptables.Builder b) {
        if (cni == Cni.KINDNET) {
            Rule.Origin kindnet = new Rule.Origin("kindnet", "kubernetes-sigs/kind images/kindnetd (ip-masq-agent)");
            b.append(Rule.in(Table.NAT, "POSTROUTING").localDestination(true)
                            .comment("kind-masq-agent: ensure nat POSTROUTING directs all non-LOCAL destination traffic "
                                    + "to our custom KIND-MASQ-AGENT chain").from(kindnet).jump("KIND-MASQ-AGENT"),
                    Rule.in(Table.NAT, "KIND-MASQ-AGENT").destination(clusterCidr, false)
                            .comment("kind-masq-agent: local traffic is not subject to MASQUERADE").from(kindnet)
                            .returns(),
                    Rule.in(Table.NAT, "KIND-MASQ-AGENT")
                            .comment("kind-masq-agent: outbound traffic is subject to MASQUERADE (must be last in "
                                    + "chain)").from(kindnet).masquerade());
            return;
        }
        switch (cni) {
            case FLANNEL -> {
                if (podSubnet != null) {
                    FlannelRules.write(clusterCidr, podSubnet, b);
                }
            }
            case AWS_VPC -> b.append(Rule.in(Table.NAT, "POSTROUTING").destination(nodeRange, true)
                    .comment("AWS SNAT CHAIN").localDestination(true)
                    .from(new Rule.Origin("AWS VPC CNI", "aws/amazon-vpc-cni-k8s pkg/networkutils/network.go"))
                    .snat(nodeAddress));
            default -> b.append(Rule.in(Table.NAT, "POSTROUTING").source(clusterCidr, false)
                    .destination(clusterCidr, true)
                    .comment(cni.label() + " natOutgoing (one pool; the real rule matches ipsets)")
                    .from(new Rule.Origin(cni.label(), cni == Cni.CALICO ? "projectcalico/calico felix/rules/nat.go"
                            : "cilium/cilium pkg/datapath/iptables/iptables.go")).masquerade("", true));
        }
    }
}
