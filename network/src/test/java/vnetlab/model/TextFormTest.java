package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every object's text/plain form says what it is and its addresses. */
class TextFormTest {
    private Topology lab;
    private Lan home;
    private Host laptop;

    @BeforeEach
    void home() {
        lab = new Topology("home lab");
        home = lab.lan("home", "192.168.1.0/24");
        laptop = home.host("laptop", "192.168.1.2");
    }

    @Test
    void lab_lan_and_host() {
        // given
        laptop.hypervisor(HypervisorKind.VIRTUALBOX).vm("web");
        // when / then
        assertThat(lab).hasToString("lab \"home lab\": 1 LAN, 1 host, 1 VM, 0 containers");
        assertThat(home).hasToString("LAN home 192.168.1.0/24, router 192.168.1.1 → 203.0.113.7 (NAT), 1 host");
        assertThat(laptop).hasToString("host laptop 192.168.1.2 on home, runs VirtualBox (1 VM)");
        assertThat(laptop.nic("eth0").toString()).startsWith("eth0 192.168.1.2/24 on home, MAC 00:1b:21:");
    }

    @Test
    void hypervisor_vm_and_virtual_network() {
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        var dev = vbox.vm("dev").nat();
        dev.nic(2).hostOnly();
        vbox.forward(2222, dev, 22);
        // when / then
        assertThat(vbox).hasToString("VirtualBox \"vbox\" on laptop");
        assertThat(dev).hasToString("VM dev on VirtualBox (laptop): nic1 NAT 10.0.2.15/24 on NAT, gateway 10.0.2.2;"
                + " nic2 host-only 192.168.56.101/24 on vboxnet0, gateway 192.168.56.1");
        assertThat(vbox.network("vboxnet0"))
                .hasToString("vboxnet0 (host only) 192.168.56.0/24, host 192.168.56.1, DHCP 192.168.56.101-192.168.56.254");
        assertThat(vbox.forwards().get(0)).hasToString("tcp 0.0.0.0:2222 → dev 10.0.2.15:22");
    }

    @Test
    void docker_engine_network_and_containers() {
        // given
        var docker = laptop.docker();
        var web = docker.run("web", "nginx").publish(8080, 80);
        var backend = docker.network("backend");
        var api = docker.run("api", "python:3.12").on(backend, "api-v1");
        var probe = docker.run("probe", "prom/prometheus").hostNetwork();
        // when / then
        assertThat(docker).hasToString("Docker on laptop: 3 containers; networks bridge 172.17.0.0/16, host, none, backend 172.18.0.0/16");
        assertThat(web).hasToString("container web (nginx) on laptop: bridge 172.17.0.2, publishes 0.0.0.0:8080->80/tcp");
        assertThat(api).hasToString("container api (python:3.12) on laptop: backend 172.18.0.2 aliases [api-v1]");
        assertThat(probe).hasToString("container probe (prom/prometheus) on laptop: host network");
        assertThat(backend.toString()).matches("Docker network backend \\(bridge br-[0-9a-f]{12}\\) 172\\.18\\.0\\.0/16,"
                + " gateway 172\\.18\\.0\\.1, DNS 127\\.0\\.0\\.11, 1 container");
    }

    @Test
    void kubernetes_objects() {
        // given
        var k8s = lab.lan("dc", "192.168.10.0/24").kubernetes("shop", 2);
        var shop = k8s.deployment("shop", "shop:1.4").replicas(2).port(8080);
        var svc = shop.expose(80);
        var ingress = k8s.ingress("public").rule("shop.example.com", "/", svc);
        // when / then
        assertThat(k8s).hasToString("Kubernetes cluster shop (kubeadm, Flannel): 2 nodes on dc 192.168.10.0/24, pods 10.244.0.0/16,"
                + " services 10.96.0.0/12, DNS 10.96.0.10; 2 Deployments, 2 pods, 2 Services");
        assertThat(shop).hasToString("Deployment shop (shop:1.4) 2 replicas, port 8080");
        assertThat(svc.toString()).matches("Service shop \\(ClusterIP\\) 10\\.\\d+\\.\\d+\\.\\d+:80 → pods :8080, 2 endpoints");
        assertThat(shop.pods().get(0).toString()).matches("pod shop-[a-z0-9]{10}-[a-z0-9]{5} 10\\.244\\.0\\.2 on node-1 \\(shop:1\\.4, port 8080\\)");
        assertThat(k8s.nodes().get(1)).hasToString("node node-2 192.168.10.11, pods 10.244.1.0/24, 1 pod");
        assertThat(ingress).hasToString("Ingress public: shop.example.com/ (Prefix) → shop:80");
        assertThat(k8s.ingressController()).hasToString("ingress controller ingress-nginx-controller at 198.51.100.10 (1 pod)");
    }

    @Test
    void address_plan_is_a_small_table() {
        // given
        var k8s = lab.lan("dc", "192.168.10.0/24").kubernetes("shop", 2);
        // when / then
        assertThat(k8s.addressPlan()).hasToString("""
                address plan of cluster shop
                  nodes     192.168.10.0/24    network dc
                  pods      10.244.0.0/16      Flannel's default
                  services  10.96.0.0/12       DNS 10.96.0.10
                    node-1         192.168.10.10   pods 10.244.0.0/24
                    node-2         192.168.10.11   pods 10.244.1.0/24
                  no overlaps""");
    }

    @Test
    void address_plan_lists_overlaps_with_the_lab_s_other_lans() {
        // given
        lab.lan("office", "10.244.5.0/24");
        var k8s = lab.lan("dc", "192.168.10.0/24").kubernetes("shop", 1);
        // when
        var plan = k8s.addressPlan();
        // then
        assertThat(plan.ok()).isFalse();
        assertThat(plan.overlaps()).singleElement().hasToString("pod range 10.244.0.0/16 overlaps LAN office 10.244.5.0/24");
    }

    @Test
    void layer_stack_is_an_indented_tree() {
        // given
        laptop.hypervisor(HypervisorKind.VIRTUALBOX).vm("web");
        laptop.docker().run("api", "python:3.12");
        // when / then
        assertThat(laptop.layers()).hasToString("""
                layers of laptop
                  laptop hardware (1 NIC)
                    host OS kernel (the one kernel the host's processes and containers use)
                      VirtualBox (runs on the host OS)
                        web (guest OS with its own kernel, 2048 MiB)
                      Docker engine (namespaces and cgroups on the host kernel)
                        api (python:3.12, shares the host kernel)""");
    }

    @Test
    void inventory_has_a_row_per_object() {
        // given
        laptop.hypervisor(HypervisorKind.VIRTUALBOX).vm("web").bridged();
        laptop.docker().run("api", "python:3.12");
        lab.internetHost("example.com", "93.184.216.34");
        // when
        var rows = lab.inventory();
        // then
        assertThat(rows).extracting(InventoryRow::toString).containsExactly(
                "LAN | home | router 192.168.1.1, public 203.0.113.7 | 192.168.1.0/24",
                "host | laptop | home | 192.168.1.2",
                "hypervisor | vbox | VirtualBox on laptop | vboxnet0 192.168.56.0/24",
                "VM | web | VirtualBox on laptop | 192.168.1.100 (bridged)",
                "Docker network | bridge | bridge on laptop | 172.17.0.0/16",
                "container | api | Docker on laptop | 172.17.0.2",
                "internet host | example.com | the internet | 93.184.216.34");
    }

    @Test
    void internet_endpoints() {
        // given / when / then
        assertThat(Internet.INTERNET).hasToString("INTERNET (a server out there, 192.0.2.1)");
        assertThat(lab.internetHost("api.example.net")).hasToString("internet host \"api.example.net\" 192.0.2.10");
    }
}
