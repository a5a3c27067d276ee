package vnetlab.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vnetlab.model.snapshot.AttachmentState;
import vnetlab.model.snapshot.ClusterState;
import vnetlab.model.snapshot.ContainerState;
import vnetlab.model.snapshot.DockerEngineState;
import vnetlab.model.snapshot.DockerNetworkState;
import vnetlab.model.snapshot.EndpointState;
import vnetlab.model.snapshot.HostState;
import vnetlab.model.snapshot.HypervisorClusterState;
import vnetlab.model.snapshot.HypervisorState;
import vnetlab.model.snapshot.IngressControllerState;
import vnetlab.model.snapshot.IngressState;
import vnetlab.model.snapshot.InternetHostState;
import vnetlab.model.snapshot.LanState;
import vnetlab.model.snapshot.NicState;
import vnetlab.model.snapshot.NodeState;
import vnetlab.model.snapshot.PodState;
import vnetlab.model.snapshot.ServiceState;
import vnetlab.model.snapshot.Snapshot;
import vnetlab.model.snapshot.SwarmState;
import vnetlab.model.snapshot.VirtualNetworkState;
import vnetlab.model.snapshot.VmNicState;
import vnetlab.model.snapshot.VmState;

/** Copies a topology into the immutable {@link Snapshot} records. */
final class SnapshotWriter {
    private SnapshotWriter() {
    }

    static Snapshot of(Topology t) {
        Map<String, EndpointState> endpoints = new LinkedHashMap<>();
        Map<String, Ipv4> dns = new HashMap<>();

        List<LanState> lans = t.lans().stream().map(l -> new LanState(l.name(), l.cidr(), l.router(), l.publicAddress(),
                l.dhcpFirst(), l.dhcpLast())).toList();

        List<HostState> hosts = new ArrayList<>();
        for (Host h : t.hosts()) {
            List<NicState> nics = h.nics().stream().map(n -> new NicState(n.name(), n.mac(), n.lan().name(), n.address(), n.dhcp())).toList();
            List<HypervisorState> hvs = h.hypervisors().stream().map(SnapshotWriter::hypervisor).toList();
            hosts.add(new HostState(h.id(), h.name(), nics, hvs, h.dockerEngine().isPresent(), h.failed()));
            endpoints.put(h.id(), new EndpointState(h.id(), "host", h.name(), h.addresses()));
        }

        List<VmState> vms = new ArrayList<>();
        for (Vm vm : t.vms()) {
            List<VmNicState> nics = vm.nics().stream().map(n -> new VmNicState(n.index(), n.mode(), n.networkName(), n.mac(),
                    n.address(), n.subnet(), n.gateway(), n.dns())).toList();
            vms.add(new VmState(vm.id(), vm.name(), vm.host().name(), vm.hypervisor().name(), vm.hypervisor().kind(), nics,
                    vm.memory(), vm.cpus(), vm.dockerEngine().isPresent()));
            endpoints.put(vm.id(), new EndpointState(vm.id(), "vm", vm.name(), vm.addresses()));
        }

        List<DockerEngineState> engines = new ArrayList<>();
        for (DockerEngine d : t.dockerEngines()) {
            List<DockerNetworkState> nets = d.networks().stream().map(SnapshotWriter::network).toList();
            List<ContainerState> containers = new ArrayList<>();
            for (Container c : d.containers()) {
                List<AttachmentState> atts = c.attachments().stream().map(a -> new AttachmentState(a.network().name(),
                        a.network().driver(), a.address(), a.mac(), c.dnsNames(a.network()))).toList();
                containers.add(new ContainerState(c.id(), c.name(), c.image(), d.machine().name(), c.startOrder(), c.hostNetworked(),
                        atts, c.published(), c.sharesStackOf().map(Container::id)));
                endpoints.put(c.id(), new EndpointState(c.id(), "container", c.name(), noneSafe(c)));
            }
            engines.add(new DockerEngineState(d.machine().name(), d.machine().id(), d.swarm().map(Swarm::name), nets, containers,
                    d.desktopHost().map(Host::name)));
        }

        List<SwarmState> swarms = t.swarms().stream().map(s -> new SwarmState(s.name(),
                s.engines().stream().map(e -> e.machine().name()).toList(),
                s.networks().stream().map(SnapshotWriter::network).toList())).toList();

        List<ClusterState> clusters = new ArrayList<>();
        for (KubernetesCluster k : t.clusters()) {
            clusters.add(cluster(k, endpoints, dns));
        }

        List<InternetHostState> internetHosts = new ArrayList<>();
        for (InternetHost h : t.internetHosts()) {
            internetHosts.add(new InternetHostState(h.id(), h.name(), h.address()));
            endpoints.put(h.id(), new EndpointState(h.id(), "internet-host", h.name(), List.of(h.address())));
            dns.put(h.name(), h.address());
        }
        EndpointState internet = new EndpointState(Internet.INTERNET.id(), "internet", Internet.INTERNET.name(),
                List.of(Internet.INTERNET.address()));
        endpoints.put(internet.id(), internet);

        List<HypervisorClusterState> hypervisorClusters = t.hypervisorClusters().stream().map(c -> new HypervisorClusterState(c.name(),
                c.members().stream().findFirst().map(Hypervisor::kind), c.members().stream().map(h -> h.host().name()).toList(),
                c.members().stream().map(Hypervisor::host).filter(Host::failed).map(Host::name).toList())).toList();
        return new Snapshot(t.name(), lans, hosts, vms, engines, swarms, clusters, internetHosts, internet, dns, endpoints, t.warnings(),
                hypervisorClusters);
    }

    private static List<Ipv4> noneSafe(Container c) {
        return c.addresses();
    }

    private static HypervisorState hypervisor(Hypervisor h) {
        List<VirtualNetworkState> nets = h.networks().stream().map(n -> new VirtualNetworkState(n.name(), n.kind(), n.cidr(),
                n.hostAddress(), n.gateway(), n.dns(), n.dhcpServer(), n.dhcpFirst(), n.dhcpLast())).toList();
        return new HypervisorState(h.name(), h.kind(), h.host().name(), h.bridgeNic().map(Nic::name), nets,
                h.vms().stream().map(Vm::name).toList(), h.forwards());
    }

    private static DockerNetworkState network(DockerNetwork n) {
        Optional<Ipv4> gateway = n.subnet().isPresent() ? Optional.of(n.gateway()) : Optional.empty();
        return new DockerNetworkState(n.id(), n.name(), n.driver(), n.subnet(), gateway, n.bridge(), n.dns(), n.userDefined(),
                n.parentNic(), n.parentLan().map(Lan::name), n.swarm().map(Swarm::name),
                n.containers().stream().map(Container::id).toList(), n.internal());
    }

    private static ClusterState cluster(KubernetesCluster k, Map<String, EndpointState> endpoints, Map<String, Ipv4> dns) {
        List<NodeState> nodes = new ArrayList<>();
        for (Node n : k.nodes()) {
            nodes.add(new NodeState(n.id(), n.name(), n.address(), n.controlPlane(), n.schedulable(), n.podCidrs(),
                    n.container().map(Container::id)));
            endpoints.put(n.id(), new EndpointState(n.id(), "node", n.name(), List.of(n.address())));
        }
        List<PodState> pods = new ArrayList<>();
        for (Pod p : k.pods()) {
            pods.add(new PodState(p.id(), p.name(), p.namespace(), p.node().name(), p.address(), p.image(), p.port(), p.labels(), p.containers()));
            endpoints.put(p.id(), new EndpointState(p.id(), "pod", p.name(), List.of(p.address())));
        }
        List<ServiceState> services = new ArrayList<>();
        for (Service s : k.services()) {
            services.add(new ServiceState(s.id(), s.name(), s.namespace(), s.type(), s.clusterIp(), s.port(), s.targetPort(),
                    s.protocol(), s.nodePortNumber(), s.loadBalancerAddress(), s.externalTrafficPolicy(), s.selector(),
                    s.endpoints().stream().map(Pod::id).toList(), s.dnsName()));
            endpoints.put(s.id(), new EndpointState(s.id(), "service", s.name(), List.of(s.clusterIp())));
            s.loadBalancerAddress().ifPresent(lb -> s.publicNames().forEach(n -> dns.put(n, lb)));
        }
        List<IngressState> ingresses = k.ingresses().stream().map(i -> new IngressState(i.name(), i.namespace(), i.rules(),
                i.defaultBackend().map(Service::name), i.defaultBackend().map(Service::port).orElse(0))).toList();
        Optional<IngressControllerState> controller = k.installedIngressController()
                .map(c -> new IngressControllerState(c.service().id(), c.address()));
        controller.ifPresent(c -> k.ingresses().forEach(i -> i.rules().forEach(r -> {
            if (!r.host().isEmpty() && !r.host().startsWith("*.")) {
                dns.put(r.host(), c.address());
            }
        })));
        return new ClusterState("cluster:" + k.name(), k.name(), k.flavour(), k.cni(), k.network().name(), k.nodeRange(),
                k.podRange(), k.serviceRange(), k.dns(), k.apiServer(), KubernetesCluster.NODE_PORT_FIRST,
                KubernetesCluster.NODE_PORT_LAST, k.mustReachRanges(), nodes, pods, services, ingresses, controller,
                k.networkPolicies(), namespaces(k));
    }

    private static Map<String, Map<String, String>> namespaces(KubernetesCluster k) {
        Map<String, Map<String, String>> out = new java.util.HashMap<>();
        k.pods().forEach(p -> out.computeIfAbsent(p.namespace(), k::namespaceLabels));
        k.networkPolicies().forEach(p -> out.computeIfAbsent(p.namespace(), k::namespaceLabels));
        return out;
    }
}
