package vnetlab.model;

import java.util.ArrayList;
import java.util.List;

/** Kubernetes clusters that run in Docker on one machine: kind and minikube. */
final class LocalClusters {
    private LocalClusters() {
    }

    /**
     * A kind or minikube cluster: its nodes are containers of the machine's Docker engine on the network "kind"
     * (the next free pool, usually 172.18.0.0/16) or "minikube" (192.168.49.0/24, node .2).
     */
    static KubernetesCluster create(Topology topology, String name, Machine machine, ClusterFlavour flavour, int count) {
        DockerEngine docker = machine.docker();
        List<String> nodeNames = new ArrayList<>();
        DockerNetwork net;
        String image;
        if (flavour == ClusterFlavour.KIND) {
            // kind: nodes are containers of the kindest/node image on the user-defined network "kind".
            net = docker.network("kind");
            image = "kindest/node:v1.31.0";
            nodeNames.add(name + "-control-plane");
            for (int i = 1; i < count; i++) {
                nodeNames.add(name + "-worker" + (i == 1 ? "" : Integer.toString(i)));
            }
        } else {
            // minikube docker driver: network "minikube" 192.168.49.0/24, the node at 192.168.49.2.
            net = docker.network("minikube", "192.168.49.0/24");
            image = "gcr.io/k8s-minikube/kicbase:v0.0.45";
            nodeNames.add(name);
            for (int i = 2; i <= count; i++) {
                nodeNames.add(name + "-m0" + i);
            }
        }
        KubernetesCluster cluster = new KubernetesCluster(topology, name, net, flavour);
        for (int i = 0; i < nodeNames.size(); i++) {
            Container c = docker.run(nodeNames.get(i), image).on(net);
            if (i == 0) {
                // The API server (6443) is published on the machine's loopback (kind: 127.0.0.1 and a random port).
                c.publish("127.0.0.1", 40000 + (int) (Ids.number("apiserver/" + name) % 10000), 6443);
            }
            boolean schedulable = flavour == ClusterFlavour.MINIKUBE || nodeNames.size() == 1 || i > 0;
            cluster.addNode(nodeNames.get(i), c.address(), i == 0, schedulable, c);
        }
        cluster.finishNodes();
        return cluster;
    }
}
