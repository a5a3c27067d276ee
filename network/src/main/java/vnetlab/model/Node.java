package vnetlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Kubernetes node: a machine on the cluster's network with its slice of the pod range; pods run on it.
 *
 * <pre>{@code
 * k8s.nodes().get(0)             // node-1 192.168.10.10, pods 10.244.0.0/24
 * k8s.node("node-2").pods()
 * }</pre>
 */
public final class Node implements Endpoint {
    private final KubernetesCluster cluster;
    private final String name;
    private final int index;
    private final Ipv4 address;
    private final boolean controlPlane;
    private final boolean schedulable;
    private final Container container;
    private final List<Cidr> podBlocks = new ArrayList<>();
    private final List<AddressBook> books = new ArrayList<>();
    private final List<Pod> pods = new ArrayList<>();

    Node(KubernetesCluster cluster, String name, int index, Ipv4 address, boolean controlPlane, boolean schedulable,
            Container container) {
        this.cluster = cluster;
        this.name = name;
        this.index = index;
        this.address = address;
        this.controlPlane = controlPlane;
        this.schedulable = schedulable;
        this.container = container;
    }

    /**
     * The netfilter rules this node holds, as {@code iptables-save} prints them: kube-proxy's (iptables mode) nat and
     * filter chains — KUBE-SERVICES, KUBE-SVC, KUBE-SEP, KUBE-EXT, KUBE-NODEPORTS, KUBE-POSTROUTING, KUBE-FORWARD … —
     * and the CNI's (Flannel's FLANNEL-POSTRTG, FLANNEL-FWD). The simulator runs these same rules.
     *
     * <pre>{@code
     * k8s.nodes().get(0).iptables()   // *nat … -A KUBE-SERVICES … -j KUBE-SVC-…
     * }</pre>
     */
    public vnetlab.model.netfilter.Iptables iptables() {
        return vnetlab.model.netfilter.Netfilter.node(cluster.topology().snapshot(), id())
                .orElse(vnetlab.model.netfilter.Iptables.none());
    }

    @Override
    public String id() {
        return "node:" + cluster.name() + "/" + name;
    }

    @Override
    public String name() {
        return name;
    }

    /** Its address on the cluster's network (a LAN, or a Docker network for kind and minikube). */
    @Override
    public Ipv4 address() {
        return address;
    }

    /** The cluster it belongs to. */
    public KubernetesCluster cluster() {
        return cluster;
    }

    /** 0 for the first node. */
    public int index() {
        return index;
    }

    /** Whether it runs the control plane (API server, scheduler). */
    public boolean controlPlane() {
        return controlPlane;
    }

    /** Whether pods are scheduled on it (a tainted control plane takes none). */
    public boolean schedulable() {
        return schedulable;
    }

    /** For kind and minikube: the Docker container that is this node. */
    public Optional<Container> container() {
        return Optional.ofNullable(container);
    }

    /** Its first slice of the pod range (e.g. 10.244.1.0/24); empty with AWS VPC CNI, whose pods use the node subnet. */
    public Optional<Cidr> podCidr() {
        return podBlocks.stream().findFirst();
    }

    /** All its slices of the pod range (Calico adds /26 blocks as pods arrive). */
    public List<Cidr> podCidrs() {
        return List.copyOf(podBlocks);
    }

    /** The pods running on it. */
    public List<Pod> pods() {
        return List.copyOf(pods);
    }

    // ---- used by the cluster ----

    int podCount() {
        return pods.size();
    }

    void clearBlocks() {
        podBlocks.clear();
        books.clear();
    }

    void addBlock(Cidr block) {
        podBlocks.add(block);
        AddressBook book = new AddressBook(name + " pods", block);
        // Bridge-style CNIs put the node's own pod gateway (cni0, cilium_host) at the block's first address.
        book.claim(block.firstHost(), "the node's pod gateway");
        books.add(book);
    }

    /** The next free pod address in its blocks, or empty if they are full. */
    Optional<Ipv4> nextPodAddress(String owner) {
        for (AddressBook book : books) {
            Cidr c = book.cidr();
            try {
                return Optional.of(book.next(c.firstHost().plus(1), c.lastHost(), owner));
            } catch (IllegalStateException full) {
                // try the next block
            }
        }
        return Optional.empty();
    }

    void releasePodAddress(Ipv4 ip) {
        books.forEach(b -> b.release(ip));
    }

    void add(Pod pod) {
        pods.add(pod);
    }

    void remove(Pod pod) {
        pods.remove(pod);
    }

    /** {@code node node-1 192.168.10.10 (control plane), pods 10.244.0.0/24, 2 pods}. */
    @Override
    public String toString() {
        return "node " + name + " " + address + (controlPlane ? " (control plane)" : "")
                + podCidr().map(c -> ", pods " + c).orElse(", pods from the node subnet") + ", " + Topology.count(pods.size(), "pod");
    }
}
