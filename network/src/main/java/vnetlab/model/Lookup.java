package vnetlab.model;

/** Finds the objects a lab-file step names, failing with "there is no … yet" when an earlier step should have made it. */
final class Lookup {
    private Lookup() {
    }

    static IllegalArgumentException missing(String what, String name) {
        return new IllegalArgumentException("there is no " + what + " \"" + name + "\" yet; steps must create it first");
    }

    static Host host(Topology t, String name) {
        return t.existingHost(name).orElseThrow(() -> missing("host", name));
    }

    static Hypervisor hypervisor(Topology t, String hostName, HypervisorKind kind) {
        Host host = host(t, hostName);
        return host.hypervisors().stream().filter(h -> h.kind() == kind).findFirst()
                .orElseThrow(() -> missing(kind.label() + " on host", host.name()));
    }

    static Vm vm(Topology t, String name) {
        return t.existingVm(name).orElseThrow(() -> missing("VM", name));
    }

    static Machine machine(Topology t, String id) {
        if (id.startsWith("host:")) {
            return host(t, id.substring(5));
        }
        if (id.startsWith("vm:")) {
            return vm(t, id.substring(3));
        }
        throw new IllegalArgumentException("field \"machine\" is \"" + id + "\"; it must be host:<name> or vm:<name>");
    }

    static DockerEngine engine(Topology t, String machineId) {
        Machine m = machine(t, machineId);
        return m.dockerEngine().orElseThrow(() -> missing("Docker engine on", m.name()));
    }

    static DockerNetwork dockerNetwork(DockerEngine e, String name) {
        return e.networks().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> missing("Docker network", name));
    }

    static KubernetesCluster cluster(Topology t, String name) {
        return t.existingCluster(name).orElseThrow(() -> missing("Kubernetes cluster", name));
    }

    static Deployment deployment(Topology t, String cluster, String namespace, String name) {
        return cluster(t, cluster).deploymentIn(namespace, name).orElseThrow(() -> missing("Deployment", namespace + "/" + name));
    }

    static Service service(Topology t, String cluster, String namespace, String name) {
        return cluster(t, cluster).serviceIn(namespace, name).orElseThrow(() -> missing("Service", namespace + "/" + name));
    }

    static Ingress ingress(Topology t, String cluster, String name) {
        return cluster(t, cluster).ingresses().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> missing("Ingress", name));
    }

    static Service backend(Topology t, String cluster, Ingress ingress, String name) {
        return service(t, cluster, ingress.namespace(), name);
    }
}
