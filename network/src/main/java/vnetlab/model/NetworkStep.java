package vnetlab.model;

import java.util.Optional;

/** Lab-file steps for LANs, hosts, internet hosts, hypervisor clusters and swarms. */
public sealed interface NetworkStep extends LabStep {

    /** {@code lab.lan(name, cidr)}. */
    @Do("lan")
    record LanStep(String name, String cidr) implements NetworkStep {
        @Override
        public void apply(Topology t) {
            t.lan(name, cidr);
        }
    }

    /** {@code lab.host(name)}, {@code lan.host(name)} (DHCP) or {@code lan.host(name, address)}. */
    @Do("host")
    record HostStep(Optional<String> lan, String name, Optional<String> address) implements NetworkStep {
        @Override
        public void apply(Topology t) {
            if (lan.isEmpty()) {
                t.host(name);
            } else if (address.isPresent()) {
                t.lan(lan.get()).host(name, address.get());
            } else {
                t.lan(lan.get()).host(name);
            }
        }
    }

    /** {@code host.attach(lan, address)}. */
    @Do("host.attach")
    record HostAttachStep(String host, String lan, String address) implements NetworkStep {
        @Override
        public void apply(Topology t) {
            Lookup.host(t, host).attach(t.lan(lan), address);
        }
    }

    /** {@code lab.internetHost(name[, address])}. */
    @Do("internetHost")
    record InternetHostStep(String name, Optional<String> address) implements NetworkStep {
        @Override
        public void apply(Topology t) {
            if (address.isPresent()) {
                t.internetHost(name, address.get());
            } else {
                t.internetHost(name);
            }
        }
    }

    /** {@code lab.hypervisorCluster(name)}. */
    @Do("hypervisorCluster")
    record HypervisorClusterStep(String name) implements NetworkStep {
        @Override
        public void apply(Topology t) {
            t.hypervisorCluster(name);
        }
    }

    /** {@code cluster.add(hypervisor)}. */
    @Do("hypervisorCluster.add")
    record HypervisorClusterAddStep(String cluster, String host, HypervisorKind kind) implements NetworkStep {
        @Override
        public void apply(Topology t) {
            t.hypervisorCluster(cluster).add(Lookup.hypervisor(t, host, kind));
        }
    }

    /** {@code cluster.fail(host)}. */
    @Do("hypervisorCluster.fail")
    record HypervisorClusterFailStep(String cluster, String host) implements NetworkStep {
        @Override
        public void apply(Topology t) {
            t.hypervisorCluster(cluster).fail(Lookup.host(t, host));
        }
    }

    /** {@code lab.swarm(name)}. */
    @Do("swarm")
    record SwarmStep(String name) implements NetworkStep {
        @Override
        public void apply(Topology t) {
            t.swarm(name);
        }
    }

    /** {@code swarm.join(docker)}. */
    @Do("swarm.join")
    record SwarmJoinStep(String swarm, String machine) implements NetworkStep {
        @Override
        public void apply(Topology t) {
            t.swarm(swarm).join(Lookup.engine(t, machine));
        }
    }

    /** {@code swarm.overlay(name)}. */
    @Do("swarm.overlay")
    record SwarmOverlayStep(String swarm, String name) implements NetworkStep {
        @Override
        public void apply(Topology t) {
            t.swarm(swarm).overlay(name);
        }
    }

    /** {@code lab.removeHost(name)}. */
    @Do("host.remove")
    record RemoveHostStep(String name) implements NetworkStep {
        @Override
        public void apply(Topology t) {
            t.removeHost(name);
        }
    }

    /** {@code lab.removeLan(name)}. */
    @Do("lan.remove")
    record RemoveLanStep(String name) implements NetworkStep {
        @Override
        public void apply(Topology t) {
            t.removeLan(name);
        }
    }
}
