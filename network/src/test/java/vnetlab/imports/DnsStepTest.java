package vnetlab.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vnetlab.imports.ComposeImportTest.fixture;

import org.junit.jupiter.api.Test;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.ComposeProject;
import vnetlab.model.DockerEngine;
import vnetlab.model.KubernetesCluster;
import vnetlab.model.Pod;
import vnetlab.sim.DnsLookup;
import vnetlab.sim.DropReason;

/**
 * The DNS step of a trace, as the real resolvers answer.
 * Docker: docs.docker.com "Networking overview" (DNS services): containers on user-defined networks use the embedded
 * DNS at 127.0.0.11, which answers container names, aliases and Compose service names; the default bridge has none.
 * Kubernetes: kubernetes.io "DNS for Services and Pods" and kubernetes/dns "Kubernetes DNS-Based Service Discovery":
 * a pod's resolv.conf has nameserver 10.96.0.10 (kubeadm), search &lt;ns&gt;.svc.cluster.local svc.cluster.local
 * cluster.local and options ndots:5 (resolv.conf(5): fewer dots than ndots → search list first).
 */
class DnsStepTest {

    private static final class Shop {
        final Lab lab = Net.newLab("dns");
        final DockerEngine docker = lab.lan("home", "192.168.1.0/24").host("docker-host", "192.168.1.2").docker();
        final ComposeProject shop = docker.compose(fixture("shop/compose.yaml"));
    }

    private static final class Cluster {
        final Lab lab = Net.newLab("cluster dns");
        final KubernetesCluster k8s = lab.lan("dc", "192.168.10.0/24").kubernetes("shop", 2);
        final Pod client;

        Cluster() {
            k8s.deployment("shop", "shop:1.4").replicas(2).port(8080).expose(80);
            k8s.ingress("public").rule("shop.example.com", "/", k8s.service("shop"));
            client = k8s.deployment("client", "curl:8").pods().get(0);
        }
    }

    @Test
    void a_compose_service_asks_dockers_embedded_dns_for_another_service() {
        // given
        var s = new Shop();
        // when
        var trace = s.lab.trace(s.shop.container("api"), "db", 5432);
        // then
        DnsLookup dns = trace.dns().orElseThrow();
        assertThat(dns.server()).hasValueSatisfying(ip -> assertThat(ip).hasToString("127.0.0.11"));
        assertThat(dns.addresses()).extracting(Object::toString).containsExactly("10.5.0.10");
        assertThat(dns).hasToString("shop-api-1 asks 127.0.0.11 (Docker's embedded DNS) udp/53 for db: db → 10.5.0.10");
        assertThat(trace.toString()).contains("dns: shop-api-1 asks 127.0.0.11");
    }

    @Test
    void a_name_on_a_network_the_sender_is_not_on_is_nxdomain_and_the_fix_names_that_network() {
        // given
        var s = new Shop();
        // when
        var trace = s.lab.trace(s.shop.container("web"), "db", 5432);
        // then
        assertThat(trace.dropReason()).contains(DropReason.NAME_NOT_RESOLVED);
        assertThat(trace.drop().orElseThrow().detail()).isEqualTo("\"db\" does not resolve from shop-web-1: 127.0.0.11 "
                + "(Docker's embedded DNS) answers NXDOMAIN");
        assertThat(trace.drop().orElseThrow().fix()).isEqualTo("\"db\" is a name on Docker network shop_back, and shop-web-1"
                + " is not on it; connect shop-web-1 to shop_back (Compose: add it to the service's networks)");
    }

    @Test
    void the_default_bridge_has_no_embedded_dns() {
        // given
        var s = new Shop();
        var loner = s.docker.run("loner", "alpine");
        // when
        var trace = s.lab.trace(loner, "db", 5432);
        // then
        assertThat(trace.dns().orElseThrow().server()).isEmpty();
        assertThat(trace.drop().orElseThrow().fix()).isEqualTo("container names resolve only on user-defined networks: loner"
                + " is on the default bridge, which has no embedded DNS; connect it to shop_back, where \"db\" is a name");
    }

    @Test
    void a_pod_finds_a_short_service_name_with_the_first_search_domain() {
        // given
        var c = new Cluster();
        // when
        var trace = c.lab.trace(c.client, "shop", 80);
        // then
        DnsLookup dns = trace.dns().orElseThrow();
        assertThat(trace.delivered()).isTrue();
        assertThat(dns.server()).hasValueSatisfying(ip -> assertThat(ip).hasToString("10.96.0.10"));
        assertThat(dns.queries()).containsExactly("shop.default.svc.cluster.local");
        assertThat(dns.addresses()).containsExactly(c.k8s.service("shop").clusterIp());
    }

    @Test
    void a_full_name_with_four_dots_still_tries_the_search_path_first_because_of_ndots_5() {
        // given
        var c = new Cluster();
        // when
        var trace = c.lab.trace(c.client, "http://shop.default.svc.cluster.local/");
        // then: 4 dots < ndots:5, so the three search domains are tried first, then the name as written
        DnsLookup dns = trace.dns().orElseThrow();
        assertThat(dns.queries()).containsExactly("shop.default.svc.cluster.local.default.svc.cluster.local",
                "shop.default.svc.cluster.local.svc.cluster.local", "shop.default.svc.cluster.local.cluster.local",
                "shop.default.svc.cluster.local");
        assertThat(trace.delivered()).isTrue();
    }

    @Test
    void a_trailing_dot_asks_only_the_name_as_written() {
        // given
        var c = new Cluster();
        // when
        var trace = c.lab.trace(c.client, "shop.default.svc.cluster.local.", 80);
        // then
        assertThat(trace.dns().orElseThrow().queries()).containsExactly("shop.default.svc.cluster.local");
        assertThat(trace.delivered()).isTrue();
    }

    @Test
    void namespace_dot_service_resolves_with_the_second_search_domain() {
        // given
        var c = new Cluster();
        // when
        var trace = c.lab.trace(c.client, "shop.default", 80);
        // then
        assertThat(trace.dns().orElseThrow().queries()).containsExactly("shop.default.default.svc.cluster.local",
                "shop.default.svc.cluster.local");
    }

    @Test
    void a_short_name_from_another_namespace_is_nxdomain_and_the_fix_adds_the_namespace() {
        // given: the ingress controller's pod runs in namespace ingress-nginx
        var c = new Cluster();
        Pod controller = c.k8s.ingressController().deployment().pods().get(0);
        // when
        var trace = c.lab.trace(controller, "shop", 80);
        // then
        assertThat(trace.dropReason()).contains(DropReason.NAME_NOT_RESOLVED);
        assertThat(trace.dns().orElseThrow().queries()).containsExactly("shop.ingress-nginx.svc.cluster.local",
                "shop.svc.cluster.local", "shop.cluster.local", "shop");
        assertThat(trace.drop().orElseThrow().fix()).isEqualTo("Service \"shop\" is in namespace default, not ingress-nginx;"
                + " ask for shop.default (or shop.default.svc.cluster.local)");
    }
}
