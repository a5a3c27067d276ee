package vnetlab.model;

import java.util.Optional;

/**
 * A computer with an operating system that can run a Docker engine: a physical {@link Host} or a {@link Vm}.
 *
 * <pre>{@code
 * Machine m = vbox.vm("build");
 * m.docker().run("ci", "jenkins/jenkins")   // Docker inside a VM
 * }</pre>
 */
public abstract sealed class Machine implements Endpoint permits Host, Vm {
    final Topology topology;
    private final String name;
    private DockerEngine docker;

    Machine(Topology topology, String name) {
        this.topology = topology;
        this.name = name;
    }

    @Override
    public final String name() {
        return name;
    }

    /**
     * Creates or returns the Docker engine on this machine, with its default bridge docker0 (172.17.0.0/16).
     *
     * <pre>{@code
     * var docker = host.docker();   // docker0: 172.17.0.0/16, gateway 172.17.0.1
     * }</pre>
     */
    public DockerEngine docker() {
        if (docker == null) {
            docker = new DockerEngine(topology, this);
            topology.record(new DockerStep.DockerStartStep(id()));
        }
        return docker;
    }

    /** The Docker engine, if {@link #docker()} was called. */
    public Optional<DockerEngine> dockerEngine() {
        return Optional.ofNullable(docker);
    }

    /**
     * Creates or returns a kind cluster on this machine: its nodes are Docker containers on the network "kind"
     * ({@code <name>-control-plane}, {@code <name>-worker}, {@code <name>-worker2} …); pods 10.244.0.0/16, services
     * 10.96.0.0/16.
     *
     * <pre>{@code
     * var dev = laptop.kind("dev", 3);   // a control plane and two workers
     * }</pre>
     *
     * @throws IllegalArgumentException for fewer than 1 or more than 50 nodes, or a name taken with other settings
     */
    public KubernetesCluster kind(String clusterName, int nodes) {
        return dockerCluster(clusterName, nodes, ClusterFlavour.KIND);
    }

    /**
     * Creates or returns a minikube cluster (docker driver) on this machine: one node at 192.168.49.2 on the Docker
     * network "minikube"; services 10.96.0.0/12, pods 10.244.0.0/16.
     *
     * <pre>{@code
     * var mini = laptop.minikube("minikube");
     * }</pre>
     */
    public KubernetesCluster minikube(String clusterName) {
        return dockerCluster(clusterName, 1, ClusterFlavour.MINIKUBE);
    }

    private KubernetesCluster dockerCluster(String clusterName, int nodes, ClusterFlavour flavour) {
        // its nodes are containers named after the cluster, so the name must suit Docker
        Texts.dockerName("a " + flavour.label() + " cluster", clusterName);
        KubernetesCluster existing = topology.existingCluster(clusterName).orElse(null);
        if (existing != null) {
            boolean same = existing.flavour() == flavour && existing.nodes().size() == nodes
                    && existing.nodes().get(0).container().map(c -> c.engine().machine() == this).orElse(false);
            if (!same) {
                throw new IllegalArgumentException("Kubernetes cluster \"" + clusterName + "\" already exists as " + existing.flavour()
                        + " with " + Topology.count(existing.nodes().size(), "node") + " on " + existing.network().name()
                        + "; use another name");
            }
            return existing;
        }
        if (nodes < 1 || nodes > 50) {
            throw new IllegalArgumentException("a " + flavour.label() + " cluster needs 1..50 nodes, not " + nodes);
        }
        KubernetesCluster cluster = topology.quietly(() -> LocalClusters.create(topology, clusterName, this, flavour, nodes));
        topology.registerCluster(cluster);
        if (flavour == ClusterFlavour.KIND) {
            topology.record(new KubernetesStep.KindStep(id(), clusterName, nodes));
        } else {
            topology.record(new KubernetesStep.MinikubeStep(id(), clusterName));
        }
        return cluster;
    }

    /**
     * The netfilter rules this machine holds, as {@code iptables-save} prints them and {@code iptables-restore} loads
     * them: Docker Engine 28's chains when it runs Docker, libvirt's for a KVM host, none otherwise. The simulator runs
     * these same rules.
     *
     * <pre>{@code
     * host.iptables()   // *nat … -A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
     * }</pre>
     */
    public vnetlab.model.netfilter.Iptables iptables() {
        return vnetlab.model.netfilter.Netfilter.machine(topology.snapshot(), id());
    }

    /** The networks this machine is directly on (for picking free Docker address pools). */
    abstract java.util.List<Cidr> attachedRanges();
}
