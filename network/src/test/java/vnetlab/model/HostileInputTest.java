package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Odd and hostile input anywhere in the DSL gives one clear line, never a NullPointerException or a half-built object. */
class HostileInputTest {
    private Topology lab;
    private Lan home;
    private Host laptop;

    @BeforeEach
    void home() {
        lab = new Topology("hostile");
        home = lab.lan("home", "192.168.1.0/24");
        laptop = home.host("laptop", "192.168.1.2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "my web   | container name \"my web\" is not allowed; Docker names use letters, digits, _ . - and start with a letter or digit, e.g. \"my-web\"",
            "-web     | container name \"-web\" is not allowed; Docker names use letters, digits, _ . - and start with a letter or digit, e.g. \"web\"",
            "wéb      | container name \"wéb\" is not allowed; Docker names use letters, digits, _ . - and start with a letter or digit, e.g. \"w-b\"",
            "a/b      | container name \"a/b\" is not allowed; Docker names use letters, digits, _ . - and start with a letter or digit, e.g. \"a-b\""
    })
    void docker_names_follow_docker_s_rule(String name, String message) {
        // given
        var docker = laptop.docker();
        // when / then
        assertThatThrownBy(() -> docker.run(name, "nginx")).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(docker.containers()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Shop     | Deployment name \"Shop\" is not allowed; Kubernetes names are lowercase letters, digits and -, starting with a letter, e.g. \"shop\"",
            "shop_v2  | Deployment name \"shop_v2\" is not allowed; Kubernetes names are lowercase letters, digits and -, starting with a letter, e.g. \"shop-v2\"",
            "1shop    | Deployment name \"1shop\" is not allowed; Kubernetes names are lowercase letters, digits and -, starting with a letter, e.g. \"shop\"",
            "shop-    | Deployment name \"shop-\" is not allowed; Kubernetes names are lowercase letters, digits and -, starting with a letter, e.g. \"shop\""
    })
    void kubernetes_names_are_dns_labels(String name, String message) {
        // given
        var k8s = home.kubernetes("k", 1);
        // when / then
        assertThatThrownBy(() -> k8s.deployment(name, "shop:1.4")).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(k8s.deployments()).isEmpty();
    }

    @Test
    void null_objects_are_named_not_thrown_as_null_pointers() {
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        var c = laptop.docker().run("web", "nginx");
        // when / then
        assertThatThrownBy(() -> vbox.forward(2222, null, 22))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("forward needs a VM, e.g. vbox.vm(\"dev\"), not null");
        assertThatThrownBy(() -> c.on(null))
                .hasMessage("container.on needs a Docker network, e.g. docker.network(\"backend\"), not null");
        assertThatThrownBy(() -> laptop.attach(null, "10.0.0.1"))
                .hasMessage("host.attach needs a LAN, e.g. lab.lan(\"office\", \"10.0.0.0/24\"), not null");
        assertThatThrownBy(() -> lab.hypervisorCluster("ha").add(null))
                .hasMessage("cluster.add needs a hypervisor, e.g. host.hypervisor(KVM), not null");
        assertThatThrownBy(() -> lab.swarm("s").join(null)).hasMessage("swarm.join needs a Docker engine, e.g. host.docker(), not null");
        assertThatThrownBy(() -> laptop.hypervisor(null)).hasMessage("which hypervisor? use VIRTUALBOX, VMWARE or KVM");
        assertThatThrownBy(() -> home.kubernetes("k", 1).cni(null)).hasMessage("which CNI? use FLANNEL, CALICO, CILIUM or AWS_VPC");
        assertThatThrownBy(() -> home.host("nas", null)).hasMessage("an IPv4 address is needed, e.g. \"192.168.1.2\", but got null");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0           | a cluster needs 1..1000 nodes, not 0",
            "-3          | a cluster needs 1..1000 nodes, not -3",
            "2147483647  | a cluster needs 1..1000 nodes, not 2147483647"
    })
    void node_counts_are_bounded(int nodes, String message) {
        // given / when / then
        assertThatThrownBy(() -> home.kubernetes("k", nodes)).hasMessage(message);
        assertThat(lab.clusters()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0      | 80    | host port 0 must be 1..65535",
            "65536  | 80    | host port 65536 must be 1..65535",
            "8080   | -1    | container port -1 must be 1..65535",
            "8080   | 99999 | container port 99999 must be 1..65535"
    })
    void published_ports_are_bounded(int hostPort, int containerPort, String message) {
        // given
        var c = laptop.docker().run("web", "nginx");
        // when / then
        assertThatThrownBy(() -> c.publish(hostPort, containerPort)).hasMessage(message);
        assertThat(c.published()).isEmpty();
    }

    @Test
    void huge_and_negative_numbers_elsewhere() {
        // given
        var vm = laptop.hypervisor(HypervisorKind.VIRTUALBOX).vm("dev");
        // when / then
        assertThatThrownBy(() -> vm.nic(Integer.MIN_VALUE)).hasMessage("VirtualBox VMs have NICs 1..8, not -2147483648");
        assertThatThrownBy(() -> vm.memory(Integer.MAX_VALUE)).hasMessage("memory 2147483647 MiB for VM \"dev\" must be 4..1048576");
        assertThatThrownBy(() -> vm.cpus(0)).hasMessage("0 CPUs for VM \"dev\" must be 1..256");
        assertThatThrownBy(() -> home.kubernetes("k", 1).deployment("web", "nginx").replicas(Integer.MAX_VALUE))
                .hasMessage("replicas 2147483647 for Deployment \"web\" must be 0..5000");
    }

    @Test
    void a_kind_cluster_name_must_suit_docker_and_nothing_is_half_built() {
        // given / when / then
        assertThatThrownBy(() -> laptop.kind("My Dev", 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kind cluster name \"My Dev\" is not allowed; Docker names use letters, digits, _ . - and start with"
                        + " a letter or digit, e.g. \"my-dev\"");
        assertThat(laptop.dockerEngine()).isEmpty();
        assertThat(lab.clusters()).isEmpty();
    }

    @Test
    void a_full_lan_says_so() {
        // given
        var tiny = lab.lan("tiny", "10.9.9.0/30");
        tiny.host("a");
        // when / then
        assertThatThrownBy(() -> tiny.host("b")).isInstanceOf(IllegalStateException.class)
                .hasMessage("tiny (10.9.9.0/30) has no free address left in 10.9.9.2-10.9.9.2 for host \"b\"; use a larger network"
                        + " or free an address");
        assertThat(lab.existingHost("b")).isEmpty();
    }

    @Test
    void a_full_node_says_so() {
        // given
        var k8s = home.kubernetes("k", 1);
        var web = k8s.deployment("web", "nginx");
        // when / then
        assertThatThrownBy(() -> web.replicas(300)).isInstanceOf(IllegalStateException.class)
                .hasMessage("node node-1 has no free pod address left in [10.244.0.0/24]; spread pods over more nodes");
        assertThat(web.replicas()).isEqualTo(1);
        assertThat(k8s.nodes().get(0).pods()).hasSize(1);
    }

    @Test
    void unicode_and_long_names_for_hosts_are_printable() {
        // given / when
        var host = home.host("Ноутбук", "192.168.1.9");
        // then
        assertThat(host).hasToString("host Ноутбук 192.168.1.9 on home");
        assertThatThrownBy(() -> home.host("tab\there", "192.168.1.10"))
                .hasMessage("a host name \"tab\\u0009here\" has spaces at its ends or control characters; use letters, digits and -");
    }
}
