package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public method of the model's entities either only reads, or is a change that a lab file keeps: for each
 * changing method an example call runs on a small lab, and the lab saved and loaded again is the same lab. A new DSL
 * method that is in neither list fails the first test, so it cannot ship without proving it records itself.
 */
class EveryChangeRoundTripsTest {

    /** The entity classes whose public methods a learner calls. */
    static final List<Class<?>> ENTITIES = List.of(Topology.class, Lan.class, Host.class, Machine.class, Hypervisor.class,
            Vm.class, VmNic.class, DockerEngine.class, Container.class, DockerNetwork.class, Swarm.class, HypervisorCluster.class,
            KubernetesCluster.class, Deployment.class, Service.class, Ingress.class, Node.class, Pod.class, IngressController.class,
            VirtualNetwork.class, InternetHost.class);

    /** A small lab with one of everything the examples change. */
    static final class Fixture {
        final Topology t = new Topology("fixture");
        final Lan home = t.lan("home", "192.168.1.0/24");
        final Host laptop = home.host("laptop", "192.168.1.2");
        final Hypervisor vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        final Vm web = vbox.vm("web").bridged();
        final Vm dev = vbox.vm("dev").nat();
        final DockerEngine docker = laptop.docker();
        final Container nginx = docker.run("nginx", "nginx");
        final DockerNetwork backend = docker.network("backend");
        final Host server = home.host("server", "192.168.1.30");
        final Hypervisor kvm = server.hypervisor(HypervisorKind.KVM);
        final Hypervisor kvm2 = home.host("server2", "192.168.1.31").hypervisor(HypervisorKind.KVM);
        final Vm guest = kvm.vm("guest").bridged();
        final HypervisorCluster ha = t.hypervisorCluster("ha").add(kvm);
        final Swarm swarm = t.swarm("prod").join(docker);
        final Lan dc = t.lan("dc", "192.168.10.0/24");
        final KubernetesCluster k8s = dc.kubernetes("shop", 3);
        final Deployment shop = k8s.deployment("shop", "shop:1.4").port(8080);
        final Service svc = shop.expose(80);
        final Ingress ingress = k8s.ingress("public").rule("shop.example.com", "/", svc);
        final Service internal = k8s.service("internal", 82, 8080, "app=shop").loadBalancer();
        final Deployment tools = k8s.deployment("tools", "busybox");
        final Lan spare = t.lan("spare", "10.9.0.0/24");

        Fixture() {
            vbox.forward(2200, dev, 22).forward(5300, dev, 53, Protocol.UDP);
            nginx.publish(8000, 80).publish(5301, 53, Protocol.UDP);
            ingress.defaultBackend(svc);
        }
    }

    /** One example call for every method that changes a lab, by signature. */
    static final Map<String, Consumer<Fixture>> CHANGES = new LinkedHashMap<>();

    static {
        change("Topology.lan(String,String)", f -> f.t.lan("office", "10.1.0.0/24"));
        change("Topology.host(String)", f -> f.t.host("loner"));
        change("Topology.internetHost(String,String)", f -> f.t.internetHost("example.com", "93.184.216.34"));
        change("Topology.internetHost(String)", f -> f.t.internetHost("api.example.net"));
        change("Topology.hypervisorCluster(String)", f -> f.t.hypervisorCluster("ha2").add(f.kvm2));
        change("Topology.swarm(String)", f -> f.t.swarm("staging").join(f.server.docker()));
        change("Lan.host(String,String)", f -> f.home.host("nas", "192.168.1.40"));
        change("Lan.host(String)", f -> f.home.host("tablet"));
        change("Lan.kubernetes(String,int)", f -> f.t.lan("dc2", "192.168.20.0/24").kubernetes("edge", 2));
        change("Lan.kubernetes(String,int,ClusterFlavour)", f -> f.t.lan("dc2", "192.168.20.0/24").kubernetes("edge", 1,
                ClusterFlavour.KUBEADM));
        change("Host.attach(Lan,String)", f -> f.server.attach(f.dc, "192.168.10.5"));
        change("Host.hypervisor(HypervisorKind)", f -> f.laptop.hypervisor(HypervisorKind.VMWARE));
        change("Host.dockerDesktop()", f -> f.server.dockerDesktop());
        change("Machine.docker()", f -> f.server.docker());
        change("Machine.kind(String,int)", f -> f.server.kind("dev", 2));
        change("Machine.minikube(String)", f -> f.server.minikube("mini"));
        change("Hypervisor.vm(String)", f -> f.vbox.vm("db"));
        change("Hypervisor.natNetwork(String,String)", f -> f.vbox.natNetwork("lab", "10.0.5.0/24"));
        change("Hypervisor.natNetwork(String)", f -> f.vbox.natNetwork("NatNetwork"));
        change("Hypervisor.hostOnlyNetwork(String,String)", f -> f.vbox.hostOnlyNetwork("vboxnet1", "192.168.57.0/24"));
        change("Hypervisor.hostNic(String)", f -> f.laptop.attach(f.dc, "192.168.10.9").hypervisor(HypervisorKind.VIRTUALBOX)
                .hostNic("eth1"));
        change("Hypervisor.forward(int,Vm,int)", f -> f.vbox.forward(2222, f.dev, 22));
        change("Hypervisor.forward(int,Vm,int,Protocol)", f -> f.vbox.forward(5353, f.dev, 53, Protocol.UDP));
        change("Hypervisor.forward(String,int,Vm,int,Protocol)", f -> f.vbox.forward("127.0.0.1", 8080, f.dev, 80, Protocol.TCP));
        change("Vm.nic(int)", f -> f.dev.nic(2));
        change("Vm.nat()", f -> f.web.nat());
        change("Vm.bridged()", f -> f.dev.bridged());
        change("Vm.hostOnly()", f -> f.dev.hostOnly());
        change("Vm.natNetwork()", f -> f.dev.natNetwork());
        change("Vm.natNetwork(String)", f -> f.dev.natNetwork("NatNetwork"));
        change("Vm.memory(int)", f -> f.dev.memory(4096));
        change("Vm.cpus(int)", f -> f.dev.cpus(4));
        change("VmNic.nat()", f -> f.web.nic(1).nat());
        change("VmNic.natNetwork(String)", f -> f.dev.nic(2).natNetwork("NatNetwork"));
        change("VmNic.hostOnly()", f -> f.dev.nic(1).hostOnly());
        change("VmNic.hostOnly(String)", f -> f.dev.nic(1).hostOnly("vboxnet0"));
        change("VmNic.bridged()", f -> f.dev.nic(1).bridged());
        change("DockerEngine.run(String,String)", f -> f.docker.run("api", "python:3.12"));
        change("DockerEngine.network(String)", f -> f.docker.network("frontend"));
        change("DockerEngine.network(String,String)", f -> f.docker.network("db", "172.30.0.0/16"));
        change("DockerEngine.composeNetwork(String)", f -> f.docker.composeNetwork("shop"));
        change("DockerEngine.macvlan(String,String)", f -> f.docker.macvlan("lan", "eth0"));
        change("DockerEngine.ipvlan(String,String)", f -> f.docker.ipvlan("lan", "eth0"));
        change("DockerEngine.overlay(String)", f -> f.docker.overlay("web"));
        change("Container.on(DockerNetwork,String[])", f -> f.nginx.on(f.backend, "www"));
        change("Container.alias(String[])", f -> f.docker.run("api", "python").on(f.backend).alias("api-v1"));
        change("Container.hostNetwork()", f -> f.docker.run("probe", "prom/prometheus").hostNetwork());
        change("Container.noNetwork()", f -> f.docker.run("lonely", "alpine").noNetwork());
        change("Container.publish(int,int)", f -> f.nginx.publish(8080, 80));
        change("Container.publish(int,int,Protocol)", f -> f.nginx.publish(5353, 53, Protocol.UDP));
        change("Container.publish(String,int,int)", f -> f.nginx.publish("127.0.0.1", 8080, 80));
        change("Container.publish(String,int,int,Protocol)", f -> f.nginx.publish("127.0.0.1", 5353, 53, Protocol.UDP));
        change("DockerEngine.compose(String)", f -> f.docker.compose("name: shop\nservices:\n  web:\n    image: nginx\n"
                + "    ports: [\"8081:80\"]\n    networks:\n      back:\n        ipv4_address: 10.5.0.9\n  side:\n    image: envoy\n"
                + "    network_mode: service:web\n    expose: [\"9901\"]\nnetworks:\n  back:\n    internal: true\n    ipam:\n"
                + "      config: [{subnet: 10.5.0.0/24}]\n"));
        change("KubernetesCluster.apply(String)", f -> f.k8s.apply("kind: Namespace\nmetadata: {name: data, labels: {team: db}}\n"
                + "---\nkind: Deployment\nmetadata: {name: db, namespace: data}\nspec:\n  replicas: 2\n  template:\n"
                + "    metadata: {labels: {app: db}}\n    spec: {containers: [{name: db, image: postgres, ports: [{name: pg,"
                + " containerPort: 5432}]}]}\n---\nkind: Service\nmetadata: {name: db, namespace: data}\nspec: {type: NodePort,"
                + " selector: {app: db}, ports: [{port: 5432, targetPort: pg}]}\n---\nkind: NetworkPolicy\nmetadata: {name: deny,"
                + " namespace: data}\nspec: {podSelector: {}}\n"));
        change("Swarm.join(DockerEngine)", f -> f.swarm.join(f.server.docker()));
        change("Swarm.overlay(String)", f -> f.swarm.overlay("web"));
        change("HypervisorCluster.add(Hypervisor)", f -> f.ha.add(f.kvm2));
        change("HypervisorCluster.fail(Host)", f -> f.ha.add(f.kvm2).fail(f.server));
        change("KubernetesCluster.cni(Cni)", f -> f.k8s.podCidr("172.20.0.0/16").cni(Cni.CALICO));
        change("KubernetesCluster.cni(Cni,String)", f -> f.k8s.cni(Cni.CILIUM, "172.20.0.0/16"));
        change("KubernetesCluster.podCidr(String)", f -> f.k8s.podCidr("172.20.0.0/16"));
        change("KubernetesCluster.serviceCidr(String)", f -> f.k8s.serviceCidr("10.100.0.0/16"));
        change("KubernetesCluster.mustReach(String)", f -> f.k8s.mustReach("172.16.0.0/16"));
        change("KubernetesCluster.deployment(String,String)", f -> f.k8s.deployment("cart", "cart:2.1"));
        change("KubernetesCluster.service(String,int,int,String)", f -> f.k8s.service("canary", 81, 8080, "app=shop"));
        change("KubernetesCluster.ingress(String)", f -> f.k8s.ingress("internal"));
        change("KubernetesCluster.ingressController()", f -> f.t.lan("dc2", "192.168.20.0/24").kubernetes("edge", 1)
                .ingressController());
        change("Deployment.replicas(int)", f -> f.shop.replicas(3));
        change("Deployment.port(int)", f -> f.shop.port(9090));
        change("Deployment.sidecar(String,String)", f -> f.shop.sidecar("envoy", "envoyproxy/envoy:v1.31"));
        change("Deployment.expose(int)", f -> f.k8s.deployment("cart", "cart:2.1").port(9090).expose(80));
        change("Deployment.expose(int,int)", f -> f.k8s.deployment("cart", "cart:2.1").expose(80, 9090));
        change("Service.nodePort()", f -> f.svc.nodePort());
        change("Service.nodePort(int)", f -> f.svc.nodePort(30080));
        change("Service.loadBalancer()", f -> f.svc.loadBalancer());
        change("Service.externalTrafficPolicy(TrafficPolicy)", f -> f.svc.nodePort().externalTrafficPolicy(TrafficPolicy.LOCAL));
        change("Service.publicName(String)", f -> f.svc.loadBalancer().publicName("shop.example.com"));
        change("Ingress.rule(String,String,Service)", f -> f.ingress.rule("api.example.com", "/", f.svc));
        change("Ingress.rule(String,String,PathType,Service)", f -> f.ingress.rule("", "/cart", PathType.EXACT, f.svc));
        change("Ingress.defaultBackend(Service)", f -> f.ingress.defaultBackend(f.internal));
        // undo: each removes something the fixture built
        change("Topology.removeHost(String)", f -> f.t.removeHost("server2"));
        change("Topology.removeLan(String)", f -> f.t.removeLan("spare"));
        change("Hypervisor.unforward(int)", f -> f.vbox.unforward(2200));
        change("Hypervisor.unforward(int,Protocol)", f -> f.vbox.unforward(5300, Protocol.UDP));
        change("Hypervisor.removeVm(String)", f -> f.vbox.removeVm("web"));
        change("Container.unpublish(int)", f -> f.nginx.unpublish(8000));
        change("Container.unpublish(int,Protocol)", f -> f.nginx.unpublish(5301, Protocol.UDP));
        change("DockerEngine.rm(String)", f -> f.docker.rm("nginx"));
        change("DockerEngine.removeNetwork(String)", f -> f.docker.removeNetwork("backend"));
        change("KubernetesCluster.removeService(String)", f -> f.k8s.removeService("internal"));
        change("KubernetesCluster.removeDeployment(String)", f -> f.k8s.removeDeployment("tools"));
        change("KubernetesCluster.removeIngress(String)", f -> f.k8s.removeIngress("public"));
        change("Service.removeNodePort()", f -> f.internal.removeNodePort());
        change("Service.removeLoadBalancer()", f -> f.internal.removeLoadBalancer());
        change("Ingress.removeRule(String,String)", f -> f.ingress.removeRule("shop.example.com", "/"));
        change("Ingress.removeDefaultBackend()", f -> f.ingress.removeDefaultBackend());
    }

    private static void change(String signature, Consumer<Fixture> example) {
        if (CHANGES.put(signature, example) != null) {
            throw new IllegalStateException("two examples for " + signature);
        }
    }

    /** Methods that only read (accessors, lookups of existing objects, views such as the address plan). */
    static final Set<String> READS = Set.of(
            "Topology.name()", "Topology.lan(String)", "Topology.lans()", "Topology.hosts()", "Topology.vms()",
            "Topology.internetHosts()", "Topology.hypervisorClusters()", "Topology.swarms()", "Topology.clusters()",
            "Topology.dockerEngines()", "Topology.warnings()", "Topology.endpoints()", "Topology.endpoint(String)",
            "Topology.findEndpoint(String)", "Topology.snapshot()", "Topology.inventory()", "Topology.steps()",
            "Lan.name()", "Lan.cidr()", "Lan.router()", "Lan.gateway()", "Lan.publicAddress()", "Lan.dhcpFirst()", "Lan.dhcpLast()",
            "Lan.hosts()", "Lan.owner(Ipv4)",
            "Host.id()", "Host.address()", "Host.addresses()", "Host.nics()", "Host.nic(String)", "Host.lan()", "Host.hypervisors()",
            "Host.layers()", "Host.failed()",
            "Machine.name()", "Machine.dockerEngine()", "Machine.iptables()",
            "Hypervisor.name()", "Hypervisor.kind()", "Hypervisor.host()", "Hypervisor.vms()", "Hypervisor.network(String)",
            "Hypervisor.networks()", "Hypervisor.bridgeNic()", "Hypervisor.forwards()",
            "Vm.id()", "Vm.hypervisor()", "Vm.host()", "Vm.address()", "Vm.addresses()", "Vm.nics()", "Vm.memory()", "Vm.cpus()",
            "VmNic.index()", "VmNic.mac()", "VmNic.mode()", "VmNic.address()", "VmNic.subnet()", "VmNic.gateway()", "VmNic.dns()",
            "VmNic.virtualNetwork()", "VmNic.lan()", "VmNic.networkName()",
            "DockerEngine.machine()", "DockerEngine.desktopHost()", "DockerEngine.bridge()", "DockerEngine.container(String)",
            "DockerEngine.containers()", "DockerEngine.networks()", "DockerEngine.swarm()",
            "Container.id()", "Container.name()", "Container.image()", "Container.engine()", "Container.startOrder()",
            "Container.address()", "Container.addresses()", "Container.attachments()", "Container.networks()",
            "Container.published()", "Container.hostNetworked()", "Container.dnsNames(DockerNetwork)",
            "DockerNetwork.name()", "DockerNetwork.driver()", "DockerNetwork.id()", "DockerNetwork.cidr()", "DockerNetwork.subnet()",
            "DockerNetwork.gateway()", "DockerNetwork.bridge()", "DockerNetwork.dns()", "DockerNetwork.userDefined()",
            "DockerNetwork.parentLan()", "DockerNetwork.parentNic()", "DockerNetwork.engine()", "DockerNetwork.swarm()",
            "DockerNetwork.containers()", "DockerNetwork.internal()", "DockerNetwork.project()",
            "DockerEngine.composeFile()", "Container.sharesStackOf()", "Container.exposed()", "Container.composeService()",
            "Swarm.name()", "Swarm.engines()", "Swarm.networks()",
            "HypervisorCluster.name()", "HypervisorCluster.members()",
            "KubernetesCluster.name()", "KubernetesCluster.flavour()", "KubernetesCluster.cni()", "KubernetesCluster.network()",
            "KubernetesCluster.nodeRange()", "KubernetesCluster.podRange()", "KubernetesCluster.serviceRange()",
            "KubernetesCluster.dns()", "KubernetesCluster.apiServer()", "KubernetesCluster.mustReachRanges()",
            "KubernetesCluster.installedIngressController()", "KubernetesCluster.nodes()", "KubernetesCluster.node(String)",
            "KubernetesCluster.pods()", "KubernetesCluster.deployments()", "KubernetesCluster.services()",
            "KubernetesCluster.service(String)", "KubernetesCluster.ingresses()", "KubernetesCluster.addressPlan()",
            "Deployment.name()", "Deployment.namespace()", "Deployment.image()", "Deployment.port()", "Deployment.replicas()",
            "Deployment.pods()", "Deployment.cluster()", "Deployment.containers()", "Deployment.labels()",
            "KubernetesCluster.namespaceLabels(String)", "KubernetesCluster.networkPolicies()",
            "KubernetesCluster.get(String)", "DockerEngine.networkInspect(String)", "Container.port()",
            "Service.id()", "Service.name()", "Service.namespace()", "Service.address()", "Service.clusterIp()", "Service.type()",
            "Service.port()", "Service.targetPort()", "Service.protocol()", "Service.nodePortNumber()",
            "Service.loadBalancerAddress()", "Service.externalTrafficPolicy()", "Service.selector()", "Service.cluster()",
            "Service.dnsName()", "Service.endpoints()", "Service.publicNames()",
            "Ingress.name()", "Ingress.namespace()", "Ingress.rules()", "Ingress.defaultBackend()",
            "Node.iptables()", "Node.id()", "Node.name()", "Node.address()", "Node.cluster()", "Node.index()", "Node.controlPlane()",
            "Node.schedulable()", "Node.container()", "Node.podCidr()", "Node.podCidrs()", "Node.pods()",
            "Pod.id()", "Pod.name()", "Pod.namespace()", "Pod.address()", "Pod.node()", "Pod.image()", "Pod.containers()",
            "Pod.port()", "Pod.labels()", "Pod.cluster()",
            "IngressController.name()", "IngressController.deployment()", "IngressController.service()",
            "IngressController.address()",
            "VirtualNetwork.name()", "VirtualNetwork.kind()", "VirtualNetwork.cidr()", "VirtualNetwork.hostAddress()",
            "VirtualNetwork.gateway()", "VirtualNetwork.dns()", "VirtualNetwork.dhcpServer()", "VirtualNetwork.dhcpFirst()",
            "VirtualNetwork.dhcpLast()",
            "InternetHost.id()", "InternetHost.name()", "InternetHost.address()");

    static String signature(Class<?> owner, Method m) {
        return owner.getSimpleName() + "." + m.getName() + "("
                + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(",")) + ")";
    }

    static Set<String> publicMethods() {
        Set<String> out = new TreeSet<>();
        for (Class<?> c : ENTITIES) {
            for (Method m : c.getDeclaredMethods()) {
                boolean inherited = Stream.of("toString", "hashCode", "equals").anyMatch(m.getName()::equals);
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && !m.isBridge() && !inherited) {
                    out.add(signature(c, m));
                }
            }
        }
        return out;
    }

    @Test
    void every_public_method_either_reads_or_has_a_round_trip_example() {
        // given
        Set<String> methods = publicMethods();
        // when
        Set<String> unaccounted = new TreeSet<>(methods);
        unaccounted.removeAll(CHANGES.keySet());
        unaccounted.removeAll(READS);
        Set<String> stale = new TreeSet<>(CHANGES.keySet());
        stale.addAll(READS);
        stale.removeAll(methods);
        // then
        assertThat(unaccounted).as("public model methods with no round-trip example in CHANGES and not listed in READS")
                .isEmpty();
        assertThat(stale).as("listed methods that no longer exist").isEmpty();
        assertThat(CHANGES.keySet()).as("methods listed as both changing and reading").doesNotContainAnyElementsOf(READS);
    }

    static Stream<String> changes() {
        return CHANGES.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void a_change_survives_saving_and_loading_the_lab(String signature) {
        // given
        Fixture f = new Fixture();
        var before = f.t.snapshot();
        int steps = f.t.steps().size();
        // when
        CHANGES.get(signature).accept(f);
        var loaded = LabFile.read(LabFile.write(f.t), "fixture.json");
        // then
        assertThat(f.t.steps()).as("the change is recorded").hasSizeGreaterThan(steps);
        assertThat(f.t.snapshot()).as("the example changes the lab").isNotEqualTo(before);
        assertThat(loaded.snapshot()).as("the lab loaded from its file").isEqualTo(f.t.snapshot());
        assertThat(loaded.steps()).isEqualTo(f.t.steps());
    }
}
