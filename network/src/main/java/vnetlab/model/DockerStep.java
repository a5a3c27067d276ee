package vnetlab.model;

import java.util.List;
import java.util.Optional;

/** Lab-file steps for Docker engines, their networks and containers; machines are named host:&lt;name&gt; or vm:&lt;name&gt;. */
public sealed interface DockerStep extends LabStep {

    /** {@code machine.docker()}. */
    @Do("docker")
    record DockerStartStep(String machine) implements DockerStep {
        @Override
        public void apply(Topology t) {
            Lookup.machine(t, machine).docker();
        }
    }

    /** {@code host.dockerDesktop()}. */
    @Do("dockerDesktop")
    record DockerDesktopStep(String host) implements DockerStep {
        @Override
        public void apply(Topology t) {
            Lookup.host(t, host).dockerDesktop();
        }
    }

    /** {@code docker.network(name[, subnet])}. */
    @Do("docker.network")
    record DockerNetworkStep(String machine, String name, Optional<String> subnet) implements DockerStep {
        @Override
        public void apply(Topology t) {
            DockerEngine e = Lookup.engine(t, machine);
            if (subnet.isPresent()) {
                e.network(name, subnet.get());
            } else {
                e.network(name);
            }
        }
    }

    /** {@code docker.macvlan(name, parent)}. */
    @Do("docker.macvlan")
    record MacvlanStep(String machine, String name, String parent) implements DockerStep {
        @Override
        public void apply(Topology t) {
            Lookup.engine(t, machine).macvlan(name, parent);
        }
    }

    /** {@code docker.ipvlan(name, parent)}. */
    @Do("docker.ipvlan")
    record IpvlanStep(String machine, String name, String parent) implements DockerStep {
        @Override
        public void apply(Topology t) {
            Lookup.engine(t, machine).ipvlan(name, parent);
        }
    }

    /** {@code docker.run(name, image)}. */
    @Do("container")
    record RunStep(String machine, String name, String image) implements DockerStep {
        @Override
        public void apply(Topology t) {
            Lookup.engine(t, machine).run(name, image);
        }
    }

    /** {@code container.on(network, aliases…)}. */
    @Do("container.on")
    record ContainerOnStep(String machine, String name, String network, List<String> aliases) implements DockerStep {
        /** Copies the aliases. */
        public ContainerOnStep {
            aliases = List.copyOf(aliases);
        }

        @Override
        public void apply(Topology t) {
            DockerEngine e = Lookup.engine(t, machine);
            e.container(name).on(Lookup.dockerNetwork(e, network), aliases.toArray(String[]::new));
        }
    }

    /** {@code container.hostNetwork()}. */
    @Do("container.hostNetwork")
    record HostNetworkStep(String machine, String name) implements DockerStep {
        @Override
        public void apply(Topology t) {
            Lookup.engine(t, machine).container(name).hostNetwork();
        }
    }

    /** {@code container.noNetwork()}. */
    @Do("container.noNetwork")
    record NoNetworkStep(String machine, String name) implements DockerStep {
        @Override
        public void apply(Topology t) {
            Lookup.engine(t, machine).container(name).noNetwork();
        }
    }

    /** {@code container.publish(hostIp, hostPort, containerPort, protocol)}. */
    @Do("container.publish")
    record PublishStep(String machine, String name, String hostIp, int hostPort, int containerPort, String protocol)
            implements DockerStep {
        @Override
        public void apply(Topology t) {
            Lookup.engine(t, machine).container(name).publish(hostIp, hostPort, containerPort, Protocol.parse(protocol));
        }
    }

    /** {@code docker.compose(pathOrText)}: the Compose file's text itself, so the lab file needs no other file. */
    @Do("compose")
    record ComposeStep(String machine, String source, String project, String text) implements DockerStep {
        @Override
        public void apply(Topology t) {
            Lookup.engine(t, machine).compose(text, source, project);
        }
    }

    /** {@code container.unpublish(hostPort[, protocol])}. */
    @Do("container.unpublish")
    record UnpublishStep(String machine, String name, int hostPort, String protocol) implements DockerStep {
        @Override
        public void apply(Topology t) {
            Lookup.engine(t, machine).container(name).unpublish(hostPort, Protocol.parse(protocol));
        }
    }

    /** {@code docker.rm(name)}. */
    @Do("container.rm")
    record RmStep(String machine, String name) implements DockerStep {
        @Override
        public void apply(Topology t) {
            Lookup.engine(t, machine).rm(name);
        }
    }

    /** {@code docker.removeNetwork(name)}. */
    @Do("docker.network.remove")
    record RemoveNetworkStep(String machine, String name) implements DockerStep {
        @Override
        public void apply(Topology t) {
            Lookup.engine(t, machine).removeNetwork(name);
        }
    }
}
