package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vnetlab.Net.FLANNEL;
import static vnetlab.Net.VIRTUALBOX;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vnetlab.Lab;
import vnetlab.Net;

/** The north-star cells (shared/north-star.md) build the model state their comments promise. */
class NorthStarModelTest {

    @BeforeEach
    void freshSession() {
        Net.forgetLabs();
    }

    @Test
    void chapter_2_bridged_nat_and_host_only_vms_get_the_promised_addresses() {
        // given
        var lab = Net.lab("Bridged vs NAT");
        var home = lab.lan("home", "192.168.1.0/24");
        var laptop = home.host("laptop", "192.168.1.2");
        var vbox = laptop.hypervisor(VIRTUALBOX);
        // when
        var web = vbox.vm("web").bridged();
        var dev = vbox.vm("dev").nat();
        var db = vbox.vm("db").hostOnly();
        // then
        assertThat(home.router()).hasToString("192.168.1.1");
        assertThat(home.publicAddress()).hasToString("203.0.113.7");
        assertThat(home.cidr().contains(web.address())).isTrue();
        assertThat(web.address()).hasToString("192.168.1.100");
        assertThat(web.nic(1).mode()).isEqualTo(NicMode.BRIDGED);
        assertThat(dev.address()).hasToString("10.0.2.15");
        assertThat(dev.nic(1).gateway()).hasToString("10.0.2.2");
        assertThat(dev.nic(1).dns()).hasValue(Ipv4.parse("10.0.2.3"));
        assertThat(db.nic(1).networkName()).isEqualTo("vboxnet0");
        assertThat(Cidr.parse("192.168.56.0/24").contains(db.address())).isTrue();
    }

    @Test
    void chapter_2_port_forwarding_rule_points_at_the_nat_address() {
        // given
        var lab = Net.lab("Bridged vs NAT");
        var home = lab.lan("home", "192.168.1.0/24");
        var laptop = home.host("laptop", "192.168.1.2");
        var vbox = laptop.hypervisor(VIRTUALBOX);
        var dev = vbox.vm("dev").nat();
        home.host("phone", "192.168.1.20");
        // when
        vbox.forward(2222, dev, 22);
        // then
        assertThat(vbox.forwards()).singleElement().hasToString("tcp 0.0.0.0:2222 → dev 10.0.2.15:22");
        assertThat(lab.snapshot().host("laptop").orElseThrow().hypervisors().get(0).forwards()).hasSize(1);
    }

    @Test
    void chapter_3_layers_put_guests_beside_the_container_runtime() {
        // given
        var lab = Net.lab("layers");
        var laptop = lab.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.2");
        laptop.hypervisor(VIRTUALBOX).vm("web");
        laptop.docker().run("api", "python:3.12");
        // when
        var stack = laptop.layers();
        // then
        var kernel = stack.base().above().get(0);
        assertThat(kernel.kind()).isEqualTo(LayerStack.Kind.HOST_KERNEL);
        assertThat(kernel.above()).extracting(LayerStack.Layer::kind)
                .containsExactly(LayerStack.Kind.HYPERVISOR, LayerStack.Kind.CONTAINER_RUNTIME);
        assertThat(kernel.above().get(0).above().get(0).kind()).isEqualTo(LayerStack.Kind.GUEST_OS);
        assertThat(kernel.above().get(1).above().get(0).detail()).contains("shares the host kernel");
    }

    @Test
    void chapter_4_docker_addresses_follow_start_order_and_networks() {
        // given
        var lab = Net.lab("Docker networking");
        var home = lab.lan("home", "192.168.1.0/24");
        var host = home.host("docker-host", "192.168.1.2");
        // when
        var docker = host.docker();
        var web = docker.run("web", "nginx").publish(8080, 80);
        var backend = docker.network("backend");
        var api = docker.run("api", "python:3.12").on(backend);
        var probe = docker.run("probe", "prom/prometheus").hostNetwork();
        // then
        assertThat(docker.bridge().cidr()).hasToString("172.17.0.0/16");
        assertThat(docker.bridge().gateway()).hasToString("172.17.0.1");
        assertThat(docker.bridge().bridge()).hasValue("docker0");
        assertThat(web.address()).hasToString("172.17.0.2");
        assertThat(web.published()).singleElement().hasToString("0.0.0.0:8080->80/tcp");
        assertThat(backend.cidr()).hasToString("172.18.0.0/16");
        assertThat(backend.dns()).hasValue(Ipv4.parse("127.0.0.11"));
        assertThat(backend.bridge().orElseThrow()).matches("br-[0-9a-f]{12}");
        assertThat(api.address()).hasToString("172.18.0.2");
        assertThat(api.networks()).containsExactly(backend);
        assertThat(probe.hostNetworked()).isTrue();
        assertThat(probe.address()).hasToString("192.168.1.2");
    }

    @Test
    void chapter_5_kubernetes_ranges_pods_service_and_ingress() {
        // given
        var lab = Net.lab("Kubernetes ingress");
        var dc = lab.lan("datacenter", "192.168.10.0/24");
        // when
        var k8s = dc.kubernetes("shop", 3).cni(FLANNEL);
        var shop = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080);
        var svc = shop.expose(80);
        k8s.ingress("public").rule("shop.example.com", "/", svc);
        // then
        assertThat(k8s.nodes()).hasSize(3).allMatch(n -> dc.cidr().contains(n.address()));
        assertThat(k8s.podRange()).hasValue(Cidr.parse("10.244.0.0/16"));
        assertThat(k8s.nodes()).extracting(n -> n.podCidr().orElseThrow().toString())
                .containsExactly("10.244.0.0/24", "10.244.1.0/24", "10.244.2.0/24");
        assertThat(k8s.serviceRange()).hasToString("10.96.0.0/12");
        assertThat(k8s.dns()).hasToString("10.96.0.10");
        assertThat(shop.pods()).hasSize(3).extracting(p -> p.node().name()).containsExactly("node-1", "node-2", "node-3");
        assertThat(svc.type()).isEqualTo(ServiceType.CLUSTER_IP);
        assertThat(svc.port()).isEqualTo(80);
        assertThat(svc.targetPort()).isEqualTo(8080);
        assertThat(k8s.serviceRange().contains(svc.clusterIp())).isTrue();
        assertThat(svc.endpoints()).hasSize(3);
        assertThat(k8s.addressPlan().ok()).isTrue();
        assertThat(lab.snapshot().publicDns()).containsEntry("shop.example.com", k8s.ingressController().address());
    }

    @Test
    void the_errors_a_learner_meets_are_one_line_in_their_words() {
        // given
        Lab lab = Net.lab("errors");
        var home = lab.lan("home", "192.168.1.0/24");
        var shop = home.kubernetes("shop", 1).deployment("shop", "shop:1.4");
        // when / then
        assertThatThrownBy(() -> home.host("nas", "192.168.2.5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("192.168.2.5 is not in home (192.168.1.0/24)");
        assertThatThrownBy(() -> lab.lan("bad", "10.0.0.0/33"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("\"10.0.0.0/33\": prefix length must be 0..32");
        assertThatThrownBy(() -> shop.expose(80).nodePort(29999))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("NodePort 29999 is outside 30000-32767");
        assertThat(lab.lans()).hasSize(1);
    }
}
