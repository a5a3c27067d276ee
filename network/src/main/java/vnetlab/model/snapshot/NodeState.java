package vnetlab.model.snapshot;

import java.util.List;
import java.util.Optional;

import vnetlab.model.Cidr;
import vnetlab.model.Ipv4;

/**
 * A Kubernetes node.
 *
 * @param id           {@code node:<cluster>/<name>}
 * @param name         its name
 * @param address      its address on the cluster's network
 * @param controlPlane whether it runs the control plane
 * @param schedulable  whether pods run on it
 * @param podCidrs     its slices of the pod range (empty with AWS VPC CNI)
 * @param container    for kind/minikube, the id of the container that is this node
 */
public record NodeState(String id, String name, Ipv4 address, boolean controlPlane, boolean schedulable, List<Cidr> podCidrs,
        Optional<String> container) {
    /** Copies the list. */
    public NodeState {
        podCidrs = List.copyOf(podCidrs);
    }
}
