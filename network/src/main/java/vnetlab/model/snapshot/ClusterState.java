package vnetlab.model.snapshot;

import java.util.List;
import java.util.Optional;

import vnetlab.model.Cidr;
import vnetlab.model.ClusterFlavour;
import vnetlab.model.Cni;
import vnetlab.model.Ipv4;

/**
 * A Kubernetes cluster.
 *
 * @param id                {@code cluster:<name>}
 * @param name              its name
 * @param flavour           kubeadm, kind, minikube
 * @param cni               its CNI (see {@link Cni#overlay()})
 * @param network           the name of the LAN or Docker network its nodes are on
 * @param nodeRange         that network's range
 * @param podRange          the pod range (empty with AWS VPC CNI: pods use the node subnet)
 * @param serviceRange      the service range
 * @param dns               cluster DNS (kube-dns), e.g. 10.96.0.10
 * @param apiServer         the kubernetes Service, e.g. 10.96.0.1
 * @param nodePortFirst     30000
 * @param nodePortLast      32767
 * @param mustReach         networks it must reach
 * @param nodes             its nodes
 * @param pods              its pods
 * @param services          its Services
 * @param ingresses         its Ingresses
 * @param ingressController the ingress controller, if installed
 * @param policies        its NetworkPolicies (enforced only by a CNI that enforces them)
 * @param namespaceLabels each namespace's labels, kubernetes.io/metadata.name included
 */
public record ClusterState(String id, String name, ClusterFlavour flavour, Cni cni, String network, Cidr nodeRange,
        Optional<Cidr> podRange, Cidr serviceRange, Ipv4 dns, Ipv4 apiServer, int nodePortFirst, int nodePortLast,
        List<Cidr> mustReach, List<NodeState> nodes, List<PodState> pods, List<ServiceState> services,
        List<IngressState> ingresses, Optional<IngressControllerState> ingressController,
        List<vnetlab.model.NetworkPolicy> policies, java.util.Map<String, java.util.Map<String, String>> namespaceLabels) {
    /** Copies the lists. */
    public ClusterState {
        mustReach = List.copyOf(mustReach);
        nodes = List.copyOf(nodes);
        pods = List.copyOf(pods);
        services = List.copyOf(services);
        ingresses = List.copyOf(ingresses);
        policies = List.copyOf(policies);
        namespaceLabels = java.util.Map.copyOf(namespaceLabels);
    }
}
