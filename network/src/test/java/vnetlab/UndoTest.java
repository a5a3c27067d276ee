package vnetlab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vnetlab.model.LabFile;
import vnetlab.model.Protocol;

/**
 * A learner who got an exercise wrong can take the wrong step back and do the right one, without restarting: the
 * lock-outs observed in the course (exercises 0.1, 2.2, 2.4, 5.1), and that an error names the undo call.
 */
class UndoTest {
    @BeforeEach
    void freshSession() {
        Net.forgetLabs();
    }

    @Test
    void a_host_on_the_wrong_lan_can_be_removed_and_made_again_on_the_right_one() {
        // given: exercise 0.1, the wrong answer "nas on a new LAN"
        var lab = Net.newLab("hello");
        var home = lab.lan("home", "192.168.1.0/24");
        var laptop = home.host("laptop", "192.168.1.2");
        home.host("phone", "192.168.1.20");
        var office = lab.lan("office", "10.0.0.0/24");
        office.host("nas", "10.0.0.30");
        // when: the right answer fails and names the undo
        assertThatThrownBy(() -> home.host("nas", "192.168.1.30")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("host \"nas\" already exists on office (10.0.0.30); remove it with lab.removeHost(\"nas\"), or use another name");
        lab.removeHost("nas").removeLan("office");
        var nas = home.host("nas", "192.168.1.30");
        // then
        assertThat(lab.trace(laptop, nas, 445).delivered()).isTrue();
        assertThat(lab.lans()).extracting(l -> l.name()).containsExactly("home");
    }

    @Test
    void a_port_forward_to_the_wrong_guest_port_is_taken_back_with_unforward() {
        // given: exercise 2.2, the wrong answer "forwarded to the wrong guest port"
        var lab = Net.newLab("Bridged vs NAT");
        var home = lab.lan("home", "192.168.1.0/24");
        var laptop = home.host("laptop", "192.168.1.2");
        var vbox = laptop.hypervisor(Net.VIRTUALBOX);
        var dev = vbox.vm("dev").nat();
        var phone = home.host("phone", "192.168.1.20");
        vbox.forward(8080, dev, 8080);
        // when
        assertThatThrownBy(() -> vbox.forward(8080, dev, 80)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("host port 8080/tcp on laptop already forwards to dev:8080; remove it with vbox.unforward(8080),"
                        + " or pick another host port");
        vbox.unforward(8080);
        vbox.forward(8080, dev, 80);
        // then
        var trace = lab.trace(phone, laptop, 8080);
        assertThat(trace.delivered()).isTrue();
        assertThat(vbox.forwards()).singleElement().satisfies(f -> assertThat(f.guestPort()).isEqualTo(80));
    }

    @Test
    void a_vm_made_bridged_by_mistake_becomes_nat_or_is_removed_and_made_again() {
        // given: exercise 2.4, the wrong answer "ci bridged instead of NAT"
        var lab = Net.newLab("Bridged vs NAT");
        var home = lab.lan("home", "192.168.1.0/24");
        var laptop = home.host("laptop", "192.168.1.2");
        var vbox = laptop.hypervisor(Net.VIRTUALBOX);
        var dev = vbox.vm("dev").nat();
        vbox.forward(2222, dev, 22);
        var phone = home.host("phone", "192.168.1.20");
        var wrong = vbox.vm("ci").bridged();
        var bridgedAddress = wrong.address();
        // when: the right answer re-run over it
        var ci = vbox.vm("ci").nat();
        vbox.forward(2223, ci, 22);
        // then
        assertThat(ci).isSameAs(wrong);
        assertThat(home.owner(bridgedAddress)).as("the DHCP lease of the bridged NIC is given back").isEmpty();
        assertThat(lab.trace(phone, ci, 22).delivered()).isFalse();
        assertThat(lab.trace(phone, laptop, 2223).delivered()).isTrue();
        // and when: removed and made again instead
        vbox.removeVm("ci");
        assertThat(vbox.forwards()).extracting(f -> f.hostPort()).containsExactly(2222);
        var again = vbox.vm("ci").nat();
        vbox.forward(2223, again, 22);
        assertThat(lab.trace(phone, laptop, 2223).delivered()).isTrue();
    }

    @Test
    void a_service_on_the_wrong_port_is_removed_and_exposed_again() {
        // given: exercise 5.1, cart.expose(9090) instead of expose(80)
        var lab = Net.newLab("Kubernetes ingress");
        var k8s = lab.lan("datacenter", "192.168.10.0/24").kubernetes("shop", 3).cni(Net.FLANNEL);
        var tools = k8s.deployment("tools", "busybox").replicas(1).port(9000);
        var cart = k8s.deployment("cart", "cart:2.1").replicas(2).port(9090);
        cart.expose(9090);
        // when
        assertThatThrownBy(() -> cart.expose(80)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Service \"cart\" already exposes port 9090 → pods :9090, not 80 → :9090; remove it with"
                        + " k8s.removeService(\"cart\"), or use k8s.service(...) for a second Service");
        assertThatThrownBy(() -> k8s.service("cart", 80, 9090, "app=cart")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("; remove it with k8s.removeService(\"cart\"), or use another name");
        k8s.removeService("cart");
        var svc = cart.expose(80);
        // then
        assertThat(lab.trace(tools.pods().get(0), svc, 80).delivered()).isTrue();
        assertThat(k8s.services()).extracting(s -> s.name()).containsExactly("cart");
    }

    @Test
    void a_container_published_on_the_wrong_port_is_unpublished_or_removed() {
        // given
        var lab = Net.newLab("Docker networking");
        var home = lab.lan("home", "192.168.1.0/24");
        var host = home.host("docker-host", "192.168.1.2");
        var docker = host.docker();
        var web = docker.run("web", "nginx").publish(8080, 8080);
        var phone = home.host("phone", "192.168.1.20");
        // when
        assertThatThrownBy(() -> docker.run("other", "nginx").publish(8080, 80)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("host port 8080/tcp on docker-host is already published by container \"web\"; remove it with"
                        + " docker.container(\"web\").unpublish(8080), or pick another host port for container \"other\"");
        web.unpublish(8080).publish(8080, 80);
        // then
        assertThat(web.published()).hasSize(1);
        assertThat(lab.trace(phone, host, 8080).delivered()).isTrue();
        // and when: removed altogether
        docker.rm("web");
        assertThat(docker.containers()).extracting(c -> c.name()).containsExactly("other");
        docker.run("web", "nginx:1.27");
        assertThat(docker.container("web").address().toString()).isEqualTo("172.17.0.2");
    }

    @Test
    void an_ingress_rule_and_a_node_port_are_taken_back() {
        // given
        var lab = Net.newLab("Kubernetes ingress");
        var k8s = lab.lan("datacenter", "192.168.10.0/24").kubernetes("shop", 3).cni(Net.FLANNEL);
        var shop = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080);
        var svc = shop.expose(80).nodePort(30080);
        var ingress = k8s.ingress("public").rule("shop.example.com", "/cart", Net.EXACT, svc);
        // when
        assertThatThrownBy(() -> k8s.removeService("shop")).hasMessage("Ingress \"public\" still sends to Service \"shop\"; remove"
                + " its rules first (ingress.removeRule(host, path)) or remove it with k8s.removeIngress(\"public\")");
        ingress.removeRule("shop.example.com", "/cart").rule("shop.example.com", "/", svc);
        svc.removeNodePort();
        // then
        assertThat(svc.nodePortNumber()).isEmpty();
        assertThat(lab.trace(Net.INTERNET, "http://shop.example.com/cart").delivered()).isTrue();
        assertThat(ingress.rules()).singleElement().satisfies(r -> assertThat(r.path()).isEqualTo("/"));
    }

    @Test
    void removals_replay_from_a_lab_file() {
        // given
        var lab = Net.newLab("Bridged vs NAT");
        var home = lab.lan("home", "192.168.1.0/24");
        var vbox = home.host("laptop", "192.168.1.2").hypervisor(Net.VIRTUALBOX);
        var dev = vbox.vm("dev").nat();
        vbox.forward(8080, dev, 8080).unforward(8080).forward(8080, dev, 80).forward(5353, dev, 53, Protocol.UDP);
        vbox.vm("ci").bridged();
        vbox.removeVm("ci");
        lab.lan("office", "10.0.0.0/24").host("nas", "10.0.0.30");
        lab.removeHost("nas");
        // when
        var loaded = LabFile.read(LabFile.write(lab.topology()), "undo.json");
        // then
        assertThat(loaded.snapshot()).isEqualTo(lab.snapshot());
        assertThat(LabFile.write(lab.topology())).contains("\"do\" : \"forward.remove\"", "\"do\" : \"vm.remove\"",
                "\"do\" : \"host.remove\"");
    }

    @Test
    void a_whole_lab_starts_again_with_reset() {
        // given
        var lab = Net.lab("hello");
        lab.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.2");
        // when
        Net.lab("hello").reset();
        // then
        assertThat(lab.lans()).isEmpty();
        assertThat(lab.lan("home", "10.0.0.0/24").cidr().toString()).isEqualTo("10.0.0.0/24");
    }
}
