package vnetlab.netfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static vnetlab.Net.FLANNEL;

import org.junit.jupiter.api.Test;
import vnetlab.Net;

/** {@code lab.ipAddr(…)} and {@code lab.ipRoute(…)}: the namespaces the trace runs on, as {@code ip} shows them. */
class IpViewsTest {

    @Test
    void a_flannel_node_has_cni0_flannel_1_and_a_route_per_other_node_through_flannel_1() {
        // given
        var lab = Net.newLab("ip");
        var k8s = lab.lan("dc", "192.168.10.0/24").kubernetes("k", 2).cni(FLANNEL);
        var node = k8s.nodes().get(0);
        // when
        String addr = lab.ipAddr(node);
        String route = lab.ipRoute(node);
        // then: flannel's subnet.env and VXLAN routes (flannel Documentation/backends.md)
        assertThat(addr).contains("eth0 inet " + node.address() + "/24 scope global eth0",
                "cni0 inet 10.244.0.1/24 scope global cni0", "flannel.1 inet 10.244.0.0/32 scope global flannel.1");
        assertThat(route).contains("default via 192.168.10.1 dev eth0",
                "10.244.0.0/24 dev cni0 proto kernel scope link src 10.244.0.1",
                "10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink");
    }

    @Test
    void a_docker_host_has_its_bridges_as_connected_networks() {
        // given
        var lab = Net.newLab("ip docker");
        var host = lab.lan("home", "192.168.1.0/24").host("docker-host", "192.168.1.2");
        host.docker().run("web", "nginx");
        // when
        String route = lab.ipRoute(host);
        // then
        assertThat(route).startsWith("default via 192.168.1.1 dev eth0\n")
                .contains("172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1");
    }
}
