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
        }
        return docker;
    }

    /** The Docker engine, if {@link #docker()} was called. */
    public Optional<DockerEngine> dockerEngine() {
        return Optional.ofNullable(docker);
    }

    /** The networks this machine is directly on (for picking free Docker address pools). */
    abstract java.util.List<Cidr> attachedRanges();
}
