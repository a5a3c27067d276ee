package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facts of GROUND-TRUTH.md, "Kubernetes": one test per fact, citing its source. */
class KubernetesFactsTest {
    private Topology lab;
    private Lan dc;

    @BeforeEach
    void datacenter() {
        lab = new Topology("k8s");
        dc = lab.lan("datacenter", "192.168.10.0/24");
    }

    @Test
    void kubeadm_service_subnet_is_10_96_0_0_12_and_dns_its_10th_address() {
        // kubeadm defaults: serviceSubnet 10.96.0.0/12; kube-dns Service is the 10th address, 10.96.0.10
        // given / when
        var k8s = dc.kubernetes("shop", 3);
        // then
        assertThat(k8s.serviceRange()).hasToString("10.96.0.0/12");
        assertThat(k8s.dns()).hasToString("10.96.0.10");
        assertThat(k8s.apiServer()).hasToString("10.96.0.1");
    }

    @Test
    void flannel_pods_are_10_244_0_0_16_with_a_24_per_node() {
        // Flannel's kube-flannel.yml net-conf.json: Network 10.244.0.0/16, vxlan backend; each node gets a /24
        // given / when
        var k8s = dc.kubernetes("shop", 3).cni(Cni.FLANNEL);
        // then
        assertThat(k8s.podRange()).hasValue(Cidr.parse("10.244.0.0/16"));
        assertThat(k8s.nodes()).extracting(n -> n.podCidr().orElseThrow().prefix()).containsOnly(24);
        assertThat(Cni.FLANNEL.overlay()).isTrue();
    }

    @Test
    void calico_default_pool_is_192_168_0_0_16_routed_without_overlay() {
        // Calico docs: default IP pool 192.168.0.0/16, blocks of /26, BGP routing
        // given
        var office = lab.lan("office", "10.1.0.0/24");
        // when
        var k8s = office.kubernetes("c", 2).cni(Cni.CALICO);
        // then
        assertThat(k8s.podRange()).hasValue(Cidr.parse("192.168.0.0/16"));
        assertThat(k8s.nodes().get(1).podCidr()).hasValue(Cidr.parse("192.168.0.64/26"));
        assertThat(Cni.CALICO.overlay()).isFalse();
    }

    @Test
    void calico_adds_a_block_when_a_node_s_block_is_full() {
        // Calico IPAM: a node claims another /26 block when its blocks are full
        // given
        var office = lab.lan("office", "10.1.0.0/24");
        var k8s = office.kubernetes("c", 1).cni(Cni.CALICO);
        // when
        k8s.deployment("web", "nginx").replicas(70);
        // then
        assertThat(k8s.nodes().get(0).podCidrs()).extracting(Cidr::toString).containsExactly("192.168.0.0/26", "192.168.0.64/26");
    }

    @Test
    void cilium_default_cluster_pool_is_10_0_0_0_8_which_overlaps_a_company_network() {
        // Cilium docs: default cluster-pool 10.0.0.0/8 with a /24 per node; it overlaps a company's 10.0.0.0/8
        // given
        var k8s = dc.kubernetes("shop", 3).serviceCidr("172.30.0.0/16");
        // when
        k8s.cni(Cni.CILIUM).mustReach("10.0.0.0/8");
        // then: a default is not the learner's choice yet, so it is a warning and an overlap in the plan, not an error
        assertThat(k8s.podRange()).hasValue(Cidr.parse("10.0.0.0/8"));
        assertThat(lab.warnings()).contains("cluster \"shop\": pod range 10.0.0.0/8 (Cilium's default) overlaps 10.0.0.0/8, which"
                + " cluster \"shop\" must reach; choose another with k8s.cni(CILIUM, \"172.20.0.0/16\") (a default; the address plan"
                + " shows it until you choose)");
        assertThat(k8s.addressPlan().overlaps()).extracting(Object::toString)
                .containsExactly("pod range 10.0.0.0/8 overlaps must-reach network 10.0.0.0/8");
        assertThat(k8s.podCidr("172.20.0.0/16").addressPlan().ok()).isTrue();
    }

    @Test
    void leaving_aws_vpc_cni_gives_the_pods_node_subnet_addresses_back() {
        // given
        var k8s = dc.kubernetes("eks", 2).cni(Cni.AWS_VPC);
        var pod = k8s.deployment("web", "nginx").pods().get(0);
        var onSubnet = pod.address();
        // when
        k8s.cni(Cni.FLANNEL);
        // then
        assertThat(dc.owner(onSubnet)).isEmpty();
        assertThat(k8s.podRange()).hasValue(Cidr.parse("10.244.0.0/16"));
        assertThat(Cidr.parse("10.244.0.0/16").contains(pod.address())).isTrue();
    }

    @Test
    void aws_vpc_cni_pods_take_addresses_from_the_node_subnet() {
        // AWS VPC CNI: pods take addresses from the node's VPC subnet; no overlay
        // given
        var k8s = dc.kubernetes("eks", 2).cni(Cni.AWS_VPC);
        // when
        var web = k8s.deployment("web", "nginx").replicas(2);
        // then
        assertThat(k8s.podRange()).isEmpty();
        assertThat(web.pods()).allMatch(p -> dc.cidr().contains(p.address()));
        assertThat(Cni.AWS_VPC.overlay()).isFalse();
    }

    @Test
    void kind_pods_10_244_services_10_96_0_0_16_and_nodes_are_containers_on_the_kind_network() {
        // kind: pods 10.244.0.0/16, services 10.96.0.0/16, nodes are Docker containers on the "kind" network,
        // API server published on 127.0.0.1
        // given
        var laptop = lab.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.2");
        // when
        var kind = laptop.kind("dev", 3);
        // then
        assertThat(kind.flavour()).isEqualTo(ClusterFlavour.KIND);
        assertThat(kind.podRange()).hasValue(Cidr.parse("10.244.0.0/16"));
        assertThat(kind.serviceRange()).hasToString("10.96.0.0/16");
        assertThat(kind.network().name()).isEqualTo("kind");
        assertThat(kind.nodes()).extracting(Node::name).containsExactly("dev-control-plane", "dev-worker", "dev-worker2");
        assertThat(kind.nodes()).allMatch(n -> n.container().isPresent());
        assertThat(kind.nodes().get(0).address()).hasToString("172.18.0.2");
        assertThat(kind.nodes().get(0).container().orElseThrow().published()).singleElement()
                .satisfies(p -> assertThat(p.hostIp()).isEqualTo(Ipv4.LOOPBACK));
    }

    @Test
    void kind_has_no_cloud_load_balancer_and_says_so() {
        // kind docs, LoadBalancer: the external IP stays <pending> without cloud-provider-kind or MetalLB
        // given
        var kind = lab.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.2").kind("dev", 1);
        // when
        kind.deployment("web", "nginx").expose(80).loadBalancer();
        // then
        assertThat(lab.warnings()).containsExactly("kind has no cloud load balancer: Service \"web\" would stay <pending> without"
                + " cloud-provider-kind or MetalLB; vnetlab gives it 198.51.100.10 as if one were installed");
    }

    @Test
    void minikube_node_is_192_168_49_2_and_services_10_96_0_0_12() {
        // minikube (docker driver): node 192.168.49.2, services 10.96.0.0/12
        // given
        var laptop = lab.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.2");
        // when
        var mini = laptop.minikube("minikube");
        // then
        assertThat(mini.nodes()).singleElement().satisfies(n -> assertThat(n.address()).hasToString("192.168.49.2"));
        assertThat(mini.serviceRange()).hasToString("10.96.0.0/12");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "29999 | NodePort 29999 is outside 30000-32767",
            "32768 | NodePort 32768 is outside 30000-32767",
            "80    | NodePort 80 is outside 30000-32767"
    })
    void nodeports_are_30000_to_32767(int port, String message) {
        // kube-apiserver --service-node-port-range default 30000-32767
        // given
        var svc = dc.kubernetes("shop", 1).deployment("shop", "shop:1.4").expose(80);
        // when / then
        assertThatThrownBy(() -> svc.nodePort(port)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void an_allocated_nodeport_is_in_range_and_the_service_becomes_nodeport() {
        // kube-apiserver allocates a free NodePort from 30000-32767 when none is given
        // given
        var svc = dc.kubernetes("shop", 1).deployment("shop", "shop:1.4").expose(80);
        // when
        svc.nodePort();
        // then
        assertThat(svc.type()).isEqualTo(ServiceType.NODE_PORT);
        assertThat(svc.nodePortNumber().orElseThrow()).isBetween(30000, 32767);
    }

    @Test
    void external_traffic_policy_defaults_to_cluster() {
        // Kubernetes API docs: externalTrafficPolicy defaults to Cluster
        // given / when
        var svc = dc.kubernetes("shop", 1).deployment("shop", "shop:1.4").expose(80).loadBalancer();
        // then
        assertThat(svc.externalTrafficPolicy()).isEqualTo(TrafficPolicy.CLUSTER);
        assertThat(svc.externalTrafficPolicy(TrafficPolicy.LOCAL).externalTrafficPolicy()).isEqualTo(TrafficPolicy.LOCAL);
    }

    @Test
    void local_traffic_policy_warns_about_nodes_without_endpoints() {
        // Kubernetes docs, externalTrafficPolicy Local: dropped on a node without local endpoints
        // given
        var svc = dc.kubernetes("shop", 3).deployment("shop", "shop:1.4").replicas(2).expose(80).loadBalancer();
        // when
        svc.externalTrafficPolicy(TrafficPolicy.LOCAL);
        // then
        assertThat(lab.warnings()).containsExactly("Service \"shop\" has externalTrafficPolicy Local, but node-3 runs none of its"
                + " pods: outside traffic arriving there is dropped");
    }

    @Test
    void a_load_balancer_service_has_an_external_address_and_a_nodeport() {
        // Kubernetes docs: LoadBalancer = an external address forwarding to the NodePorts of the nodes
        // given / when
        var svc = dc.kubernetes("shop", 1).deployment("shop", "shop:1.4").expose(80).loadBalancer();
        // then
        assertThat(svc.type()).isEqualTo(ServiceType.LOAD_BALANCER);
        assertThat(svc.loadBalancerAddress()).hasValue(Ipv4.parse("198.51.100.10"));
        assertThat(svc.nodePortNumber()).isPresent();
    }

    @Test
    void a_load_balancer_can_have_a_public_dns_name() {
        // Public DNS names point at a LoadBalancer's external address
        // given
        var svc = dc.kubernetes("shop", 1).deployment("api", "api:1").expose(80);
        // when / then
        assertThatThrownBy(() -> svc.publicName("api.example.com")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Service \"api\" is ClusterIP and has no external address to name; call api.loadBalancer() first");
        svc.loadBalancer().publicName("API.example.com");
        assertThat(lab.snapshot().publicDns()).containsEntry("api.example.com", svc.loadBalancerAddress().orElseThrow());
        assertThatThrownBy(() -> svc.publicName("*.example.com"))
                .hasMessage("a public name must be one DNS name like \"api.example.com\", not \"*.example.com\"");
    }

    @Test
    void service_dns_name_is_name_namespace_svc_cluster_local() {
        // Kubernetes DNS for Services and Pods: <service>.<namespace>.svc.cluster.local
        // given / when
        var svc = dc.kubernetes("shop", 1).deployment("shop", "shop:1.4").expose(80);
        // then
        assertThat(svc.dnsName()).isEqualTo("shop.default.svc.cluster.local");
    }

    @Test
    void a_pod_s_containers_share_one_address_and_a_service_selects_pods_by_label() {
        // Kubernetes concepts: a pod has one IP shared by its containers; a Service selects pods by label
        // given
        var k8s = dc.kubernetes("shop", 2);
        var shop = k8s.deployment("shop", "shop:1.4").replicas(2).port(8080);
        k8s.deployment("other", "other:1").replicas(2);
        // when
        var svc = shop.expose(80);
        // then
        assertThat(shop.pods()).allMatch(p -> p.labels().equals(java.util.Map.of("app", "shop")));
        assertThat(svc.endpoints()).containsExactlyElementsOf(shop.pods());
        assertThat(svc.targetPort()).isEqualTo(8080);
    }

    @Test
    void a_sidecar_shares_the_pod_s_address_and_rolls_the_pods() {
        // Kubernetes concepts, Pods: containers in a pod share its network namespace and IP; a template change rolls new pods
        // given
        var shop = dc.kubernetes("shop", 2).deployment("shop", "shop:1.4").replicas(2);
        var before = shop.pods().stream().map(Pod::name).toList();
        // when
        shop.sidecar("envoy", "envoyproxy/envoy:v1.31");
        // then
        assertThat(shop.pods()).hasSize(2).allSatisfy(p -> assertThat(p.containers())
                .containsExactly(java.util.Map.entry("shop", "shop:1.4"), java.util.Map.entry("envoy", "envoyproxy/envoy:v1.31")));
        assertThat(shop.pods()).extracting(Pod::name).doesNotContainAnyElementsOf(before);
        assertThat(dc.topology().snapshot().clusters().get(0).pods().get(0).containers()).containsOnlyKeys("shop", "envoy");
    }

    @Test
    void pod_names_are_unique_even_for_many_replicas() {
        // Pod names are <deployment>-<template hash>-<5 characters>; the API server refuses duplicates
        // given
        var k8s = dc.kubernetes("big", 20);
        // when
        var web = k8s.deployment("web", "nginx").replicas(5000);
        // then
        assertThat(web.pods().stream().map(Pod::name).distinct().count()).isEqualTo(5000);
        assertThat(web.pods().get(0).name()).matches("web-[bcdfghjklmnpqrstvwxz2456789]{10}-[bcdfghjklmnpqrstvwxz2456789]{5}");
    }

    @Test
    void replicas_spread_over_the_nodes() {
        // kube-scheduler spreads a Deployment's pods over nodes (fewest pods first in vnetlab)
        // given
        var k8s = dc.kubernetes("shop", 3);
        // when
        var shop = k8s.deployment("shop", "shop:1.4").replicas(6);
        // then
        assertThat(k8s.nodes()).allMatch(n -> n.pods().size() == 2);
        assertThat(shop.pods()).allMatch(p -> p.node().podCidr().orElseThrow().contains(p.address()));
    }

    @Test
    void the_three_ranges_must_not_overlap() {
        // Kubernetes networking model: node, pod and Service ranges must not overlap each other
        // given
        var k8s = dc.kubernetes("shop", 3);
        // when / then: two ranges the learner chose may not overlap
        assertThatThrownBy(() -> k8s.podCidr("192.168.0.0/16")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pod range 192.168.0.0/16 (chosen) overlaps the node network datacenter (192.168.10.0/24);"
                        + " choose another with k8s.podCidr(\"10.244.0.0/16\")");
        k8s.serviceCidr("172.30.0.0/16");
        assertThatThrownBy(() -> k8s.podCidr("172.30.0.0/20")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pod range 172.30.0.0/20 (chosen) overlaps the service range 172.30.0.0/16;"
                        + " choose another with k8s.podCidr(\"10.244.0.0/16\")");
        k8s.podCidr("172.20.0.0/16");
        assertThatThrownBy(() -> k8s.serviceCidr("172.20.0.0/16")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("service range 172.20.0.0/16 overlaps the pod range 172.20.0.0/16 (chosen);"
                        + " choose another with k8s.serviceCidr(\"10.96.0.0/12\")");
        assertThat(k8s.addressPlan().ok()).isTrue();
    }

    @Test
    void a_chosen_range_that_overlaps_a_default_is_a_warning_until_the_default_is_replaced() {
        // given
        var k8s = dc.kubernetes("shop", 3);
        // when
        k8s.podCidr("10.96.0.0/16");
        // then
        assertThat(lab.warnings()).contains("cluster \"shop\": service range 10.96.0.0/12 overlaps the pod range 10.96.0.0/16"
                + " (chosen); choose another with k8s.serviceCidr(\"172.30.0.0/16\") (a default; the address plan shows it until you choose)");
        assertThat(k8s.addressPlan().ok()).isFalse();
        assertThat(k8s.serviceCidr("172.30.0.0/16").addressPlan().ok()).isTrue();
    }

    @Test
    void the_ranges_of_a_company_cluster_may_be_chosen_in_any_order() {
        // exercise 5.4: the finished cluster is judged, not each step (mustReach before cni, cni before podCidr …)
        for (List<String> order : List.of(List.of("pods", "services", "cni", "reach"), List.of("reach", "cni", "pods", "services"),
                List.of("cni", "reach", "services", "pods"), List.of("services", "cni", "pods", "reach"))) {
            // given
            var t = new Topology("Company cluster");
            var k8s = t.lan("servers", "10.1.0.0/24").kubernetes("platform", 3);
            // when
            for (String step : order) {
                switch (step) {
                    case "pods" -> k8s.podCidr("172.20.0.0/16");
                    case "services" -> k8s.serviceCidr("172.21.0.0/16");
                    case "cni" -> k8s.cni(Cni.CILIUM);
                    default -> k8s.mustReach("10.0.0.0/8");
                }
            }
            // then
            assertThat(k8s.addressPlan().ok()).as(order.toString()).isTrue();
            assertThat(k8s.podRange()).as(order.toString()).hasValue(Cidr.parse("172.20.0.0/16"));
            assertThat(k8s.cni()).isEqualTo(Cni.CILIUM);
        }
    }

    @Test
    void cilium_with_kubeadm_s_service_range_needs_another_pod_range() {
        // Cilium's default 10.0.0.0/8 contains kubeadm's 10.96.0.0/12; ranges must not overlap
        // given
        var k8s = dc.kubernetes("shop", 3);
        // when
        k8s.cni(Cni.CILIUM);
        // then
        assertThat(lab.warnings()).contains("cluster \"shop\": pod range 10.0.0.0/8 (Cilium's default) overlaps the service range"
                + " 10.96.0.0/12; choose another with k8s.cni(CILIUM, \"10.244.0.0/16\") (a default; the address plan shows it until you choose)");
        assertThat(k8s.addressPlan().overlaps()).extracting(Object::toString)
                .containsExactly("pod range 10.0.0.0/8 overlaps service range 10.96.0.0/12");
        assertThat(k8s.cni(Cni.CILIUM, "10.244.0.0/16").addressPlan().ok()).isTrue();
    }

    @Test
    void ingress_controller_has_a_load_balancer_address_that_public_dns_points_at() {
        // Ingress: the controller is exposed by a LoadBalancer Service; public DNS names point at its address
        // given
        var k8s = dc.kubernetes("shop", 3);
        var svc = k8s.deployment("shop", "shop:1.4").expose(80);
        // when
        k8s.ingress("public").rule("shop.example.com", "/", svc).rule("*.example.com", "/", svc);
        // then
        var controller = k8s.ingressController();
        assertThat(controller.service().type()).isEqualTo(ServiceType.LOAD_BALANCER);
        assertThat(lab.snapshot().publicDns()).containsOnlyKeys("shop.example.com").containsEntry("shop.example.com", controller.address());
    }

    @ParameterizedTest
    @CsvSource({
            "foo.bar.com, foo.bar.com, true",
            "*.foo.com, bar.foo.com, true",
            "*.foo.com, baz.bar.foo.com, false",
            "*.foo.com, foo.com, false",
            "'', anything.example, true"
    })
    void ingress_hosts_match_exactly_or_by_one_label_wildcard(String rule, String request, boolean matches) {
        // networking.k8s.io/v1 Ingress docs, "Hostname wildcards"
        // given
        var r = new IngressRule(rule, "/", PathType.PREFIX, "svc", 80);
        // when / then
        assertThat(r.matchesHost(request)).isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource({
            "PREFIX, /, /anything, true",
            "EXACT, /foo, /foo, true",
            "EXACT, /foo, /foo/, false",
            "EXACT, /foo, /FOO, false",
            "PREFIX, /foo, /foo/, true",
            "PREFIX, /foo/, /foo, true",
            "PREFIX, /aaa/bb, /aaa/bbb, false",
            "PREFIX, /aaa, /aaaccc, false",
            "PREFIX, /aaa/bbb, /aaa/bbb/ccc, true"
    })
    void ingress_paths_match_exact_or_by_elements(PathType type, String path, String request, boolean matches) {
        // networking.k8s.io/v1 Ingress docs, "Examples" table for path types
        // given
        var r = new IngressRule("", path, type, "svc", 80);
        // when / then
        assertThat(r.matchesPath(request)).isEqualTo(matches);
    }
}
