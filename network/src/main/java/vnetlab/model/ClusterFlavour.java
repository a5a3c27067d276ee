package vnetlab.model;

/**
 * How a Kubernetes cluster was made; each tool has its own default ranges.
 *
 * <pre>{@code
 * dc.kubernetes("shop", 3)     // KUBEADM: services 10.96.0.0/12
 * laptop.kind("dev", 2)        // KIND: nodes are containers, services 10.96.0.0/16
 * laptop.minikube("mini")      // MINIKUBE: node 192.168.49.2
 * }</pre>
 */
public enum ClusterFlavour {
    /** kubeadm: service subnet 10.96.0.0/12 (kubeadm default); no pod range of its own, the CNI's is used. */
    KUBEADM("kubeadm", "10.96.0.0/12", Cni.FLANNEL),
    /** kind: pods 10.244.0.0/16, services 10.96.0.0/16, nodes are Docker containers on the "kind" network. */
    KIND("kind", "10.96.0.0/16", Cni.KINDNET),
    /** minikube (docker driver): node 192.168.49.2, services 10.96.0.0/12, pods 10.244.0.0/16. */
    MINIKUBE("minikube", "10.96.0.0/12", Cni.KINDNET);

    private final String label;
    private final Cidr serviceRange;
    private final Cni defaultCni;

    ClusterFlavour(String label, String serviceRange, Cni defaultCni) {
        this.label = label;
        this.serviceRange = Cidr.parse(serviceRange);
        this.defaultCni = defaultCni;
    }

    /** The tool's name. */
    public String label() {
        return label;
    }

    /** Its default service range. */
    public Cidr serviceRange() {
        return serviceRange;
    }

    /** The CNI it starts with. */
    public Cni defaultCni() {
        return defaultCni;
    }

    @Override
    public String toString() {
        return label;
    }
}
