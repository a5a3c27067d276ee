package vnetlab.netfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static vnetlab.Net.FLANNEL;
import static vnetlab.Net.VIRTUALBOX;

import java.util.List;
import org.junit.jupiter.api.Test;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.Host;
import vnetlab.model.TrafficPolicy;
import vnetlab.sim.DropReason;
import vnetlab.sim.Hop;

/**
 * The behaviours where our traces disagreed with the real kernel (issue 9, found by realizing labs in network
 * namespaces). Each test states what Linux really does and cites the source that explains it.
 */
class KernelTruthTest {

    /** Chapter 4: docker0 with web publishing 8080:80, and api on the user-defined bridge backend. */
    static final class Docker {
        final Lab lab = Net.newLab("Docker networking");
        final Host host = lab.lan("home", "192.168.1.0/24").host("docker-host", "192.168.1.2");
        final vnetlab.model.DockerEngine docker = host.docker();
        final vnetlab.model.Container web = docker.run("web", "nginx").publish(8080, 80);
        final vnetlab.model.Container api = docker.run("api", "python:3.12").on(docker.network("backend"));
    }

    @Test
    void a_container_on_another_bridge_reaches_a_published_port_through_the_host_address_via_docker_proxy() {
        // given: moby v28.5.2 iptablesdoc/generated/usernet-portmap.md: nat "-A DOCKER -i <bridge> -j RETURN" skips
        // the DNAT for traffic from a bridge; docker-proxy (user space, on 0.0.0.0:8080) carries it instead
        var c = new Docker();
        // when
        var trace = c.lab.trace(c.api, c.host, 8080);
        // then: delivered, and web sees docker0's gateway (docker-proxy's own socket), not api
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.hops()).extracting(Hop::where).containsExactly("api", "docker-host", "web");
        Hop host = trace.hops().get(1);
        assertThat(host.rules()).anyMatch(r -> r.matches("-A DOCKER -i br-[0-9a-f]{12} -j RETURN"));
        assertThat(host.action()).contains("docker-proxy accepts 192.168.1.2:8080 and opens a new connection to "
                + "172.17.0.2:80");
        assertThat(trace.last().after().source()).hasToString("172.17.0.1");
    }

    @Test
    void a_container_reaching_its_own_published_port_through_the_host_address_is_delivered_hairpin() {
        // given: the same RETURN rule for docker0, then docker-proxy (usernet-portmap.md); with the userland proxy
        // on, Docker 28 writes no per-port hairpin MASQUERADE (that is usernet-portmap-noproxy.md)
        var c = new Docker();
        // when
        var trace = c.lab.trace(c.web, c.host, 8080);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.last().where()).isEqualTo("web");
        assertThat(trace.last().after().source()).hasToString("172.17.0.1");
        assertThat(trace.last().after().destinationPort()).isEqualTo(80);
    }

    @Test
    void a_pod_reaching_its_own_service_sees_its_bridge_address() {
        // given: kubernetes pkg/proxy/iptables/proxier.go writes "-A KUBE-SEP-… -s <podIP> -j KUBE-MARK-MASQ", so
        // KUBE-POSTROUTING masquerades the hairpin to the address of cni0, the device it leaves by
        var lab = Net.newLab("hairpin");
        var k8s = lab.lan("dc", "192.168.10.0/24").kubernetes("k", 2).cni(FLANNEL);
        var svc = k8s.deployment("solo", "solo:1").replicas(1).port(8080).expose(80);
        var pod = svc.endpoints().get(0);
        // when
        var trace = lab.trace(pod, svc, 80);
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(trace.last().where()).isEqualTo(pod.name());
        String bridge = pod.address().toString().replaceAll("\\.\\d+$", ".1");
        assertThat(trace.last().after().source()).hasToString(bridge);
        assertThat(trace.hops().get(1).rules()).contains("-A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000");
    }

    @Test
    void node_port_traffic_forwarded_over_flannel_reaches_the_pod_from_the_receiving_nodes_flannel_1_address() {
        // given: MASQUERADE takes the address of the device the packet leaves by; Flannel's route
        // "10.244.M.0/24 via 10.244.M.0 dev flannel.1 onlink" leaves by flannel.1 (10.244.N.0/32), VXLAN udp/8472
        // VNI 1 (flannel Documentation/backends.md)
        var lab = Net.newLab("nodeport");
        var dc = lab.lan("dc", "192.168.10.0/24");
        var k8s = dc.kubernetes("k", 3).cni(FLANNEL);
        var svc = k8s.deployment("app", "app:1").replicas(1).port(8080).expose(80).nodePort(30080);
        var home = svc.endpoints().get(0).node();
        var other = k8s.nodes().stream().filter(n -> n != home).findFirst().orElseThrow();
        var client = dc.host("client", "192.168.10.200");
        // when
        var trace = lab.trace(client, other, 30080);
        // then
        assertThat(trace.delivered()).isTrue();
        String flannel1 = other.podCidrs().get(0).network().toString();
        assertThat(trace.last().after().source()).hasToString(flannel1);
        assertThat(trace.hops().get(1).action()).contains("MASQUERADE 192.168.10.200 → " + flannel1)
                .endsWith(":8472");
    }

    @Test
    void external_traffic_policy_local_delivers_from_a_pod_and_from_the_node_and_drops_only_outside_traffic() {
        // given: proxier.go's KUBE-EXT chain of policy Local: "pod traffic for … external destinations"
        // (-s <clusterCIDR> -j KUBE-SVC) and "route LOCAL traffic" (--src-type LOCAL -j KUBE-SVC) go to any
        // endpoint; only the rest meets the filter DROP "has no local endpoints" in KUBE-EXTERNAL-SERVICES
        var lab = Net.newLab("local");
        var dc = lab.lan("dc", "192.168.10.0/24");
        var k8s = dc.kubernetes("k", 3).cni(FLANNEL);
        var svc = k8s.deployment("app", "app:1").replicas(1).port(8080).expose(80).nodePort(30080)
                .externalTrafficPolicy(TrafficPolicy.LOCAL);
        var other = k8s.nodes().stream().filter(n -> n != svc.endpoints().get(0).node()).findFirst().orElseThrow();
        var client = k8s.deployment("client", "curl").replicas(1).port(80).pods().get(0);
        var outside = dc.host("outside", "192.168.10.200");
        // when
        var fromPod = lab.trace(client, other, 30080);
        var fromNode = lab.trace(other, other, 30080);
        var fromOutside = lab.trace(outside, other, 30080);
        // then
        assertThat(fromPod.delivered()).isTrue();
        assertThat(fromNode.delivered()).isTrue();
        assertThat(fromOutside.dropReason()).contains(DropReason.NO_LOCAL_ENDPOINT);
        assertThat(fromOutside.dropHop().orElseThrow().rule()).isEqualTo("-A KUBE-EXTERNAL-SERVICES -p tcp -m comment "
                + "--comment \"default/app has no local endpoints\" -m addrtype --dst-type LOCAL -m tcp --dport 30080 "
                + "-j DROP");
    }

    @Test
    void a_service_without_endpoints_refuses_the_connection() {
        // given: proxier.go writes "-A KUBE-SERVICES … has no endpoints … -j REJECT" in the filter table
        var lab = Net.newLab("empty");
        var k8s = lab.lan("dc", "192.168.10.0/24").kubernetes("k", 2).cni(FLANNEL);
        var idle = k8s.deployment("idle", "idle:1").replicas(0).port(8080).expose(80);
        var client = k8s.deployment("client", "curl").replicas(1).port(80).pods().get(0);
        // when
        var trace = lab.trace(client, idle, 80);
        // then
        assertThat(trace.dropReason()).contains(DropReason.NO_ENDPOINTS);
        assertThat(trace.drop().orElseThrow().detail()).startsWith("refused by ")
                .contains("REJECT: the client gets connection refused");
        assertThat(trace.dropHop().orElseThrow().rule()).isEqualTo("-A KUBE-SERVICES -d " + idle.clusterIp()
                + "/32 -p tcp -m comment --comment \"default/idle has no endpoints\" -m tcp --dport 80 -j REJECT "
                + "--reject-with icmp-port-unreachable");
    }

    @Test
    void virtualbox_port_forwards_answer_on_localhost_and_the_host_sees_a_guests_connection_from_its_own_address() {
        // given: VirtualBox manual, "Network Address Translation (NAT)" and "Configuring Port Forwarding with NAT":
        // the NAT engine is user space; a forward without a host IP listens on every host address, 127.0.0.1 too;
        // a guest's connections leave from the VirtualBox process's own sockets
        var lab = Net.newLab("vbox");
        var home = lab.lan("home", "192.168.1.0/24");
        var laptop = home.host("laptop", "192.168.1.2");
        var vbox = laptop.hypervisor(VIRTUALBOX);
        var dev = vbox.vm("dev").nat();
        vbox.forward(2222, dev, 22);
        // when
        var ssh = lab.trace(laptop, laptop, 2222);
        var toHost = lab.trace(dev, laptop, 22);
        // then: ssh -p 2222 localhost reaches the guest, from the NAT engine's 10.0.2.2
        assertThat(ssh.delivered()).isTrue();
        assertThat(ssh.last().where()).isEqualTo("dev");
        assertThat(ssh.last().after().source()).hasToString("10.0.2.2");
        // and the host sees dev's connection coming from one of its own addresses: two connections, spliced
        assertThat(toHost.delivered()).isTrue();
        assertThat(toHost.last().where()).isEqualTo("laptop");
        assertThat(toHost.last().before().source()).hasToString("10.0.2.15");
        assertThat(toHost.last().after().source()).hasToString("192.168.1.2");
        assertThat(toHost.last().action()).contains("(user space) ends 10.0.2.15:49152 → 192.168.1.2:22 and opens "
                + "a new connection 192.168.1.2:");
    }

    @Test
    void the_rules_a_trace_quotes_are_rules_the_machine_prints() {
        // given
        var c = new Docker();
        List<String> printed = c.host.iptables().rules().stream().map(Object::toString).toList();
        // when
        var traces = List.of(c.lab.trace(c.api, c.host, 8080), c.lab.trace(c.web, Net.INTERNET, 443),
                c.lab.trace(c.api, c.web, 80));
        // then
        for (var t : traces) {
            for (Hop h : t.hops()) {
                if (h.where().equals("docker-host")) {
                    assertThat(h.rules()).filteredOn(r -> r.startsWith("-A ")).isNotEmpty()
                            .allSatisfy(r -> assertThat(printed).contains(r));
                }
            }
        }
    }
}
