package vnetlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static vnetlab.Net.*;

import org.junit.jupiter.api.Test;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.Container;
import vnetlab.model.DockerEngine;
import vnetlab.model.Host;
import vnetlab.model.Hypervisor;
import vnetlab.model.KubernetesCluster;
import vnetlab.model.Lan;
import vnetlab.model.Service;
import vnetlab.model.Vm;

/** The north-star cells (shared/north-star.md, chapters 2, 4 and 5) with their expected hops, rewrites and drops. */
class NorthStarTraceTest {

    /** Chapter 2's first cell plus the phone, as in the north star. */
    static final class Chapter2 {
        final Lab lab = Net.newLab("Bridged vs NAT");
        final Lan home = lab.lan("home", "192.168.1.0/24");
        final Host laptop = home.host("laptop", "192.168.1.2");
        final Hypervisor vbox = laptop.hypervisor(VIRTUALBOX);
        final Vm web = vbox.vm("web").bridged();
        final Vm dev = vbox.vm("dev").nat();
        final Vm db = vbox.vm("db").hostOnly();
        final Host phone = home.host("phone", "192.168.1.20");
    }

    /** Chapter 4's cell, as in the north star. */
    static final class Chapter4 {
        final Lab lab = Net.newLab("Docker networking");
        final Lan home = lab.lan("home", "192.168.1.0/24");
        final Host host = home.host("docker-host", "192.168.1.2");
        final DockerEngine docker = host.docker();
        final Container web = docker.run("web", "nginx").publish(8080, 80);
        final Container api = docker.run("api", "python:3.12").on(docker.network("backend"));
        final Container probe = docker.run("probe", "prom/prometheus").hostNetwork();
    }

    /** Chapter 5's cell, as in the north star. */
    static final class Chapter5 {
        final Lab lab = Net.newLab("Kubernetes ingress");
        final Lan dc = lab.lan("datacenter", "192.168.10.0/24");
        final KubernetesCluster k8s = dc.kubernetes("shop", 3).cni(FLANNEL);
        final Service svc = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080).expose(80);

        Chapter5() {
            k8s.ingress("public").rule("shop.example.com", "/", svc);
        }
    }

    @Test
    void phone_to_bridged_web_is_delivered_on_the_same_lan_without_rewrite() {
        // given
        var c = new Chapter2();
        // when
        var trace = c.lab.trace(c.phone, c.web, 80);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("phone", "web");
        assertThat(trace.hops()).noneMatch(Hop::rewrote);
        assertThat(trace.table()).extracting(Trace.Row::action)
                .containsExactly("sent on home", "delivered to web on tcp/80");
    }

    @Test
    void phone_to_nat_dev_is_dropped_at_laptop_because_nat_hides_it() {
        // given
        var c = new Chapter2();
        // when
        var trace = c.lab.trace(c.phone, c.dev, 22);
        // then
        assertThat(trace.delivered()).isFalse();
        assertThat(trace.dropReason()).contains(DropReason.NAT_HIDES_VM);
        assertThat(trace.summary()).isEqualTo(
                "phone → dev tcp/22: dropped at laptop: NAT hides dev; no port-forwarding rule for tcp/22");
        assertThat(trace.drop().orElseThrow().fix()).isEqualTo("add a port-forwarding rule, e.g. vbox.forward(2222, dev, 22)");
        assertThat(trace.reply()).isEmpty();
    }

    @Test
    void a_port_forward_dnats_the_laptop_port_to_dev_and_the_reply_is_un_natted() {
        // given
        var c = new Chapter2();
        c.vbox.forward(2222, c.dev, 22);
        // when
        var trace = c.lab.trace(c.phone, c.laptop, 2222);
        // then
        assertThat(trace.toString()).isEqualTo("""
                phone → laptop tcp/2222: delivered in 3 hops
                  #  where   source              destination                      what
                  1  phone   192.168.1.20:49152  192.168.1.2:2222                 sent on home
                  2  laptop  192.168.1.20:49152  192.168.1.2:2222 ⇒ 10.0.2.15:22  DNAT 192.168.1.2:2222 → 10.0.2.15:22 (VirtualBox NAT port forward); forwarded on NAT of dev
                       rule: VBoxManage modifyvm dev --natpf1 "tcp-2222,tcp,,2222,10.0.2.15,22"
                  3  dev     192.168.1.20:49152  10.0.2.15:22                     delivered to dev on tcp/22
                reply:
                  #  where   source                           destination         what
                  1  dev     10.0.2.15:22                     192.168.1.20:49152  answers
                  2  laptop  10.0.2.15:22 ⇒ 192.168.1.2:2222  192.168.1.20:49152  conntrack un-DNAT: source 10.0.2.15:22 → 192.168.1.2:2222
                  3  phone   192.168.1.2:2222                 192.168.1.20:49152  received by phone
                """);
    }

    @Test
    void dev_reaches_the_internet_through_virtualbox_snat_and_the_home_router_snat() {
        // given
        var c = new Chapter2();
        // when
        var trace = c.lab.trace(c.dev, INTERNET, 443);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("dev", "laptop", "home router", "INTERNET");
        assertThat(trace.hops().get(1).action()).startsWith("SNAT 10.0.2.15 → 192.168.1.2 (VirtualBox NAT)");
        assertThat(trace.hops().get(2).action()).startsWith("SNAT 192.168.1.2 → 203.0.113.7 (home router)");
        assertThat(trace.hops().get(2).rule())
                .isEqualTo("-A POSTROUTING -s 192.168.1.0/24 -o wan -j SNAT --to-source 203.0.113.7");
        assertThat(trace.last().before().source().toString()).isEqualTo("203.0.113.7");
        assertThat(trace.reply()).extracting(Hop::action).containsExactly(
                "answers",
                "conntrack un-SNAT: destination 203.0.113.7:49152 → 192.168.1.2:49152",
                "conntrack un-SNAT: destination 192.168.1.2:49152 → 10.0.2.15:49152",
                "received by dev");
    }

    @Test
    void host_only_db_has_no_way_out() {
        // given
        var c = new Chapter2();
        // when
        var trace = c.lab.trace(c.db, INTERNET, 443);
        // then
        assertThat(trace.dropReason()).contains(DropReason.HOST_ONLY_NO_WAY_OUT);
        assertThat(trace.summary()).isEqualTo("db → INTERNET tcp/443: dropped at db: db is only on host-only network "
                + "vboxnet0: a host-only network has no way out");
    }

    @Test
    void the_chapter_2_reachability_matrix_names_why_each_refused_cell_is_refused() {
        // given
        var c = new Chapter2();
        // when
        var matrix = c.lab.reachability();
        // then
        assertThat(matrix.toString()).isEqualTo("""
                who can open a connection to whom (tcp/80)
                from \\ to  laptop  phone  web  dev  db   INTERNET
                laptop     ·       ✓      ✓    ✗1   ✓    ✓
                phone      ✓       ·      ✓    ✗1   ✗2   ✓
                web        ✓       ✓      ·    ✗1   ✗2   ✓
                dev        ✓       ✓      ✓    ·    ✓    ✓
                db         ✓       ✗3     ✗3   ✗1   ·    ✗3
                INTERNET   ✗4      ✗4     ✗4   ✗4   ✗4   ·
                ✗1: NAT hides the VM from other devices
                ✗2: a host-only network is reachable only from its host and VMs
                ✗3: a host-only network has no way out
                ✗4: the router's NAT hides the LAN behind it
                """);
        assertThat(matrix.cell("phone", "dev").detail()).isEqualTo("NAT hides dev; no port-forwarding rule for tcp/80");
    }

    @Test
    void a_published_port_is_dnatted_to_the_container() {
        // given
        var c = new Chapter4();
        // when
        var trace = c.lab.trace(c.home.host("phone", "192.168.1.20"), c.host, 8080);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("phone", "docker-host", "web");
        assertThat(trace.table().get(1).destination()).isEqualTo("192.168.1.2:8080 ⇒ 172.17.0.2:80");
        assertThat(trace.hops().get(1).rules())
                .contains("-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80",
                        "-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT");
        assertThat(trace.reply().get(1).action()).isEqualTo("conntrack un-DNAT: source 172.17.0.2:80 → 192.168.1.2:8080");
    }

    @Test
    void a_container_leaves_masqueraded_to_the_host_address() {
        // given
        var c = new Chapter4();
        // when
        var trace = c.lab.trace(c.web, INTERNET, 443);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.table().get(1).source()).isEqualTo("172.17.0.2:49152 ⇒ 192.168.1.2:49152");
        assertThat(trace.hops().get(1).action()).startsWith("MASQUERADE 172.17.0.2 → 192.168.1.2 (Docker)");
        assertThat(trace.hops().get(1).rules()).containsExactly("-A DOCKER-FORWARD -i docker0 -j ACCEPT",
                "-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE");
    }

    @Test
    void separate_bridge_networks_are_isolated() {
        // given
        var c = new Chapter4();
        // when
        var trace = c.lab.trace(c.api, c.web, 80);
        // then
        assertThat(trace.dropReason()).contains(DropReason.BRIDGE_NETWORKS_ISOLATED);
        assertThat(trace.dropHop().orElseThrow().where()).isEqualTo("docker-host");
        // Docker 28 drops it before the isolation chains: every container's address is reachable only from its own
        // bridge (raw PREROUTING, filterDirectAccess in moby v28.5.2 libnetwork/drivers/bridge/internal/iptabler/
        // endpoint.go).
        assertThat(trace.dropHop().orElseThrow().rule()).isEqualTo("-A PREROUTING -d 172.17.0.2/32 ! -i docker0 -j DROP");
    }

    @Test
    void an_unpublished_container_port_is_dropped_at_the_host() {
        // given
        var c = new Chapter4();
        // when
        var trace = c.lab.trace(c.home.host("phone", "192.168.1.20"), c.web, 6379);
        // then
        assertThat(trace.dropReason()).contains(DropReason.PORT_NOT_PUBLISHED);
        assertThat(trace.drop().orElseThrow().detail())
                .isEqualTo("port 6379 is not published: docker-host has no DNAT rule for tcp/6379 to web");
    }

    @Test
    void the_ingress_trace_goes_load_balancer_ingress_controller_service_pod_across_nodes() {
        // given
        var c = new Chapter5();
        // when
        var trace = c.lab.trace(INTERNET, "http://shop.example.com/cart");
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.seedUsed()).isTrue();
        assertThat(trace.summary()).endsWith("(seed 42)");
        assertThat(trace.hops()).extracting(Hop::action).anyMatch(a -> a.startsWith("load balancer of Service"))
                .anyMatch(a -> a.startsWith("kube-proxy: NodePort"))
                .anyMatch(a -> a.startsWith("ingress controller: http://shop.example.com/cart matches rule shop.example.com / (Prefix)"))
                .anyMatch(a -> a.startsWith("kube-proxy: ClusterIP"))
                .anyMatch(a -> a.contains("VXLAN (flannel.1, VNI 1): encapsulated in udp"));
        assertThat(trace.last().where()).startsWith("shop-");
        assertThat(trace.last().after().destinationPort()).isEqualTo(8080);
    }

    @Test
    void the_same_seed_gives_the_same_trace_and_another_seed_may_differ() {
        // given
        var c = new Chapter5();
        // when
        String first = c.lab.trace(INTERNET, "http://shop.example.com/cart").toString();
        String again = c.lab.trace(INTERNET, "http://shop.example.com/cart").toString();
        // then
        assertThat(again).isEqualTo(first);
        assertThat(c.lab.seed(7).trace(INTERNET, "http://shop.example.com/cart").summary()).endsWith("(seed 7)");
    }

    @Test
    void an_unknown_ingress_path_host_gets_a_name_error_and_an_unmatched_path_gets_404() {
        // given
        var c = new Chapter5();
        c.k8s.ingress("public").rule("shop.example.com", "/api", EXACT, c.svc);
        var exactOnly = Net.newLab("exact only");
        var k8s = exactOnly.lan("dc", "192.168.20.0/24").kubernetes("k", 2);
        var svc = k8s.deployment("api", "api:1").replicas(1).port(8080).expose(80);
        k8s.ingress("api").rule("api.example.com", "/v1", EXACT, svc);
        // when
        var unknownHost = c.lab.trace(INTERNET, "http://other.example.com/");
        var noRule = exactOnly.trace(INTERNET, "http://api.example.com/v1/");
        // then
        assertThat(unknownHost.dropReason()).contains(DropReason.NAME_NOT_RESOLVED);
        assertThat(noRule.dropReason()).contains(DropReason.INGRESS_NO_RULE);
        assertThat(noRule.drop().orElseThrow().detail())
                .isEqualTo("no ingress rule matches http://api.example.com/v1/; the ingress controller answers 404");
    }
}
