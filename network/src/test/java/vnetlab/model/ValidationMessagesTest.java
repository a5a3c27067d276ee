package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every validation error names the learner's objects and values, on one line, with the fix where there is one. */
class ValidationMessagesTest {
    private Topology lab;
    private Lan home;
    private Host laptop;

    @BeforeEach
    void home() {
        lab = new Topology("errors");
        home = lab.lan("home", "192.168.1.0/24");
        laptop = home.host("laptop", "192.168.1.2");
    }

    @Test
    void an_address_outside_the_lan() {
        // given / when / then
        assertThatThrownBy(() -> home.host("nas", "192.168.2.5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("192.168.2.5 is not in home (192.168.1.0/24)");
    }

    @Test
    void a_duplicate_address() {
        // given / when / then
        assertThatThrownBy(() -> home.host("nas", "192.168.1.2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("192.168.1.2 is already used by host \"laptop\" on home; pick another address");
    }

    @Test
    void the_router_s_address() {
        // given / when / then
        assertThatThrownBy(() -> home.host("nas", "192.168.1.1"))
                .hasMessage("192.168.1.1 is already used by the router on home; pick another address");
    }

    @Test
    void the_network_and_broadcast_addresses() {
        // given / when / then
        assertThatThrownBy(() -> home.host("nas", "192.168.1.0"))
                .hasMessage("192.168.1.0 is the network address of home (192.168.1.0/24); pick one of 192.168.1.1-192.168.1.254");
        assertThatThrownBy(() -> home.host("nas", "192.168.1.255"))
                .hasMessage("192.168.1.255 is the broadcast address of home (192.168.1.0/24); pick one of 192.168.1.1-192.168.1.254");
    }

    @Test
    void a_lan_too_small_for_a_router() {
        // given / when / then
        assertThatThrownBy(() -> lab.lan("tiny", "10.0.0.0/31"))
                .hasMessage("\"10.0.0.0/31\" is too small for a LAN with a router; use a prefix of /30 or shorter, e.g. 10.0.0.0/24");
    }

    @Test
    void a_blank_name() {
        // given / when / then
        assertThatThrownBy(() -> home.host(" ", "192.168.1.3")).hasMessage("a host needs a name, e.g. \"web\"");
        assertThatThrownBy(() -> new Topology("")).hasMessage("a lab needs a name, e.g. \"web\"");
        assertThatThrownBy(() -> home.host(" web", "192.168.1.3"))
                .hasMessage("a host name \" web\" has spaces at its ends or control characters; use letters, digits and -");
    }

    @Test
    void a_name_too_long() {
        // given
        String longName = "x".repeat(64);
        // when / then
        assertThatThrownBy(() -> home.host(longName, "192.168.1.3"))
                .hasMessage("a host name \"xxxxxxxxxxxxxxxxxxxx…\" is too long; use at most 63 characters");
    }

    @Test
    void a_host_name_already_on_another_lan() {
        // given
        var office = lab.lan("office", "10.0.0.0/24");
        // when / then
        assertThatThrownBy(() -> office.host("laptop", "10.0.0.5"))
                .hasMessage("host \"laptop\" already exists on home (192.168.1.2); remove it with lab.removeHost(\"laptop\"), or use another name");
    }

    @Test
    void a_bridged_vm_on_a_host_without_a_nic() {
        // given
        var vbox = lab.host("server").hypervisor(HypervisorKind.VIRTUALBOX);
        // when / then
        assertThatThrownBy(() -> vbox.vm("web").bridged()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("VM \"web\" is bridged, but hypervisor \"vbox\" has no host NIC; put host \"server\" on a LAN first,"
                        + " e.g. server.attach(home, \"192.168.1.5\")");
    }

    @Test
    void a_host_nic_that_does_not_exist() {
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        // when / then
        assertThatThrownBy(() -> vbox.hostNic("eth1")).hasMessage("host \"laptop\" has no NIC \"eth1\"; it has [eth0]");
    }

    @Test
    void forwarding_to_a_vm_without_nat() {
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        var web = vbox.vm("web").bridged();
        // when / then
        assertThatThrownBy(() -> vbox.forward(8080, web, 80))
                .hasMessage("VM \"web\" has no NAT NIC, so there is nothing to forward to; call web.nat() first");
    }

    @Test
    void forwarding_a_host_port_twice() {
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        var dev = vbox.vm("dev").nat();
        var ci = vbox.vm("ci").nat();
        vbox.forward(2222, dev, 22);
        // when / then
        assertThatThrownBy(() -> vbox.forward(2222, ci, 22))
                .hasMessage("host port 2222/tcp on laptop already forwards to dev:22; remove it with vbox.unforward(2222), or pick another host port");
    }

    @Test
    void forwarding_on_kvm() {
        // given
        var kvm = laptop.hypervisor(HypervisorKind.KVM);
        var vm = kvm.vm("guest");
        // when / then
        assertThatThrownBy(() -> kvm.forward(2222, vm, 22))
                .hasMessage("libvirt has no port-forwarding rules; bridge VM \"guest\" with vm.bridged() or add a DNAT rule on the host");
    }

    @Test
    void forwarding_from_the_wrong_hypervisor() {
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        var vmware = laptop.hypervisor(HypervisorKind.VMWARE);
        var dev = vbox.vm("dev").nat();
        // when / then
        assertThatThrownBy(() -> vmware.forward(2222, dev, 22)).hasMessage("VM \"dev\" runs on VirtualBox \"vbox\" on laptop,"
                + " not on VMware Workstation \"vmware\" on laptop; forward from its own hypervisor");
    }

    @Test
    void a_nic_number_that_skips_one() {
        // given
        var vm = laptop.hypervisor(HypervisorKind.VIRTUALBOX).vm("dev");
        // when / then
        assertThatThrownBy(() -> vm.nic(3)).hasMessage("VM \"dev\" has 1 NIC; add NIC 2 before NIC 3");
        assertThatThrownBy(() -> vm.nic(9)).hasMessage("VirtualBox VMs have NICs 1..8, not 9");
    }

    @Test
    void nat_network_on_vmware() {
        // given
        var vm = laptop.hypervisor(HypervisorKind.VMWARE).vm("a");
        // when / then
        assertThatThrownBy(vm::natNetwork)
                .hasMessage("VMware Workstation has no NAT Network mode; its NAT network VMnet8 is already shared by all VMs, use vm.nat()");
    }

    @Test
    void a_vm_name_used_on_another_hypervisor() {
        // given
        laptop.hypervisor(HypervisorKind.VIRTUALBOX).vm("web");
        var kvm = home.host("server", "192.168.1.3").hypervisor(HypervisorKind.KVM);
        // when / then
        assertThatThrownBy(() -> kvm.vm("web"))
                .hasMessage("VM \"web\" already exists on VirtualBox \"vbox\" on laptop; VM names are unique in a lab: remove it with vbox.removeVm(\"web\"), or use another name");
    }

    @Test
    void two_containers_publishing_the_same_host_port() {
        // given
        var docker = laptop.docker();
        docker.run("web", "nginx").publish(8080, 80);
        var api = docker.run("api", "python:3.12");
        // when / then
        assertThatThrownBy(() -> api.publish(8080, 5000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("host port 8080/tcp on laptop is already published by container \"web\"; remove it with docker.container(\"web\").unpublish(8080), or pick another host port for container \"api\"");
    }

    @Test
    void the_same_port_on_udp_and_on_another_address_is_fine() {
        // given
        var docker = laptop.docker();
        docker.run("web", "nginx").publish("127.0.0.1", 8080, 80);
        // when
        var dns = docker.run("dns", "coredns").publish(8080, 53, Protocol.UDP);
        var other = docker.run("other", "nginx").publish("192.168.1.2", 8080, 80);
        // then
        assertThat(dns.published()).hasSize(1);
        assertThat(other.published()).hasSize(1);
    }

    @Test
    void a_container_port_already_forwarded_to_a_vm() {
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        vbox.forward(2222, vbox.vm("dev").nat(), 22);
        var c = laptop.docker().run("ssh", "openssh");
        // when / then
        assertThatThrownBy(() -> c.publish(2222, 22))
                .hasMessage("host port 2222/tcp on laptop already forwards to VM \"dev\"; remove it with vbox.unforward(2222), or pick another host port for container \"ssh\"");
    }

    @Test
    void publishing_on_an_address_the_host_does_not_have() {
        // given
        var c = laptop.docker().run("web", "nginx");
        // when / then
        assertThatThrownBy(() -> c.publish("10.9.9.9", 8080, 80))
                .hasMessage("10.9.9.9 is not an address of laptop [192.168.1.2]; publish on one of those, 127.0.0.1 or all (0.0.0.0)");
    }

    @Test
    void a_container_image_with_spaces() {
        // given / when / then
        assertThatThrownBy(() -> laptop.docker().run("web", "my image"))
                .hasMessage("container \"web\" needs an image name without spaces, e.g. \"nginx\", not \"my image\"");
    }

    @Test
    void a_host_networked_container_joining_a_bridge() {
        // given
        var docker = laptop.docker();
        var backend = docker.network("backend");
        var probe = docker.run("probe", "prom/prometheus").hostNetwork();
        // when / then
        assertThatThrownBy(() -> probe.on(backend))
                .hasMessage("container \"probe\" uses the host network, so it cannot also join \"backend\"; run another container for that");
    }

    @Test
    void a_network_of_another_engine() {
        // given
        var other = home.host("other", "192.168.1.3").docker().network("theirs");
        var c = laptop.docker().run("web", "nginx");
        // when / then
        assertThatThrownBy(() -> c.on(other)).hasMessage("Docker network \"theirs\" belongs to Docker on other, not to Docker on"
                + " laptop; create it with this engine's docker.network(...)");
    }

    @Test
    void a_docker_subnet_overlapping_another() {
        // given
        var docker = laptop.docker();
        // when / then
        assertThatThrownBy(() -> docker.network("lab", "172.17.5.0/24"))
                .hasMessage("172.17.5.0/24 overlaps Docker network \"bridge\" (172.17.0.0/16); pick a subnet that does not, e.g. 172.18.0.0/16");
    }

    @Test
    void a_service_selecting_nothing() {
        // given
        var k8s = home.kubernetes("shop", 1);
        k8s.deployment("shop", "shop:1.4");
        // when / then
        assertThatThrownBy(() -> k8s.service("typo", 80, 8080, "app=shpo"))
                .hasMessage("Service \"typo\" selects app=shpo, but no pod in namespace default has that label;"
                        + " Deployment pods are labelled app=<deployment name>");
        assertThat(k8s.services()).isEmpty();
    }

    @Test
    void a_nodeport_taken_by_another_service() {
        // given
        var k8s = home.kubernetes("shop", 1);
        k8s.deployment("a", "a:1").expose(80).nodePort(30080);
        var b = k8s.deployment("b", "b:1").expose(80);
        // when / then
        assertThatThrownBy(() -> b.nodePort(30080))
                .hasMessage("NodePort 30080 is already used by Service \"a\"; remove it with k8s.service(\"a\").removeNodePort(), pick another, or call nodePort() for a free one");
    }

    @Test
    void a_pod_range_too_small_for_the_nodes() {
        // given
        var k8s = home.kubernetes("shop", 3);
        // when / then
        assertThatThrownBy(() -> k8s.podCidr("10.244.0.0/23"))
                .hasMessage("pod range 10.244.0.0/23 (chosen) has room for 2 /24 node slices, but cluster \"shop\" has 3 nodes;"
                        + " use a larger range, e.g. a /16");
    }

    @Test
    void a_service_range_larger_than_12_bits() {
        // given
        var k8s = home.kubernetes("shop", 1);
        // when / then
        assertThatThrownBy(() -> k8s.serviceCidr("10.0.0.0/8"))
                .hasMessage("service range 10.0.0.0/8 must be /12 to /28 (kube-apiserver allows at most 20 host bits)");
    }

    @Test
    void replicas_out_of_range() {
        // given
        var shop = home.kubernetes("shop", 1).deployment("shop", "shop:1.4");
        // when / then
        assertThatThrownBy(() -> shop.replicas(-1)).hasMessage("replicas -1 for Deployment \"shop\" must be 0..5000");
    }

    @Test
    void an_ingress_host_that_is_not_a_dns_name() {
        // given
        var k8s = home.kubernetes("shop", 1);
        var svc = k8s.deployment("shop", "shop:1.4").expose(80);
        // when / then
        assertThatThrownBy(() -> k8s.ingress("public").rule("shop example", "/", svc))
                .hasMessage("Ingress host \"shop example\" is not a DNS name; use e.g. \"shop.example.com\" or a wildcard"
                        + " \"*.example.com\" (the * only as the whole first label)");
        assertThatThrownBy(() -> k8s.ingress("public").rule("shop.example.com", "cart", svc))
                .hasMessage("Ingress path \"cart\" must start with /, e.g. \"/\" or \"/cart\"");
    }

    @Test
    void an_ingress_rule_that_already_goes_elsewhere() {
        // given
        var k8s = home.kubernetes("shop", 1);
        var a = k8s.deployment("a", "a:1").expose(80);
        var b = k8s.deployment("b", "b:1").expose(80);
        var ingress = k8s.ingress("public").rule("shop.example.com", "/", a);
        // when / then
        assertThatThrownBy(() -> ingress.rule("shop.example.com", "/", b)).hasMessage("Ingress \"public\" already sends"
                + " shop.example.com/ (Prefix) to Service \"a\"; remove that rule with k8s.ingress(\"public\").removeRule(\"shop.example.com\", \"/\"), or use another path or Ingress");
    }

    @Test
    void a_kind_cluster_on_a_lan() {
        // given / when / then
        assertThatThrownBy(() -> home.kubernetes("dev", 2, ClusterFlavour.KIND))
                .hasMessage("kind clusters run in Docker on one machine; use laptop.kind(\"dev\", 2)");
    }

    @Test
    void an_internet_host_with_a_private_address() {
        // given / when / then
        assertThatThrownBy(() -> lab.internetHost("example.com", "10.1.1.1"))
                .hasMessage("10.1.1.1 is a private address; an internet host needs a public one, e.g. 192.0.2.10");
    }

    @Test
    void an_internet_host_name_that_is_not_a_dns_name() {
        // given / when / then
        assertThatThrownBy(() -> lab.internetHost("my server"))
                .hasMessage("internet host name \"my server\" is not a DNS name; use e.g. \"example.com\"");
        assertThat(lab.internetHost("cdn-1.example.net").name()).isEqualTo("cdn-1.example.net");
    }

    @Test
    void an_unknown_endpoint_name() {
        // given / when / then
        assertThatThrownBy(() -> lab.endpoint("nope"))
                .hasMessage("nothing in errors is called \"nope\"; lab.inventory() lists what there is");
    }

    @Test
    void a_failed_validation_leaves_the_lab_as_it_was() {
        // given
        var k8s = home.kubernetes("shop", 3);
        var before = k8s.addressPlan();
        // when
        assertThatThrownBy(() -> k8s.podCidr("192.168.0.0/16")).isInstanceOf(IllegalArgumentException.class);
        // then
        assertThat(k8s.addressPlan()).isEqualTo(before);
        assertThat(lab.hosts()).containsExactly(laptop);
    }
}
