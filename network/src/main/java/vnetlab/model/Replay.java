package vnetlab.model;

/** Applies one lab-file step to a topology through the public DSL, the same calls the learner made. */
final class Replay {
    private Replay() {
    }

    static void apply(Topology t, LabFile.Args a) {
        switch (a.action()) {
            case "lan" -> t.lan(a.text("name"), a.text("cidr"));
            case "host" -> {
                if (!a.has("lan")) {
                    t.host(a.text("name"));
                } else if (a.has("address")) {
                    t.lan(a.text("lan")).host(a.text("name"), a.text("address"));
                } else {
                    t.lan(a.text("lan")).host(a.text("name"));
                }
            }
            case "host.attach" -> host(t, a).attach(t.lan(a.text("lan")), a.text("address"));
            case "internetHost" -> {
                if (a.has("address")) {
                    t.internetHost(a.text("name"), a.text("address"));
                } else {
                    t.internetHost(a.text("name"));
                }
            }
            case "hypervisorCluster" -> t.hypervisorCluster(a.text("name"));
            case "swarm" -> t.swarm(a.text("name"));
            case "hypervisor" -> host(t, a).hypervisor(a.choice("kind", HypervisorKind.class));
            case "hypervisor.hostNic" -> hypervisor(t, a).hostNic(a.text("nic"));
            case "hypervisor.natNetwork" -> hypervisor(t, a).natNetwork(a.text("name"), a.text("cidr"));
            case "hypervisor.hostOnlyNetwork" -> hypervisor(t, a).hostOnlyNetwork(a.text("name"), a.text("cidr"));
            case "vm" -> hypervisor(t, a).vm(a.text("name"));
            case "vm.nic" -> vm(t, a).nic(a.number("nic"));
            case "vm.memory" -> vm(t, a).memory(a.number("mib"));
            case "vm.cpus" -> vm(t, a).cpus(a.number("count"));
            case "nic.mode" -> nicMode(t, a);
            case "forward" -> hypervisor(t, a).forward(a.text("hostIp"), a.number("hostPort"), t.existingVm(a.text("vm"))
                    .orElseThrow(() -> missing("VM", a.text("vm"))), a.number("guestPort"), Protocol.parse(a.text("protocol")));
            case "hypervisorCluster.add" -> t.hypervisorCluster(a.text("cluster")).add(hypervisor(t, a));
            case "hypervisorCluster.fail" -> t.hypervisorCluster(a.text("cluster")).fail(host(t, a));
            case "docker" -> machine(t, a).docker();
            case "dockerDesktop" -> host(t, a).dockerDesktop();
            case "docker.network" -> {
                if (a.has("subnet")) {
                    engine(t, a).network(a.text("name"), a.text("subnet"));
                } else {
                    engine(t, a).network(a.text("name"));
                }
            }
            case "docker.macvlan" -> engine(t, a).macvlan(a.text("name"), a.text("parent"));
            case "docker.ipvlan" -> engine(t, a).ipvlan(a.text("name"), a.text("parent"));
            case "swarm.join" -> t.swarm(a.text("swarm")).join(engine(t, a));
            case "swarm.overlay" -> t.swarm(a.text("swarm")).overlay(a.text("name"));
            case "container" -> engine(t, a).run(a.text("name"), a.text("image"));
            case "container.on" -> {
                DockerEngine e = engine(t, a);
                String net = a.text("network");
                DockerNetwork network = e.networks().stream().filter(n -> n.name().equals(net)).findFirst()
                        .orElseThrow(() -> missing("Docker network", net));
                e.container(a.text("name")).on(network, a.texts("aliases").toArray(String[]::new));
            }
            case "container.hostNetwork" -> engine(t, a).container(a.text("name")).hostNetwork();
            case "container.noNetwork" -> engine(t, a).container(a.text("name")).noNetwork();
            case "container.publish" -> engine(t, a).container(a.text("name")).publish(a.text("hostIp"), a.number("hostPort"),
                    a.number("containerPort"), Protocol.parse(a.text("protocol")));
            case "kubernetes" -> t.lan(a.text("lan")).kubernetes(a.text("name"), a.number("nodes"));
            case "kind" -> machine(t, a).kind(a.text("name"), a.number("nodes"));
            case "minikube" -> machine(t, a).minikube(a.text("name"));
            case "k8s.cni" -> {
                if (a.has("podCidr")) {
                    cluster(t, a).cni(a.choice("cni", Cni.class), a.text("podCidr"));
                } else {
                    cluster(t, a).cni(a.choice("cni", Cni.class));
                }
            }
            case "k8s.podCidr" -> cluster(t, a).podCidr(a.text("cidr"));
            case "k8s.serviceCidr" -> cluster(t, a).serviceCidr(a.text("cidr"));
            case "k8s.mustReach" -> cluster(t, a).mustReach(a.text("cidr"));
            case "deployment" -> cluster(t, a).deployment(a.text("name"), a.text("image"), a.text("namespace"));
            case "deployment.replicas" -> deployment(t, a, "name").replicas(a.number("replicas"));
            case "deployment.port" -> deployment(t, a, "name").port(a.number("port"));
            case "deployment.sidecar" -> deployment(t, a, "name").sidecar(a.text("container"), a.text("image"));
            case "expose" -> {
                Deployment d = deployment(t, a, "deployment");
                if (a.has("targetPort")) {
                    d.expose(a.number("port"), a.number("targetPort"));
                } else {
                    d.expose(a.number("port"));
                }
            }
            case "service" -> cluster(t, a).service(a.text("name"), a.number("port"), a.number("targetPort"), a.text("selector"));
            case "service.nodePort" -> {
                if (a.has("nodePort")) {
                    service(t, a).nodePort(a.number("nodePort"));
                } else {
                    service(t, a).nodePort();
                }
            }
            case "service.loadBalancer" -> service(t, a).loadBalancer();
            case "service.publicName" -> service(t, a).publicName(a.text("host"));
            case "service.externalTrafficPolicy" -> service(t, a).externalTrafficPolicy(a.choice("policy", TrafficPolicy.class));
            case "ingressController" -> cluster(t, a).ingressController();
            case "ingress" -> cluster(t, a).ingress(a.text("name"));
            case "ingress.rule" -> {
                KubernetesCluster k = cluster(t, a);
                Ingress ingress = ingress(k, a);
                ingress.rule(a.text("host"), a.text("path"), a.choice("pathType", PathType.class), serviceIn(k, ingress, a));
            }
            case "ingress.defaultBackend" -> {
                KubernetesCluster k = cluster(t, a);
                Ingress ingress = ingress(k, a);
                ingress.defaultBackend(serviceIn(k, ingress, a));
            }
            default -> throw a.unknownAction();
        }
    }

    private static IllegalArgumentException missing(String what, String name) {
        return new IllegalArgumentException("there is no " + what + " \"" + name + "\" yet; steps must create it first");
    }

    private static Host host(Topology t, LabFile.Args a) {
        String name = a.text("host");
        return t.existingHost(name).orElseThrow(() -> missing("host", name));
    }

    private static Hypervisor hypervisor(Topology t, LabFile.Args a) {
        Host host = host(t, a);
        HypervisorKind kind = a.choice("kind", HypervisorKind.class);
        return host.hypervisors().stream().filter(h -> h.kind() == kind).findFirst()
                .orElseThrow(() -> missing(kind.label() + " on host", host.name()));
    }

    private static Vm vm(Topology t, LabFile.Args a) {
        String name = a.text("vm");
        return t.existingVm(name).orElseThrow(() -> missing("VM", name));
    }

    private static void nicMode(Topology t, LabFile.Args a) {
        VmNic nic = vm(t, a).nic(a.number("nic"));
        String mode = a.text("mode");
        switch (mode) {
            case "nat" -> nic.nat();
            case "bridged" -> nic.bridged();
            case "hostOnly" -> nic.hostOnly(a.text("network"));
            case "natNetwork" -> nic.natNetwork(a.text("network"));
            default -> throw new IllegalArgumentException("field \"mode\" is \"" + mode + "\", not one of nat, bridged, hostOnly, natNetwork");
        }
    }

    private static Machine machine(Topology t, LabFile.Args a) {
        String id = a.text("machine");
        if (id.startsWith("host:")) {
            return t.existingHost(id.substring(5)).orElseThrow(() -> missing("host", id.substring(5)));
        }
        if (id.startsWith("vm:")) {
            return t.existingVm(id.substring(3)).orElseThrow(() -> missing("VM", id.substring(3)));
        }
        throw new IllegalArgumentException("field \"machine\" is \"" + id + "\"; it must be host:<name> or vm:<name>");
    }

    private static DockerEngine engine(Topology t, LabFile.Args a) {
        Machine m = machine(t, a);
        return m.dockerEngine().orElseThrow(() -> missing("Docker engine on", m.name()));
    }

    private static KubernetesCluster cluster(Topology t, LabFile.Args a) {
        String name = a.text("cluster");
        return t.existingCluster(name).orElseThrow(() -> missing("Kubernetes cluster", name));
    }

    private static Deployment deployment(Topology t, LabFile.Args a, String field) {
        KubernetesCluster k = cluster(t, a);
        String ns = a.text("namespace");
        String name = a.text(field);
        return k.deploymentIn(ns, name).orElseThrow(() -> missing("Deployment", ns + "/" + name));
    }

    private static Service service(Topology t, LabFile.Args a) {
        KubernetesCluster k = cluster(t, a);
        String ns = a.text("namespace");
        String name = a.text("name");
        return k.serviceIn(ns, name).orElseThrow(() -> missing("Service", ns + "/" + name));
    }

    private static Ingress ingress(KubernetesCluster k, LabFile.Args a) {
        String name = a.text("ingress");
        return k.ingresses().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow(() -> missing("Ingress", name));
    }

    private static Service serviceIn(KubernetesCluster k, Ingress ingress, LabFile.Args a) {
        String name = a.text("service");
        return k.serviceIn(ingress.namespace(), name).orElseThrow(() -> missing("Service", ingress.namespace() + "/" + name));
    }
}
