package vnetlab.verify;

import static vnetlab.Net.INTERNET;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.Cni;
import vnetlab.model.HypervisorKind;
import vnetlab.model.Protocol;
import vnetlab.model.TrafficPolicy;
import vnetlab.sim.Trace;

/**
 * The scenario matrix docs/verified.md lists: labs covering VM NAT (libvirt; VirtualBox through its user-space
 * engine), bridged and host-only; Docker's default and user-defined bridges, published ports on every address, on
 * one address and on 127.0.0.1, hairpin, host/none/macvlan; a home router's SNAT; kube-proxy ClusterIP, NodePort on
 * every node, LoadBalancer, externalTrafficPolicy, a Service without endpoints, a pod reaching its own Service;
 * Flannel VXLAN and routed (Calico) pods.
 *
 * <p>A connection marked {@link Probe#known} disagrees today for a reason already filed against the simulator
 * (issue 9); {@code KnownDisagreementsCheck} runs those on demand, the CI test the rest.
 */
final class Scenarios {

    /** One connection of a scenario; {@code known} is the filed disagreement, or empty. */
    record Probe(Trace trace, String known) {
    }

    /** A lab and its connections. */
    record Scenario(String name, Lab lab, List<Probe> probes) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final class Builder {
        final List<Probe> probes = new ArrayList<>();

        Builder agree(Trace t) {
            probes.add(new Probe(t, ""));
            return this;
        }

        Builder known(String why, Trace t) {
            probes.add(new Probe(t, why));
            return this;
        }
    }

    private Scenarios() {
    }

    static List<Supplier<Scenario>> all() {
        return List.of(Scenarios::virtualBox, Scenarios::libvirt, Scenarios::docker, Scenarios::macvlan,
                Scenarios::flannel, Scenarios::calico, Scenarios::ingress);
    }

    /** Chapter 2: one laptop, VirtualBox with a bridged, a NAT and a host-only VM; a port forward. */
    static Scenario virtualBox() {
        Lab lab = Net.newLab("verify: VirtualBox");
        var home = lab.lan("home", "192.168.1.0/24");
        var laptop = home.host("laptop", "192.168.1.2");
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        var web = vbox.vm("web").bridged();
        var dev = vbox.vm("dev").nat();
        var db = vbox.vm("db").hostOnly();
        var phone = home.host("phone", "192.168.1.20");
        vbox.forward(2222, dev, 22);
        Builder b = new Builder()
                .agree(lab.trace(phone, web, 80))
                .agree(lab.trace(phone, dev, 22))
                .agree(lab.trace(phone, db, 5432))
                .agree(lab.trace(phone, laptop, 2222))
                .agree(lab.trace(laptop, laptop, 2222))
                .agree(lab.trace(dev, INTERNET, 443))
                .agree(lab.trace(db, INTERNET, 443))
                .agree(lab.trace(laptop, db, 22))
                .agree(lab.trace(web, INTERNET, 443))
                .agree(lab.trace(laptop, web, 80))
                .agree(lab.trace(web, phone, 80))
                .agree(lab.trace(dev, phone, 80))
                .agree(lab.trace(db, laptop, 80))
                .agree(lab.trace(laptop, dev, 22))
                .agree(lab.trace(INTERNET, laptop, 80))
                .agree(lab.trace(phone, INTERNET, 443));
        return new Scenario("VirtualBox: bridged, NAT (user-space engine), host-only, port forward", lab, b.probes);
    }

    /** libvirt's default network (virbr0, NAT) with two guests, and a VMware NAT guest. */
    static Scenario libvirt() {
        Lab lab = Net.newLab("verify: libvirt");
        var office = lab.lan("office", "192.168.2.0/24");
        var server = office.host("server", "192.168.2.10");
        var kvm = server.hypervisor(HypervisorKind.KVM);
        var guest = kvm.vm("guest").nat();
        var guest2 = kvm.vm("guest2").nat();
        var desk = office.host("desk", "192.168.2.30");
        Builder b = new Builder()
                .agree(lab.trace(guest, INTERNET, 443))
                .agree(lab.trace(server, guest, 22))
                .agree(lab.trace(guest, guest2, 80))
                .agree(lab.trace(desk, guest, 22))
                .agree(lab.trace(guest, desk, 80))
                .agree(lab.trace(guest, server, 80));
        return new Scenario("libvirt NAT (virbr0)", lab, b.probes);
    }

    /** Chapter 4: default bridge, a user-defined bridge, published ports, host and none networks. */
    static Scenario docker() {
        Lab lab = Net.newLab("verify: Docker");
        var home = lab.lan("home", "192.168.1.0/24");
        var other = lab.lan("other", "10.10.0.0/24");
        var host = home.host("docker-host", "192.168.1.2");
        host.attach(other, "10.10.0.2");
        var docker = host.docker();
        var web = docker.run("web", "nginx").publish(8080, 80);
        var admin = docker.run("admin", "admin:1").publish("192.168.1.2", 8081, 80);
        var db = docker.run("db", "postgres").publish("127.0.0.1", 5432, 5432);
        var backend = docker.network("backend");
        var api = docker.run("api", "python:3.12").on(backend);
        var worker = docker.run("worker", "python:3.12").on(backend);
        var probe = docker.run("probe", "prom/prometheus").hostNetwork();
        var lonely = docker.run("lonely", "alpine").noNetwork();
        var phone = home.host("phone", "192.168.1.20");
        var laptop = other.host("laptop", "10.10.0.20");
        Builder b = new Builder()
                .agree(lab.trace(phone, host, 8080))
                .agree(lab.trace(laptop, host, 8080))
                .agree(lab.trace(web, INTERNET, 443))
                .agree(lab.trace(api, web, 80))
                .agree(lab.trace(host, host, 8080))
                .agree(lab.trace(api, host, 8080))
                .agree(lab.trace(web, host, 8080))
                .agree(lab.trace(probe, web, 80))
                .agree(lab.trace(phone, web, 80))
                .agree(lab.trace(phone, host, 8081))
                .agree(lab.trace(laptop, host, 8081))
                .agree(lab.trace(phone, host, 5432))
                .agree(lab.trace(host, host, 5432))
                .agree(lab.trace(api, worker, 5432))
                .agree(lab.trace(worker, INTERNET, 443))
                .agree(lab.trace(lonely, INTERNET, 443))
                .agree(lab.trace(phone, probe, 9090))
                .agree(lab.trace(host, web, 80))
                .agree(lab.trace(web, api, 80))
                .agree(lab.trace(phone, host, 8080, Protocol.UDP));
        return new Scenario("Docker: bridges, isolation, published ports, host and none", lab, b.probes);
    }

    /** macvlan: containers straight on the LAN; the host cannot reach its own. */
    static Scenario macvlan() {
        Lab lab = Net.newLab("verify: macvlan");
        var home = lab.lan("home", "192.168.1.0/24");
        var host = home.host("docker-host", "192.168.1.2");
        var docker = host.docker();
        var lanNet = docker.macvlan("lan", "eth0");
        var cam = docker.run("cam", "camera:1").on(lanNet);
        var phone = home.host("phone", "192.168.1.20");
        Builder b = new Builder()
                .agree(lab.trace(phone, cam, 80))
                .agree(lab.trace(host, cam, 80))
                .agree(lab.trace(cam, INTERNET, 443))
                .agree(lab.trace(cam, phone, 80));
        return new Scenario("Docker macvlan", lab, b.probes);
    }

    /** Chapter 5: kubeadm with Flannel, three nodes; ClusterIP, NodePort, LoadBalancer, Local, no endpoints. */
    static Scenario flannel() {
        Lab lab = Net.newLab("verify: Flannel");
        var dc = lab.lan("datacenter", "192.168.10.0/24");
        var k8s = dc.kubernetes("shop", 3).cni(Cni.FLANNEL);
        var shop = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080);
        var svc = shop.expose(80).nodePort(30080);
        var one = k8s.deployment("one", "one:1").replicas(1).port(9000);
        var local = one.expose(90).nodePort(30090).externalTrafficPolicy(TrafficPolicy.LOCAL);
        var front = k8s.deployment("front", "front:1").replicas(2).port(7000);
        var lb = front.expose(70).loadBalancer();
        var empty = k8s.deployment("ghost", "ghost:1").replicas(0).port(8081).expose(81);
        var client = dc.host("client", "192.168.10.50");
        var p0 = shop.pods().get(0);
        var p1 = shop.pods().get(1);
        var n = k8s.nodes();
        Builder b = new Builder()
                .agree(lab.trace(client, n.get(0), 30080))
                .agree(lab.trace(client, n.get(1), 30080))
                .agree(lab.trace(client, n.get(2), 30080))
                .agree(lab.trace(p0, svc, 80))
                .agree(lab.trace(p0, p1, 8080))
                .agree(lab.trace(p0, INTERNET, 443))
                .agree(lab.trace(n.get(0), svc, 80))
                .agree(lab.trace(client, n.get(0), 30090))
                .agree(lab.trace(client, n.get(1), 30090))
                .agree(lab.trace(client, n.get(2), 30090))
                .agree(lab.trace(p0, local, 90))
                .agree(lab.trace(one.pods().get(0), local, 90)) // hairpin: the Service's only endpoint is the sender
                .agree(lab.trace(n.get(1), local, 90))
                .agree(lab.trace(INTERNET, lb, 70))
                .agree(lab.trace(client, svc, 80))
                .agree(lab.trace(p0, empty, 81))
                .agree(lab.trace(shop.pods().get(2), svc, 80))
                .agree(lab.trace(client, p0, 8080))
                .agree(lab.trace(p1, client, 80));
        return new Scenario("Kubernetes with Flannel VXLAN: ClusterIP, NodePort, LoadBalancer, Local", lab, b.probes);
    }

    /** Calico-style routed pods on two nodes. */
    static Scenario calico() {
        Lab lab = Net.newLab("verify: Calico");
        var dc = lab.lan("datacenter", "192.168.20.0/24");
        var k8s = dc.kubernetes("routed", 2).cni(Cni.CALICO, "10.88.0.0/16");
        var api = k8s.deployment("api", "api:2").replicas(2).port(8443);
        var svc = api.expose(443).nodePort(30443);
        var client = dc.host("client", "192.168.20.50");
        var p0 = api.pods().get(0);
        var p1 = api.pods().get(1);
        String noBridge = "new: routed pods have no cni0 bridge address; MASQUERADE towards a pod on the node takes "
                + "the node's own address (192.168.20.10), the simulator uses the pod range's first address";
        String natOutgoing = "new (since b152d91): the simulator no longer masquerades pods leaving the pod range "
                + "with Calico (natOutgoing, on by default in Calico's IP pool); INTERNET sees the pod's 10.88.0.2";
        Builder b = new Builder()
                .agree(lab.trace(p0, p1, 8443))
                .agree(lab.trace(p0, INTERNET, 443))
                .known(noBridge, lab.trace(p0, svc, 443))
                .known(noBridge, lab.trace(client, k8s.nodes().get(0), 30443))
                .agree(lab.trace(client, k8s.nodes().get(1), 30443))
                .agree(lab.trace(client, p1, 8443));
        return new Scenario("Kubernetes with Calico-style routed pods", lab, b.probes);
    }

    /** The north star of chapter 5: an Ingress behind a load balancer, a Service, pods across nodes. */
    static Scenario ingress() {
        Lab lab = Net.newLab("verify: ingress");
        var dc = lab.lan("datacenter", "192.168.10.0/24");
        var k8s = dc.kubernetes("shop", 3).cni(Cni.FLANNEL);
        var shop = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080);
        var svc = shop.expose(80);
        var orders = k8s.deployment("orders", "orders:2").replicas(1).port(7000);
        var ordersSvc = orders.expose(80);
        k8s.ingress("public").rule("shop.example.com", "/", svc).rule("shop.example.com", "/orders", ordersSvc);
        Builder b = new Builder()
                .agree(lab.trace(INTERNET, "http://shop.example.com/cart"))
                .agree(lab.trace(INTERNET, "http://shop.example.com/orders/42"))
                .agree(lab.trace(shop.pods().get(0), ordersSvc, 80));
        return new Scenario("Kubernetes Ingress behind a load balancer", lab, b.probes);
    }
}
