package vnetlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vnetlab.Net.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vnetlab.Net;
import vnetlab.model.TrafficPolicy;

/** One behaviour per test, each true to GROUND-TRUTH.md, through the learner's API. */
class StageBehaviourTest {

    @Test
    void flannel_carries_pod_to_pod_traffic_across_nodes_in_vxlan() {
        // given
        var c = new NorthStarTraceTest.Chapter5();
        var pods = c.svc.endpoints();
        // when
        var trace = c.lab.trace(pods.get(0), pods.get(1), 8080);
        // then
        assertThat(trace.delivered()).isTrue();
        // Flannel's VXLAN on Linux is udp/8472, VNI 1 (flannel Documentation/backends.md)
        assertThat(trace.hops().get(1).action()).contains("VXLAN (flannel.1, VNI 1): encapsulated in udp 192.168.10.")
                .endsWith(":8472");
        assertThat(trace.hops().get(2).action()).startsWith("VXLAN (flannel.1, VNI 1): decapsulated");
        assertThat(trace.hops()).noneMatch(Hop::rewrote);
    }

    @Test
    void calico_routes_pod_traffic_between_nodes_without_encapsulation() {
        // given
        var lab = Net.newLab("calico");
        var k8s = lab.lan("dc", "10.10.0.0/24").kubernetes("k", 2).cni(CALICO);
        var app = k8s.deployment("app", "app:1").replicas(2).port(8080);
        var pods = app.pods();
        // when
        var trace = lab.trace(pods.get(0), pods.get(1), 8080);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.hops()).noneMatch(h -> h.action().contains("VXLAN"));
        assertThat(trace.hops()).extracting(Hop::where).hasSize(4);
    }

    @Test
    void aws_vpc_pods_sit_on_the_vpc_subnet_and_are_reached_directly() {
        // given
        var lab = Net.newLab("vpc");
        var dc = lab.lan("vpc", "10.20.0.0/16");
        var k8s = dc.kubernetes("k", 2).cni(AWS_VPC);
        var pod = k8s.deployment("app", "app:1").replicas(1).port(8080).pods().get(0);
        var bastion = dc.host("bastion", "10.20.5.5");
        // when
        var trace = lab.trace(bastion, pod, 8080);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("bastion", pod.name());
    }

    @Test
    void a_nodeport_opens_on_every_node() {
        // given
        var c = new NorthStarTraceTest.Chapter5();
        c.svc.nodePort(30080);
        var client = c.dc.host("client", "192.168.10.200");
        // when
        List<Boolean> delivered = new ArrayList<>();
        for (var node : c.k8s.nodes()) {
            delivered.add(c.lab.trace(client, node, 30080).delivered());
        }
        // then
        assertThat(delivered).containsOnly(true).hasSize(3);
    }

    @Test
    void external_traffic_policy_local_drops_on_a_node_without_an_endpoint_and_keeps_the_client_address() {
        // given
        var lab = Net.newLab("local");
        var dc = lab.lan("dc", "192.168.10.0/24");
        var k8s = dc.kubernetes("k", 3);
        var svc = k8s.deployment("app", "app:1").replicas(1).port(8080).expose(80).nodePort(30080)
                .externalTrafficPolicy(TrafficPolicy.LOCAL);
        var client = dc.host("client", "192.168.10.200");
        var home = svc.endpoints().get(0).node();
        var other = k8s.nodes().stream().filter(n -> n != home).findFirst().orElseThrow();
        // when
        var dropped = lab.trace(client, other, 30080);
        var kept = lab.trace(client, home, 30080);
        // then
        assertThat(dropped.dropReason()).contains(DropReason.NO_LOCAL_ENDPOINT);
        assertThat(dropped.drop().orElseThrow().detail()).isEqualTo(other.name()
                + " runs no endpoint of the Service, and externalTrafficPolicy=Local keeps outside traffic on this node "
                + "(kube-proxy's rule -A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment \"default/app has no local "
                + "endpoints\" -m addrtype --dst-type LOCAL -m tcp --dport 30080 -j DROP)");
        assertThat(kept.delivered()).isTrue();
        assertThat(kept.last().after().source().toString()).isEqualTo("192.168.10.200");
    }

    @Test
    void external_traffic_policy_cluster_snats_the_client_to_the_node() {
        // given
        var c = new NorthStarTraceTest.Chapter5();
        c.svc.nodePort(30080);
        var client = c.dc.host("client", "192.168.10.200");
        var node = c.k8s.nodes().get(0);
        // when
        var trace = c.lab.trace(client, node, 30080);
        // then
        assertThat(trace.delivered()).isTrue();
        // MASQUERADE takes the address of the interface the packet leaves by: cni0 (10.244.0.1) for a pod on this
        // node, flannel.1 (10.244.0.0/32) for one on another node
        var leaving = trace.hops().get(1).after().source().toString();
        assertThat(leaving).isIn("10.244.0.1", "10.244.0.0");
        assertThat(trace.hops().get(1).action()).contains("MASQUERADE 192.168.10.200 → " + leaving
                + " (kube-proxy, marked 0x4000)");
        assertThat(trace.hops().get(1).rules()).contains(
                "-A KUBE-POSTROUTING -m comment --comment \"kubernetes service traffic requiring SNAT\" -j MASQUERADE "
                        + "--random-fully");
    }

    @Test
    void a_cluster_ip_is_not_reachable_from_outside_the_cluster() {
        // given
        var c = new NorthStarTraceTest.Chapter5();
        var client = c.dc.host("client", "192.168.10.200");
        // when
        var trace = c.lab.trace(client, c.svc, 80);
        // then
        assertThat(trace.dropReason()).contains(DropReason.CLUSTER_IP_OUTSIDE);
        assertThat(trace.dropHop().orElseThrow().where()).isEqualTo("client");
    }

    @Test
    void a_pod_reaches_a_service_by_its_cluster_dns_name() {
        // given
        var c = new NorthStarTraceTest.Chapter5();
        var pod = c.svc.endpoints().get(0);
        // when
        var short_ = c.lab.trace(pod, "shop", 80);
        var full = c.lab.trace(pod, "shop.default.svc.cluster.local", 80);
        // then
        assertThat(short_.delivered()).isTrue();
        assertThat(short_.request().destination()).isEqualTo(c.svc.clusterIp());
        assertThat(full.delivered()).isTrue();
    }

    @Test
    void containers_on_a_user_defined_network_resolve_each_other_and_the_default_bridge_does_not() {
        // given
        var c = new NorthStarTraceTest.Chapter4();
        var backend = c.docker.network("backend");
        var db = c.docker.run("db", "postgres:16").on(backend);
        // when
        var byName = c.lab.trace(c.api, "db", 5432);
        var defaultBridge = c.lab.trace(c.web, "api", 80);
        // then
        assertThat(byName.delivered()).isTrue();
        assertThat(byName.request().destination()).isEqualTo(db.address());
        assertThat(defaultBridge.dropReason()).contains(DropReason.NAME_NOT_RESOLVED);
        assertThat(defaultBridge.drop().orElseThrow().fix()).startsWith("container names resolve only on user-defined networks");
    }

    @Test
    void a_host_network_container_is_the_host_itself() {
        // given
        var c = new NorthStarTraceTest.Chapter4();
        // when
        var trace = c.lab.trace(c.home.host("phone", "192.168.1.20"), c.probe, 9090);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.last().where()).isEqualTo("docker-host");
        assertThat(trace.hops()).noneMatch(Hop::rewrote);
    }

    @Test
    void a_container_with_network_none_has_only_loopback() {
        // given
        var c = new NorthStarTraceTest.Chapter4();
        var lonely = c.docker.run("lonely", "alpine").noNetwork();
        // when
        var trace = c.lab.trace(lonely, INTERNET, 443);
        // then
        assertThat(trace.dropReason()).contains(DropReason.NO_NETWORK);
    }

    @Test
    void the_userland_proxy_carries_loopback_connections_to_a_published_port() {
        // given
        var c = new NorthStarTraceTest.Chapter4();
        // when
        var trace = c.lab.trace(c.host, "http://127.0.0.1:8080/");
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.hops().get(0).action()).startsWith("docker-proxy accepts 127.0.0.1:8080 and opens a new "
                + "connection to 172.17.0.2:80");
        assertThat(trace.last().where()).isEqualTo("web");
    }

    @Test
    void two_vms_on_plain_nat_cannot_reach_each_other() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        var dev2 = c.vbox.vm("dev2").nat();
        // when
        var trace = c.lab.trace(dev2, c.dev, 22);
        // then
        assertThat(trace.dropReason()).contains(DropReason.NAT_VMS_ISOLATED);
    }

    @Test
    void nothing_outside_the_host_reaches_a_host_only_vm_but_the_host_does() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        // when
        var fromPhone = c.lab.trace(c.phone, c.db, 22);
        var fromLaptop = c.lab.trace(c.laptop, c.db, 22);
        // then
        assertThat(fromPhone.dropReason()).contains(DropReason.HOST_ONLY_NO_WAY_IN);
        assertThat(fromLaptop.delivered()).isTrue();
        assertThat(fromLaptop.request().source().toString()).isEqualTo("192.168.56.1");
    }

    @Test
    void the_internet_cannot_open_a_connection_into_a_natted_lan() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        // when
        var trace = c.lab.trace(INTERNET, c.phone, 80);
        // then
        assertThat(trace.dropReason()).contains(DropReason.ROUTER_HIDES_LAN);
        assertThat(trace.drop().orElseThrow().detail())
                .isEqualTo("home router hides home behind its NAT; no port forward for tcp/80 to phone");
    }

    @Test
    void a_ping_crosses_the_nat_without_ports() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        // when
        var ping = c.lab.ping(c.dev, INTERNET);
        // then
        assertThat(ping.delivered()).isTrue();
        assertThat(ping.title()).isEqualTo("dev → INTERNET icmp");
        assertThat(ping.request()).hasToString("icmp 10.0.2.15 → 192.0.2.1");
    }

    @Test
    void a_routing_loop_stops_at_the_hop_cap() {
        // given
        var b = new FabricBuilder(Fixtures.ip("192.0.2.1"));
        var lan = b.fabric.segment("lan:x", "x", Fixtures.cidr("10.1.0.0/24"), Segment.Kind.LAN);
        var r1 = b.machine("r1", "r1", Station.Kind.ROUTER, lan, Fixtures.ip("10.1.0.1"), Fixtures.ip("10.1.0.2"));
        var r2 = b.machine("r2", "r2", Station.Kind.ROUTER, lan, Fixtures.ip("10.1.0.2"), Fixtures.ip("10.1.0.1"));
        r1.forwards = true;
        r2.forwards = true;
        var sim = Fixtures.sim(b);
        // when
        var trace = sim.trace(r1, r1, vnetlab.model.Protocol.TCP, 80);
        var loop = Tracer.run(new Run(b.fabric, r1, 1, null, null, null), r1,
                Packet.tcp(Fixtures.ip("10.1.0.1"), 1, Fixtures.ip("198.51.100.99"), 80), "loop");
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(loop.dropReason()).contains(DropReason.HOP_LIMIT);
        assertThat(loop.hops()).hasSize(Tracer.HOP_CAP);
    }

    @Test
    void an_endpoint_of_another_lab_is_refused_with_the_fix() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        var other = new NorthStarTraceTest.Chapter4();
        // when / then
        assertThatThrownBy(() -> c.lab.trace(c.phone, other.web, 80))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("web is not in lab \"Bridged vs NAT\"; build it in this lab (was the lab reset?)");
    }

    @Test
    void a_bad_port_or_url_is_refused_with_the_fix() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        // when / then
        assertThatThrownBy(() -> c.lab.trace(c.phone, c.web, 70000))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("port 70000 must be 1..65535");
        assertThatThrownBy(() -> c.lab.trace(c.phone, "ftp://web/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"ftp://web/\" is not an http or https URL; write e.g. \"http://shop.example.com/cart\"");
        assertThatThrownBy(() -> c.lab.trace(c.phone, "web"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"web\" needs a port: write lab.trace(from, \"web\", 80) or a URL such as \"http://web/\"");
    }

    @Test
    void an_overlay_network_carries_container_traffic_between_swarm_hosts_in_vxlan() {
        // given
        var lab = Net.newLab("swarm");
        var office = lab.lan("office", "192.168.1.0/24");
        var h1 = office.host("h1", "192.168.1.11");
        var h2 = office.host("h2", "192.168.1.12");
        var web = lab.swarm("prod").join(h1.docker()).join(h2.docker()).overlay("web");
        var a = h1.docker().run("a", "nginx").on(web);
        h2.docker().run("b", "nginx").on(web);
        // when
        var trace = lab.trace(a, "b", 80);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("a", "h1", "h2", "b");
        assertThat(trace.hops().get(1).action()).endsWith("VXLAN (overlay web, udp/4789): encapsulated in udp "
                + "192.168.1.11 → 192.168.1.12:4789");
        assertThat(trace.hops()).noneMatch(Hop::rewrote);
    }

    @Test
    void an_overlay_reaches_a_container_on_a_swarm_member_that_shares_its_name_with_another_machine() {
        // given: a host and a VM both called "node" (the swarm lists its members by machine name)
        var lab = Net.newLab("swarm names");
        var office = lab.lan("office", "192.168.20.0/24");
        var host = office.host("node", "192.168.20.5");
        var vm = office.host("server", "192.168.20.6").hypervisor(KVM).vm("node").bridged();
        var appnet = lab.swarm("prod").join(host.docker()).join(vm.docker()).overlay("appnet");
        var front = host.docker().run("front", "nginx").on(appnet);
        var back = vm.docker().run("back", "python:3.12").on(appnet);
        // when
        var trace = lab.trace(back, front, 80);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.request()).hasToString("tcp 10.0.1.3:49152 → 10.0.1.2:80");
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("back", "node", "node", "front");
        assertThat(trace.hops().get(1).action()).isEqualTo("forwarded on office via 192.168.20.5 (node); "
                + "VXLAN (overlay appnet, udp/4789): encapsulated in udp 192.168.20.100 → 192.168.20.5:4789");
        assertThat(trace.hops().get(2).action()).isEqualTo("VXLAN (overlay appnet, udp/4789): decapsulated; "
                + "forwarded on appnet on node");
        assertThat(trace.hops().get(3).action()).isEqualTo("delivered to front on tcp/80");
    }

    @Test
    void docker_desktop_forwards_localhost_into_its_vm_and_on_to_the_container() {
        // given
        var lab = Net.newLab("local dev");
        var laptop = lab.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.2");
        laptop.dockerDesktop().run("web", "nginx").publish(8080, 80);
        // when
        var trace = lab.trace(laptop, "http://localhost:8080/");
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("laptop", "docker-desktop", "web");
        assertThat(trace.request()).hasToString("tcp 127.0.0.1:49152 → 127.0.0.1:8080");
        assertThat(trace.hops().get(1).rules())
                .contains("-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80");
    }

    /** A laptop with Docker Desktop running pg published on 127.0.0.1:5432, and a phone on the same LAN. */
    static final class LoopbackDesktop {
        final vnetlab.Lab lab = Net.newLab("local dev");
        final vnetlab.model.Lan home = lab.lan("home", "192.168.1.0/24");
        final vnetlab.model.Host laptop = home.host("laptop", "192.168.1.2");
        final vnetlab.model.Host phone = home.host("phone", "192.168.1.3");
        final vnetlab.model.Container pg = laptop.dockerDesktop().run("pg", "postgres:16")
                .publish("127.0.0.1", 5432, 5432);
    }

    @Test
    void a_trace_from_a_machine_to_itself_goes_through_its_loopback_into_docker_desktop() {
        // given
        var d = new LoopbackDesktop();
        // when
        var trace = d.lab.trace(d.laptop, d.laptop, 5432);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.request()).hasToString("tcp 127.0.0.1:49152 → 127.0.0.1:5432");
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("laptop", "docker-desktop", "pg");
        assertThat(trace.hops().get(0).action()).isEqualTo("Docker Desktop port forwarding accepts 127.0.0.1:5432 "
                + "and opens a new connection to 192.168.65.3:5432; sent on desktop-nat");
        assertThat(trace.hops().get(0).rule())
                .isEqualTo("Docker Desktop forwards tcp/127.0.0.1:5432 to docker-desktop 192.168.65.3:5432");
        assertThat(trace.hops().get(2).action()).isEqualTo("delivered to pg on tcp/5432");
    }

    @Test
    void localhost_resolves_to_the_senders_own_loopback() {
        // given
        var d = new LoopbackDesktop();
        // when
        var trace = d.lab.trace(d.laptop, "localhost", 5432);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.request()).hasToString("tcp 127.0.0.1:49152 → 127.0.0.1:5432");
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("laptop", "docker-desktop", "pg");
    }

    @Test
    void a_docker_desktop_port_published_on_loopback_is_refused_on_the_laptops_lan_address() {
        // given
        var d = new LoopbackDesktop();
        // when
        var trace = d.lab.trace(d.phone, d.laptop, 5432);
        // then
        assertThat(trace.dropReason()).contains(DropReason.PUBLISHED_ON_LOOPBACK);
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("phone", "laptop");
        assertThat(trace.hops().get(1).action()).isEqualTo("dropped: pg publishes tcp/5432 on 127.0.0.1 only: "
                + "laptop accepts it on localhost, not on 192.168.1.2");
        assertThat(trace.drop().orElseThrow().fix()).isEqualTo("publish it without a host IP, .publish(5432, 5432), "
                + "or on the LAN address, .publish(\"192.168.1.2\", 5432, 5432)");
    }

    @Test
    void a_docker_desktop_port_published_on_all_addresses_is_forwarded_from_the_lan() {
        // given
        var lab = Net.newLab("local dev");
        var home = lab.lan("home", "192.168.1.0/24");
        var laptop = home.host("laptop", "192.168.1.2");
        var phone = home.host("phone", "192.168.1.3");
        laptop.dockerDesktop().run("pg", "postgres:16").publish(5432, 5432);
        // when
        var trace = lab.trace(phone, laptop, 5432);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("phone", "laptop", "docker-desktop", "pg");
    }

    @Test
    void a_linux_docker_port_published_on_loopback_reaches_the_container_through_docker_proxy_from_the_host() {
        // given
        var lab = Net.newLab("server");
        var server = lab.lan("office", "192.168.1.0/24").host("server", "192.168.1.10");
        server.docker().run("db", "postgres:16").publish("127.0.0.1", 5432, 5432);
        // when
        var trace = lab.trace(server, "localhost", 5432);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("server", "db");
        assertThat(trace.hops().get(0).action()).isEqualTo("docker-proxy accepts 127.0.0.1:5432 and opens a new "
                + "connection to 172.17.0.2:5432; sent on bridge (docker0)");
        assertThat(trace.hops().get(0).rule()).isEqualTo("docker-proxy -proto tcp -host-ip 127.0.0.1 -host-port 5432 "
                + "-container-ip 172.17.0.2 -container-port 5432");
    }

    @Test
    void a_linux_docker_port_published_on_loopback_is_refused_from_the_lan() {
        // given
        var lab = Net.newLab("server");
        var office = lab.lan("office", "192.168.1.0/24");
        var server = office.host("server", "192.168.1.10");
        var pc = office.host("pc", "192.168.1.20");
        var db = server.docker().run("db", "postgres:16").publish("127.0.0.1", 5432, 5432);
        // when
        var trace = lab.trace(pc, db, 5432);
        // then
        assertThat(trace.dropReason()).contains(DropReason.PUBLISHED_ON_LOOPBACK);
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("pc", "server");
        assertThat(trace.hops().get(1).action()).isEqualTo("dropped: db publishes tcp/5432 on 127.0.0.1 only: "
                + "server accepts it on localhost, not on 192.168.1.10");
    }

    @Test
    void kind_nodes_are_containers_and_pods_leave_through_two_masquerades() {
        // given
        var lab = Net.newLab("kind");
        var laptop = lab.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.2");
        var pod = laptop.kind("dev", 2).deployment("app", "app:1").replicas(1).port(8080).pods().get(0);
        // when
        var trace = lab.trace(pod, INTERNET, 443);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.hops()).extracting(Hop::where)
                .containsExactly(pod.name(), pod.node().name(), "laptop", "home router", "INTERNET");
        assertThat(trace.hops().get(2).action()).startsWith("MASQUERADE 172.18.0.");
    }

    @Test
    void libvirt_masquerades_its_nat_network_and_the_host_reaches_its_vms_on_virbr0() {
        // given
        var lab = Net.newLab("kvm");
        var server = lab.lan("home", "192.168.1.0/24").host("server", "192.168.1.5");
        var app = server.hypervisor(KVM).vm("app").nat();
        // when
        var out = lab.trace(app, INTERNET, 443);
        var in = lab.trace(server, app, 80);
        // then
        assertThat(out.hops().get(1).rules()).containsExactly("-A LIBVIRT_FWO -s 192.168.122.0/24 -i virbr0 -j ACCEPT",
                "-A LIBVIRT_PRT -s 192.168.122.0/24 ! -d 192.168.122.0/24 -p tcp -j MASQUERADE --to-ports 1024-65535");
        assertThat(in.delivered()).isTrue();
        assertThat(in.request().source().toString()).isEqualTo("192.168.122.1");
    }

    @Test
    void a_service_does_not_send() {
        // given
        var c = new NorthStarTraceTest.Chapter5();
        // when / then
        assertThatThrownBy(() -> c.lab.trace(c.svc, INTERNET, 443)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Service shop does not open connections; its pods do: trace from one of them");
    }

    @Test
    void after_a_host_fails_its_vm_answers_from_the_surviving_host() {
        // given
        var lab = Net.newLab("ha");
        var office = lab.lan("office", "192.168.1.0/24");
        var esx1 = office.host("esx1", "192.168.1.11").hypervisor(VMWARE);
        var esx2 = office.host("esx2", "192.168.1.12").hypervisor(VMWARE);
        var app = esx1.vm("app").bridged();
        var ha = lab.hypervisorCluster("ha").add(esx1).add(esx2);
        var client = office.host("client", "192.168.1.50");
        // when
        ha.fail(esx1.host());
        var toVm = lab.trace(client, app, 443);
        var toFailed = lab.trace(client, esx1.host(), 22);
        // then
        assertThat(toVm.delivered()).isTrue();
        assertThat(toFailed.dropReason()).contains(DropReason.HOST_DOWN);
        assertThat(toFailed.drop().orElseThrow().detail()).isEqualTo("esx1 is down (it failed)");
    }

    @Test
    void a_port_published_on_loopback_only_is_reached_from_the_host_but_not_from_the_lan() {
        // given
        var c = new NorthStarTraceTest.Chapter4();
        var cache = c.docker.run("cache", "redis").publish("127.0.0.1", 6379, 6379);
        var phone = c.home.host("phone", "192.168.1.20");
        // when
        var fromLan = c.lab.trace(phone, cache, 6379);
        var fromHost = c.lab.trace(c.host, "http://127.0.0.1:6379/");
        // then
        assertThat(fromLan.dropReason()).contains(DropReason.PUBLISHED_ON_LOOPBACK);
        assertThat(fromHost.delivered()).isTrue();
        assertThat(fromHost.last().where()).isEqualTo("cache");
    }

    @Test
    void a_pod_reaching_a_cluster_ip_keeps_its_address_and_a_node_is_masqueraded() {
        // given
        var c = new NorthStarTraceTest.Chapter5();
        var pod = c.svc.endpoints().get(0);
        var node = c.k8s.nodes().get(1);
        // when
        var fromPod = c.lab.trace(pod, c.svc, 80);
        var fromNode = c.lab.trace(node, c.svc, 80);
        // then
        assertThat(fromPod.delivered()).isTrue();
        assertThat(fromPod.last().after().source()).isEqualTo(pod.address());
        assertThat(fromPod.hops()).flatExtracting(Hop::rules).noneMatch(r -> r.contains("KUBE-MARK-MASQ"));
        assertThat(fromNode.delivered()).isTrue();
        assertThat(fromNode.hops().get(0).rules()).contains("-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000");
    }

    @Test
    void a_udp_trace_follows_the_same_path_as_tcp() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        // when
        var trace = c.lab.trace(c.dev, INTERNET, 53, UDP);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.title()).isEqualTo("dev → INTERNET udp/53");
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("dev", "laptop", "home router", "INTERNET");
    }

    @Test
    void a_ping_at_a_nat_vm_ends_at_its_host() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        // when
        var ping = c.lab.ping(c.phone, c.dev);
        // then
        assertThat(ping.dropReason()).contains(DropReason.NAT_HIDES_VM);
        assertThat(ping.drop().orElseThrow().detail())
                .isEqualTo("NAT hides dev; a ping to laptop's address is answered by laptop itself, not by dev");
    }

    @Test
    void a_container_resolves_lab_names_through_the_hosts_dns() {
        // given
        var c = new NorthStarTraceTest.Chapter4();
        c.home.host("nas", "192.168.1.30");
        // when
        var trace = c.lab.trace(c.web, "nas", 445);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.hops().get(1).action()).startsWith("MASQUERADE 172.17.0.2 → 192.168.1.2");
    }

    @Test
    void a_load_balancer_with_policy_local_sends_only_to_nodes_with_an_endpoint_and_keeps_the_client_address() {
        // given
        var lab = Net.newLab("lb local");
        var k8s = lab.lan("dc", "192.168.10.0/24").kubernetes("k", 3);
        var svc = k8s.deployment("app", "app:1").replicas(1).port(8080).expose(80).loadBalancer()
                .externalTrafficPolicy(TrafficPolicy.LOCAL);
        var home = svc.endpoints().get(0).node();
        // when
        List<String> lbTargets = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            lbTargets.add(lab.seed(seed).trace(INTERNET, svc, 80).hops().get(2).where());
        }
        var trace = lab.seed(1).trace(INTERNET, svc, 80);
        // then
        assertThat(lbTargets).containsOnly(home.name());
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.last().after().source()).isEqualTo(INTERNET.address());
    }

    @Test
    void an_internet_host_is_reached_by_name_through_public_dns() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        var git = c.lab.internetHost("git.example.org", "198.51.100.200");
        // when
        var trace = c.lab.trace(c.dev, "https://git.example.org/repo");
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("dev", "laptop", "home router", git.name());
        assertThat(trace.last().before().source().toString()).isEqualTo("203.0.113.7");
    }
}
