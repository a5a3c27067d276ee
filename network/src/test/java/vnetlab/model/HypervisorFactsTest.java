package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facts of GROUND-TRUTH.md, "Hypervisors": one test per fact, citing its source. */
class HypervisorFactsTest {
    private Topology lab;
    private Host laptop;

    @BeforeEach
    void homeWithLaptop() {
        lab = new Topology("hypervisors");
        laptop = lab.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.2");
    }

    @Test
    void virtualbox_nat_nic_1_is_10_0_2_15_with_gateway_2_and_dns_3() {
        // VirtualBox user manual, "Configuring the address of a NAT network interface" (nat-address-config)
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        // when
        var nic = vbox.vm("dev").nat().nic(1);
        // then
        assertThat(nic.subnet()).hasToString("10.0.2.0/24");
        assertThat(nic.address()).hasToString("10.0.2.15");
        assertThat(nic.gateway()).hasToString("10.0.2.2");
        assertThat(nic.dns()).hasValue(Ipv4.parse("10.0.2.3"));
    }

    @ParameterizedTest
    @CsvSource({"1, 10.0.2.0/24", "2, 10.0.3.0/24", "3, 10.0.4.0/24", "8, 10.0.9.0/24"})
    void virtualbox_nat_nic_n_uses_10_0_n_plus_1(int n, String subnet) {
        // VirtualBox user manual, nat-address-config: NIC n uses 10.0.(n+1).0/24
        // given
        var vm = laptop.hypervisor(HypervisorKind.VIRTUALBOX).vm("dev");
        for (int i = 1; i <= n; i++) {
            vm.nic(i);
        }
        // when
        var nic = vm.nic(n).nat();
        // then
        assertThat(nic.subnet()).hasToString(subnet);
        assertThat(nic.address()).isEqualTo(Cidr.parse(subnet).host(15));
    }

    @Test
    void virtualbox_vms_on_plain_nat_each_have_their_own_nat_engine() {
        // VirtualBox user manual, nat-address-config: each NAT NIC sits behind its own NAT engine, so two VMs both get
        // 10.0.2.15 and cannot reach each other (the separate "NAT Network" mode allows it)
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        // when
        var a = vbox.vm("a").nat();
        var b = vbox.vm("b").nat();
        // then
        assertThat(a.address()).isEqualTo(b.address()).hasToString("10.0.2.15");
        assertThat(a.nic(1).virtualNetwork()).isEmpty();
        assertThat(lab.snapshot().vm("a").orElseThrow().nics().get(0).network()).isEqualTo("NAT");
    }

    @Test
    void virtualbox_nat_network_is_shared_so_vms_see_each_other() {
        // VirtualBox user manual, "NAT Network": VMs on one NAT Network share it and can talk (convention: 10.0.2.0/24, gw .1)
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        // when
        var a = vbox.vm("a").natNetwork();
        var b = vbox.vm("b").natNetwork();
        // then
        assertThat(a.nic(1).mode()).isEqualTo(NicMode.NAT_NETWORK);
        assertThat(a.nic(1).virtualNetwork()).containsSame(b.nic(1).virtualNetwork().orElseThrow());
        assertThat(a.address()).isNotEqualTo(b.address());
        assertThat(a.nic(1).gateway()).hasToString("10.0.2.1");
    }

    @Test
    void virtualbox_port_forwarding_rule_has_the_natpf_shape() {
        // VirtualBox user manual: --natpf1 "guestssh,tcp,,2222,,22"
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        var dev = vbox.vm("dev").nat();
        // when
        vbox.forward(2222, dev, 22);
        // then
        assertThat(vbox.forwards()).singleElement().satisfies(f -> {
            assertThat(f.natpf()).isEqualTo("tcp-2222,tcp,,2222,10.0.2.15,22");
            assertThat(f.hostIp()).isEqualTo(Ipv4.ANY);
        });
    }

    @Test
    void virtualbox_bridged_vm_is_a_peer_on_the_lan_with_its_own_mac_and_a_dhcp_address() {
        // VirtualBox user manual, bridged networking: the VM's NIC is another device on the LAN with its own MAC, DHCP from the LAN
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        // when
        var web = vbox.vm("web").bridged();
        // then
        assertThat(web.nic(1).lan()).map(Lan::name).hasValue("home");
        assertThat(web.address()).hasToString("192.168.1.100");
        assertThat(web.nic(1).mac()).isNotEqualTo(laptop.nic("eth0").mac());
        assertThat(web.nic(1).mac().toString()).startsWith("08:00:27:");
        assertThat(web.nic(1).gateway()).hasToString("192.168.1.1");
    }

    @Test
    void virtualbox_host_only_is_vboxnet0_with_host_1_dhcp_100_and_pool_101_to_254() {
        // VirtualBox user manual, host-only networking; 192.168.56.1/24, DHCP server .100, pool .101-.254 is a convention
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        // when
        var db = vbox.vm("db").hostOnly();
        var net = vbox.network("vboxnet0");
        // then
        assertThat(net.kind()).isEqualTo(VirtualNetworkKind.HOST_ONLY);
        assertThat(net.cidr()).hasToString("192.168.56.0/24");
        assertThat(net.hostAddress()).hasValue(Ipv4.parse("192.168.56.1"));
        assertThat(net.dhcpServer()).hasToString("192.168.56.100");
        assertThat(net.dhcpFirst()).hasToString("192.168.56.101");
        assertThat(net.dhcpLast()).hasToString("192.168.56.254");
        assertThat(db.address()).hasToString("192.168.56.101");
    }

    @Test
    void vmware_has_vmnet0_bridged_vmnet1_host_only_and_vmnet8_nat() {
        // VMware Workstation manual, virtual network table: VMnet0 bridged, VMnet1 host-only, VMnet8 NAT
        // given
        var vmware = laptop.hypervisor(HypervisorKind.VMWARE);
        // when
        var bridged = vmware.vm("a").bridged();
        var hostOnly = vmware.vm("b").hostOnly();
        var nat = vmware.vm("c").nat();
        // then
        assertThat(bridged.nic(1).networkName()).isEqualTo("home");
        assertThat(hostOnly.nic(1).networkName()).isEqualTo("VMnet1");
        assertThat(nat.nic(1).networkName()).isEqualTo("VMnet8");
        assertThat(vmware.network("VMnet8").kind()).isEqualTo(VirtualNetworkKind.NAT);
    }

    @Test
    void vmware_nat_gateway_is_2_host_1_dhcp_128_to_253_server_254() {
        // Conventions from secondary sources (GROUND-TRUTH.md marks them so): NAT gateway .2, host .1, DHCP .128-.253, server .254
        // given
        var vmware = laptop.hypervisor(HypervisorKind.VMWARE);
        // when
        var vm = vmware.vm("c").nat();
        var net = vmware.network("VMnet8");
        // then
        assertThat(net.gateway()).isEqualTo(net.cidr().host(2));
        assertThat(net.hostAddress()).hasValue(net.cidr().host(1));
        assertThat(net.dhcpFirst()).isEqualTo(net.cidr().host(128));
        assertThat(net.dhcpLast()).isEqualTo(net.cidr().host(253));
        assertThat(net.dhcpServer()).isEqualTo(net.cidr().host(254));
        assertThat(vm.address()).isEqualTo(net.cidr().host(128));
        assertThat(vm.nic(1).mac().toString()).startsWith("00:0c:29:");
    }

    @Test
    void libvirt_default_network_is_virbr0_192_168_122_1_with_dhcp_2_to_254_and_nat() {
        // libvirt src/network/default.xml.in: bridge virbr0, 192.168.122.1/24, DHCP .2-.254, forward mode NAT
        // given
        var kvm = laptop.hypervisor(HypervisorKind.KVM);
        // when
        var vm = kvm.vm("guest").nat();
        var net = kvm.network("virbr0");
        // then
        assertThat(net.kind()).isEqualTo(VirtualNetworkKind.NAT);
        assertThat(net.cidr()).hasToString("192.168.122.0/24");
        assertThat(net.hostAddress()).hasValue(Ipv4.parse("192.168.122.1"));
        assertThat(net.dhcpFirst()).hasToString("192.168.122.2");
        assertThat(net.dhcpLast()).hasToString("192.168.122.254");
        assertThat(vm.address()).hasToString("192.168.122.2");
        assertThat(vm.nic(1).mac().toString()).startsWith("52:54:00:");
    }

    @Test
    void every_vm_nic_in_a_lab_has_its_own_mac() {
        // VirtualBox generates a distinct MAC per adapter (08:00:27 + 3 bytes); duplicates would break the LAN
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        // when
        for (int i = 0; i < 3000; i++) {
            vbox.vm("vm" + i);
        }
        // then
        assertThat(lab.vms().stream().map(v -> v.nic(1).mac()).distinct().count()).isEqualTo(3000);
    }

    @Test
    void a_new_vm_starts_with_one_nat_nic() {
        // VirtualBox, VMware and virt-install all give a new VM one NIC attached to NAT by default
        // given
        var vbox = laptop.hypervisor(HypervisorKind.VIRTUALBOX);
        // when
        var vm = vbox.vm("fresh");
        // then
        assertThat(vm.nics()).singleElement().extracting(VmNic::mode).isEqualTo(NicMode.NAT);
    }

    @Test
    void a_failed_host_s_vms_restart_on_a_survivor_keeping_macs_and_addresses() {
        // Chapter 1 (vSphere HA style): VMs of a failed host restart on another host of the cluster
        // given
        var esx1 = lab.lan("home", "192.168.1.0/24").host("esx1", "192.168.1.11").hypervisor(HypervisorKind.KVM);
        var esx2 = lab.lan("home", "192.168.1.0/24").host("esx2", "192.168.1.12").hypervisor(HypervisorKind.KVM);
        var web = esx1.vm("web").bridged();
        var mac = web.nic(1).mac();
        var ip = web.address();
        var ha = lab.hypervisorCluster("ha").add(esx1).add(esx2);
        // when
        ha.fail(esx1.host());
        // then
        assertThat(web.host()).isSameAs(esx2.host());
        assertThat(web.nic(1).mac()).isEqualTo(mac);
        assertThat(web.address()).isEqualTo(ip);
        assertThat(esx1.host().failed()).isTrue();
        assertThat(esx1.vms()).isEmpty();
        assertThat(lab.snapshot().vm("web").orElseThrow().host()).isEqualTo("esx2");
        assertThat(lab.snapshot().hypervisorClusters()).singleElement().satisfies(c -> {
            assertThat(c.hosts()).containsExactly("esx1", "esx2");
            assertThat(c.failed()).containsExactly("esx1");
        });
    }
}
