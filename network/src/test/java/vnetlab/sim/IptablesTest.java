package vnetlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static vnetlab.Net.INTERNET;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vnetlab.model.netfilter.KubeChains;
import vnetlab.model.netfilter.Rule;

/**
 * host.iptables() and node.iptables() against the rule shapes of GROUND-TRUTH.md (moby's iptables golden files,
 * kubernetes pkg/proxy/iptables). iptables-save prints {@code -m tcp} before {@code --dport}, so the lines carry it.
 */
class IptablesTest {

    @Test
    void docker_writes_the_published_port_masquerade_and_accept_rules_of_the_ground_truth() {
        // given
        var c = new NorthStarTraceTest.Chapter4();
        // when
        var rules = c.host.iptables();
        // then
        assertThat(rules.table("nat")).extracting(Rule::toString).contains(
                "-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER",
                "-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80",
                "-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE");
        assertThat(rules.table("filter")).extracting(Rule::toString).contains(
                "-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT");
    }

    @Test
    void docker_isolates_each_bridge_network_from_the_others() {
        // given
        var c = new NorthStarTraceTest.Chapter4();
        // when
        var isolation = c.host.iptables().chain("DOCKER-ISOLATION-STAGE-2");
        // then
        assertThat(isolation).extracting(Rule::spec).containsExactly("-o br-" + isolation.get(0).spec().substring(6, 18)
                + " -j DROP", "-o docker0 -j DROP");
    }

    @Test
    void a_host_network_container_publishes_nothing() {
        // given
        var c = new NorthStarTraceTest.Chapter4();
        c.probe.publish(9090, 9090);
        // when
        var dnat = c.host.iptables().chain("DOCKER");
        // then
        assertThat(dnat).extracting(Rule::spec).noneMatch(s -> s.contains("9090"));
    }

    @Test
    void a_host_without_docker_has_no_rules() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        // when / then
        assertThat(c.phone.iptables().rules()).isEmpty();
        assertThat(c.phone.iptables()).hasToString("(no nat or filter rules)");
    }

    @Test
    void iptables_save_text_declares_chains_and_commits_each_table() {
        // given
        var c = new NorthStarTraceTest.Chapter4();
        // when
        String text = c.host.iptables().toString();
        // then
        assertThat(text).startsWith("*raw\n:PREROUTING ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n")
                .contains("COMMIT\n*nat\n:PREROUTING ACCEPT [0:0]\n", "COMMIT\n*filter\n:INPUT ACCEPT [0:0]\n"
                        + ":FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n:DOCKER - [0:0]\n").endsWith("COMMIT\n");
    }

    @Test
    void kube_proxy_picks_endpoints_with_probability_one_over_n_and_the_last_unconditionally() {
        // given
        var c = new NorthStarTraceTest.Chapter5();
        String chain = KubeChains.service("default/shop", "tcp");
        // when
        var svc = c.k8s.nodes().get(0).iptables().chain(chain);
        // then
        // iptables-save prints back what the kernel keeps, round(p * 2^31) / 2^31, with 11 decimals
        assertThat(svc).hasSize(4);
        assertThat(svc.get(0).spec()).startsWith("! -s 10.244.0.0/16 -d ").endsWith(" -j KUBE-MARK-MASQ");
        assertThat(svc.get(1).spec()).contains("-m statistic --mode random --probability 0.33333333349 -j KUBE-SEP-");
        assertThat(svc.get(2).spec()).contains("-m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-");
        assertThat(svc.get(3).spec()).doesNotContain("--probability").contains("-j KUBE-SEP-");
    }

    @Test
    void kube_services_matches_the_cluster_ip_and_ends_with_the_nodeports_jump() {
        // given
        var c = new NorthStarTraceTest.Chapter5();
        // when
        List<Rule> services = c.k8s.nodes().get(1).iptables().chain("KUBE-SERVICES");
        // then
        assertThat(services.get(0).spec()).isEqualTo("-d " + c.svc.clusterIp() + "/32 -p tcp -m comment --comment "
                + "\"default/shop cluster IP\" -m tcp --dport 80 -j " + KubeChains.service("default/shop", "tcp"));
        assertThat(services.get(services.size() - 1).spec()).endsWith("-m addrtype --dst-type LOCAL -j KUBE-NODEPORTS");
    }

    @Test
    void each_endpoint_chain_dnats_to_its_pod_and_target_port() {
        // given
        var c = new NorthStarTraceTest.Chapter5();
        var pod = c.svc.endpoints().get(0);
        String sep = KubeChains.endpoint("default/shop", "tcp", pod.address() + ":8080");
        // when
        var rules = c.k8s.nodes().get(0).iptables().chain(sep);
        // then
        assertThat(rules).extracting(Rule::spec).containsExactly(
                "-s " + pod.address() + "/32 -m comment --comment \"default/shop\" -j KUBE-MARK-MASQ",
                "-p tcp -m comment --comment \"default/shop\" -m tcp -j DNAT --to-destination " + pod.address() + ":8080");
    }

    @Test
    void every_rule_a_trace_names_is_one_the_node_holds() {
        // given
        var c = new NorthStarTraceTest.Chapter5();
        var written = c.k8s.nodes().stream().flatMap(n -> n.iptables().rules().stream()).map(Rule::toString).toList();
        // when
        var named = c.lab.trace(INTERNET, "http://shop.example.com/cart").hops().stream()
                .flatMap(h -> h.rules().stream()).filter(r -> r.startsWith("-A KUBE-")).toList();
        // then
        assertThat(named).isNotEmpty().allSatisfy(r -> assertThat(written).contains(r));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
            "ns1/svc1:p80, tcp, '',            KUBE-SVC-XPGD46QRK7WJZT7O",
            "ns1/svc1:p80, tcp, 10.180.0.1:80, KUBE-SEP-SXIVWICOYRO3J4NJ",
    })
    void chain_names_hash_like_kube_proxy(String servicePort, String protocol, String endpoint, String chain) {
        // given: the names from kubernetes pkg/proxy/iptables/proxier_test.go
        // when
        String name = endpoint.isEmpty() ? KubeChains.service(servicePort, protocol)
                : KubeChains.endpoint(servicePort, protocol, endpoint);
        // then
        assertThat(name).isEqualTo(chain);
    }
}
