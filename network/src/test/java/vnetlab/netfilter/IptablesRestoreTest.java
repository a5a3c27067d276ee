package vnetlab.netfilter;

import static org.assertj.core.api.Assertions.assertThat;
import static vnetlab.Net.FLANNEL;
import static vnetlab.Net.KVM;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.Protocol;
import vnetlab.model.TrafficPolicy;
import vnetlab.model.netfilter.Iptables;
import vnetlab.model.netfilter.Netfilter;

/**
 * Every rule set the DSL prints loads with the real {@code iptables-restore} — first {@code --test}, then for real
 * into a scratch network namespace — and {@code iptables-save} of that namespace gives back exactly the text we
 * printed (apart from its comment lines and counters). Needs root, iptables and iproute2 (.ci/run installs them).
 */
class IptablesRestoreTest {

    static Stream<Arguments> ruleSets() {
        List<Arguments> all = new ArrayList<>();
        // Chapter 4: docker0 with a published port, a user-defined bridge, a host-network container.
        Lab docker = Net.newLab("docker");
        var host = docker.lan("home", "192.168.1.0/24").host("docker-host", "192.168.1.2");
        var engine = host.docker();
        engine.run("web", "nginx").publish(8080, 80);
        var backend = engine.network("backend");
        engine.run("api", "python:3.12").on(backend).publish("127.0.0.1", 5000, 5000).publish(5353, 53, Protocol.UDP);
        engine.run("db", "postgres").on(backend);
        engine.run("probe", "prom/prometheus").hostNetwork();
        all.add(Arguments.of("docker host (chapter 4)", host.iptables()));
        all.add(Arguments.of("home router", Netfilter.router(docker.snapshot().lan("home").orElseThrow())));
        // A fresh engine: the chains Docker writes with no container at all.
        Lab fresh = Net.newLab("fresh");
        var bare = fresh.lan("home", "192.168.1.0/24").host("bare", "192.168.1.3");
        bare.docker();
        all.add(Arguments.of("docker host, no containers", bare.iptables()));
        // Chapter 5: Flannel, a ClusterIP Service behind an ingress.
        Lab k8s = Net.newLab("k8s");
        var dc = k8s.lan("datacenter", "192.168.10.0/24");
        var cluster = dc.kubernetes("shop", 3).cni(FLANNEL);
        var shop = cluster.deployment("shop", "shop:1.4").replicas(3).port(8080).expose(80);
        cluster.ingress("public").rule("shop.example.com", "/", shop);
        cluster.deployment("api", "api:1").replicas(1).port(9000).expose(9000).nodePort(30090)
                .externalTrafficPolicy(TrafficPolicy.LOCAL);
        cluster.deployment("web", "web:1").replicas(2).port(80).expose(80).loadBalancer();
        cluster.deployment("idle", "idle:1").replicas(0).port(8080).expose(80).nodePort();
        for (var node : cluster.nodes()) {
            all.add(Arguments.of("node " + node.name(), node.iptables()));
        }
        // kind: nodes are containers on a Docker host.
        Lab kind = Net.newLab("kind");
        var laptop = kind.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.2");
        var kc = laptop.kind("dev", 2);
        kc.deployment("hello", "hello:1").replicas(2).port(8080).expose(80).nodePort();
        all.add(Arguments.of("kind host", laptop.iptables()));
        all.add(Arguments.of("kind node", kc.nodes().get(0).iptables()));
        // libvirt's default network on a KVM host.
        Lab kvm = Net.newLab("kvm");
        var server = kvm.lan("office", "192.168.20.0/24").host("server", "192.168.20.6");
        server.hypervisor(KVM).vm("app").nat();
        all.add(Arguments.of("KVM host", server.iptables()));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleSets")
    void the_printed_rules_load_into_a_real_namespace_and_save_back_unchanged(String what, Iptables rules)
            throws Exception {
        // given
        String text = rules.toString();
        assertThat(rules.isEmpty()).as(what).isFalse();
        try (RealIptables real = RealIptables.open()) {
            // when
            real.test(text);
            String saved = real.restoreAndSave(text);
            // then
            Map<String, List<String>> ours = RealIptables.tables(text);
            Map<String, List<String>> theirs = RealIptables.tables(saved);
            for (Map.Entry<String, List<String>> table : ours.entrySet()) {
                assertThat(theirs.get(table.getKey())).as(what + ", table " + table.getKey())
                        .containsExactlyElementsOf(table.getValue());
            }
        }
    }
}
