package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vnetlab.Net;

/** Re-running a cell returns the same objects with the same addresses; conflicting settings fail, naming the difference. */
class RerunCellsTest {

    @BeforeEach
    void freshSession() {
        Net.forgetLabs();
    }

    private static void chapter2() {
        var lab = Net.lab("Bridged vs NAT");
        var home = lab.lan("home", "192.168.1.0/24");
        var laptop = home.host("laptop", "192.168.1.2");
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        var web = vbox.vm("web").bridged();
        var dev = vbox.vm("dev").nat();
        vbox.vm("db").hostOnly();
        vbox.forward(2222, dev, 22);
        home.host("phone", "192.168.1.20");
        var docker = laptop.docker();
        docker.run("web", "nginx").publish(8080, 80);
        docker.run("api", "python:3.12").on(docker.network("backend"), "api-v1");
        var k8s = lab.lan("dc", "192.168.10.0/24").kubernetes("shop", 3).cni(Cni.FLANNEL);
        var svc = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080).expose(80).nodePort(30080);
        k8s.ingress("public").rule("shop.example.com", "/", svc);
        web.memory(4096);
    }

    @Test
    void running_every_cell_twice_changes_nothing() {
        // given
        chapter2();
        var before = Net.lab("Bridged vs NAT").snapshot();
        // when
        chapter2();
        // then
        assertThat(Net.lab("Bridged vs NAT").snapshot()).isEqualTo(before);
        assertThat(Net.labs()).hasSize(1);
    }

    @Test
    void the_same_name_returns_the_same_object() {
        // given
        var lab = Net.lab("same");
        var home = lab.lan("home", "192.168.1.0/24");
        var vbox = home.host("laptop", "192.168.1.2").hypervisor(HypervisorKind.VIRTUALBOX);
        // when / then
        assertThat(Net.lab("same")).isSameAs(lab);
        assertThat(lab.lan("home", "192.168.1.0/24")).isSameAs(home);
        assertThat(lab.lan("home")).isSameAs(home);
        assertThat(home.host("laptop", "192.168.1.2").hypervisor(HypervisorKind.VIRTUALBOX)).isSameAs(vbox);
        assertThat(vbox.vm("web")).isSameAs(vbox.vm("web"));
    }

    @Test
    void a_lan_with_another_range_fails_naming_both() {
        // given
        var lab = Net.lab("conflicts");
        lab.lan("home", "192.168.1.0/24");
        // when / then
        assertThatThrownBy(() -> lab.lan("home", "10.0.0.0/24")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("LAN \"home\" is already 192.168.1.0/24, not 10.0.0.0/24; use another name for a second LAN, or remove it with lab.removeLan(\"home\")");
    }

    @Test
    void a_host_with_another_address_fails_naming_both() {
        // given
        var home = Net.lab("conflicts").lan("home", "192.168.1.0/24");
        home.host("laptop", "192.168.1.2");
        // when / then
        assertThatThrownBy(() -> home.host("laptop", "192.168.1.3"))
                .hasMessage("host \"laptop\" already has 192.168.1.2 on home, not 192.168.1.3; remove it with lab.removeHost(\"laptop\"), or use another name for another host");
    }

    @Test
    void a_container_with_another_image_fails_naming_both() {
        // given
        var docker = Net.lab("conflicts").lan("home", "192.168.1.0/24").host("h", "192.168.1.2").docker();
        docker.run("web", "nginx");
        // when / then
        assertThatThrownBy(() -> docker.run("web", "httpd"))
                .hasMessage("container \"web\" already runs nginx, not httpd; remove it with docker.rm(\"web\") first, or use another name for another container");
    }

    @Test
    void a_cluster_with_another_node_count_fails_naming_both() {
        // given
        var dc = Net.lab("conflicts").lan("dc", "192.168.10.0/24");
        dc.kubernetes("shop", 3);
        // when / then
        assertThatThrownBy(() -> dc.kubernetes("shop", 4))
                .hasMessage("Kubernetes cluster \"shop\" already has 3 kubeadm nodes on dc, not 4 kubeadm nodes on dc; use another name");
    }

    @Test
    void a_deployment_with_another_image_and_a_service_with_another_port_fail() {
        // given
        var k8s = Net.lab("conflicts").lan("dc", "192.168.10.0/24").kubernetes("shop", 1);
        var shop = k8s.deployment("shop", "shop:1.4").port(8080);
        shop.expose(80);
        // when / then
        assertThatThrownBy(() -> k8s.deployment("shop", "shop:1.5"))
                .hasMessage("Deployment \"shop\" already runs shop:1.4, not shop:1.5; remove it with k8s.removeDeployment(\"shop\"), or use another name for another Deployment");
        assertThatThrownBy(() -> shop.expose(81)).hasMessage("Service \"shop\" already exposes port 80 → pods :8080, not 81 → :8080;"
                + " remove it with k8s.removeService(\"shop\"), or use k8s.service(...) for a second Service");
    }

    @Test
    void a_vm_rewired_from_bridged_to_nat_gives_its_lan_address_back() {
        // given
        var lab = Net.lab("rewire");
        var home = lab.lan("home", "192.168.1.0/24");
        var vbox = home.host("laptop", "192.168.1.2").hypervisor(HypervisorKind.VIRTUALBOX);
        var web = vbox.vm("web").bridged();
        // when
        web.nat();
        var other = vbox.vm("other").bridged();
        // then
        assertThat(web.address()).hasToString("10.0.2.15");
        assertThat(other.address()).hasToString("192.168.1.100");
    }

    @Test
    void new_lab_starts_afresh_and_reset_empties_a_lab() {
        // given
        var lab = Net.lab("fresh");
        lab.lan("home", "192.168.1.0/24");
        // when
        var again = Net.newLab("fresh");
        lab.reset();
        // then
        assertThat(again.lans()).isEmpty();
        assertThat(lab.lans()).isEmpty();
        assertThat(Net.lab("fresh")).isSameAs(again);
    }
}
