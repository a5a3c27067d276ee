package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Facts of GROUND-TRUTH.md, "Home and office networks", and the RFC 5737 addresses used for the internet. */
class HomeNetworkFactsTest {

    @Test
    void a_home_router_sits_at_1_and_nats_the_lan_to_one_public_documentation_address() {
        // GROUND-TRUTH.md "Home and office networks": router at .1 NATs the private LAN to one public address;
        // RFC 5737 ranges for public addresses in examples (203.0.113.0/24)
        // given
        var lab = new Topology("home");
        // when
        var home = lab.lan("home", "192.168.1.0/24");
        // then
        assertThat(home.router()).hasToString("192.168.1.1");
        assertThat(home.publicAddress()).hasToString("203.0.113.7");
        assertThat(lab.snapshot().lan("home").orElseThrow().publicAddress()).hasToString("203.0.113.7");
    }

    @Test
    void each_lan_gets_its_own_public_address() {
        // One public address per router (RFC 5737 203.0.113.0/24, in order)
        // given
        var lab = new Topology("two sites");
        // when
        var home = lab.lan("home", "192.168.1.0/24");
        var office = lab.lan("office", "10.0.0.0/24");
        // then
        assertThat(home.publicAddress()).hasToString("203.0.113.7");
        assertThat(office.publicAddress()).hasToString("203.0.113.8");
    }

    @Test
    void dhcp_hands_out_from_100_in_a_24() {
        // Home-router convention (vnetlab's default pool .100-.254 in a /24)
        // given
        var home = new Topology("dhcp").lan("home", "192.168.1.0/24");
        // when
        var tablet = home.host("tablet");
        var phone = home.host("phone");
        // then
        assertThat(home.dhcpFirst()).hasToString("192.168.1.100");
        assertThat(home.dhcpLast()).hasToString("192.168.1.254");
        assertThat(tablet.address()).hasToString("192.168.1.100");
        assertThat(phone.address()).hasToString("192.168.1.101");
        assertThat(tablet.nic("eth0").dhcp()).isTrue();
    }

    @Test
    void internet_hosts_and_load_balancers_use_the_other_documentation_ranges() {
        // RFC 5737: 192.0.2.0/24 (servers, INTERNET = 192.0.2.1) and 198.51.100.0/24 (load balancers)
        // given
        var lab = new Topology("internet");
        // when
        var api = lab.internetHost("api.example.net");
        var lb = lab.lan("dc", "192.168.10.0/24").kubernetes("k", 1).deployment("web", "nginx").expose(80).loadBalancer();
        // then
        assertThat(Internet.INTERNET.address()).hasToString("192.0.2.1");
        assertThat(api.address()).hasToString("192.0.2.10");
        assertThat(Cidr.parse("198.51.100.0/24").contains(lb.loadBalancerAddress().orElseThrow())).isTrue();
        assertThat(lab.snapshot().publicDns()).containsEntry("api.example.net", api.address());
    }

    @Test
    void a_host_can_sit_on_two_lans() {
        // A router or server with two NICs
        // given
        var lab = new Topology("two nics");
        var home = lab.lan("home", "192.168.1.0/24");
        var office = lab.lan("office", "10.0.0.0/24");
        // when
        var gw = home.host("gw", "192.168.1.254").attach(office, "10.0.0.254");
        // then
        assertThat(gw.nics()).extracting(Nic::name).containsExactly("eth0", "eth1");
        assertThat(gw.addresses()).extracting(Ipv4::toString).containsExactly("192.168.1.254", "10.0.0.254");
        assertThat(office.hosts()).containsExactly(gw);
    }

    @Test
    void compose_names_a_project_s_network_project_default() {
        // docs.docker.com compose networking: Compose creates <project>_default
        // given
        var docker = new Topology("compose").lan("home", "192.168.1.0/24").host("h", "192.168.1.2").docker();
        // when
        var net = docker.composeNetwork("shop");
        // then
        assertThat(net.name()).isEqualTo("shop_default");
        assertThat(net.userDefined()).isTrue();
    }
}
