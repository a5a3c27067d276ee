package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Facts of GROUND-TRUTH.md, "Docker": one test per fact, citing its source. */
class DockerFactsTest {
    private Topology lab;
    private Host host;
    private DockerEngine docker;

    @BeforeEach
    void dockerHost() {
        lab = new Topology("docker");
        host = lab.lan("home", "192.168.1.0/24").host("docker-host", "192.168.1.2");
        docker = host.docker();
    }

    @Test
    void default_bridge_is_docker0_172_17_0_0_16_with_gateway_1() {
        // moby: default bridge "bridge" on docker0, 172.17.0.0/16, gateway 172.17.0.1
        // given / when
        var bridge = docker.bridge();
        // then
        assertThat(bridge.name()).isEqualTo("bridge");
        assertThat(bridge.bridge()).hasValue("docker0");
        assertThat(bridge.cidr()).hasToString("172.17.0.0/16");
        assertThat(bridge.gateway()).hasToString("172.17.0.1");
    }

    @Test
    void containers_get_addresses_from_2_in_start_order() {
        // moby: containers on a bridge get addresses from .2 in start order
        // given / when
        var a = docker.run("a", "nginx");
        var b = docker.run("b", "nginx");
        var c = docker.run("c", "nginx");
        // then
        assertThat(a.address()).hasToString("172.17.0.2");
        assertThat(b.address()).hasToString("172.17.0.3");
        assertThat(c.address()).hasToString("172.17.0.4");
        assertThat(docker.bridge().containers()).containsExactly(a, b, c);
    }

    @Test
    void the_default_bridge_has_no_name_resolution() {
        // docs.docker.com engine/network: no name resolution between containers on the default bridge
        // given / when
        var web = docker.run("web", "nginx");
        // then
        assertThat(docker.bridge().dns()).isEmpty();
        assertThat(web.dnsNames(docker.bridge())).isEmpty();
    }

    @Test
    void user_defined_bridges_take_pools_in_moby_order() {
        // moby libnetwork ipamutils local-scope defaults: 172.17/16, 172.18/16, 172.19/16, then 172.20/14 as /16s …
        // given / when
        var first = docker.network("one");
        var second = docker.network("two");
        var third = docker.network("three");
        // then
        assertThat(first.cidr()).hasToString("172.18.0.0/16");
        assertThat(second.cidr()).hasToString("172.19.0.0/16");
        assertThat(third.cidr()).hasToString("172.20.0.0/16");
    }

    @Test
    void after_172_31_the_pools_are_192_168_slices_of_20_bits() {
        // moby ipamutils: after 172.28.0.0/14 comes 192.168.0.0/16 split into /20s
        // given
        var pools = DockerEngine.LOCAL_POOLS;
        // when / then
        assertThat(pools.get(14)).hasToString("172.31.0.0/16");
        assertThat(pools.get(15)).hasToString("192.168.0.0/20");
        assertThat(pools).hasSize(15 + 16);
    }

    @Test
    void pools_overlapping_the_host_s_own_networks_are_skipped() {
        // moby skips default pools that overlap networks the host is already on
        // given
        var lab2 = new Topology("clash");
        var h = lab2.lan("office", "172.18.0.0/16").host("h", "172.18.0.5");
        // when
        var net = h.docker().network("backend");
        // then
        assertThat(net.cidr()).hasToString("172.19.0.0/16");
    }

    @Test
    void user_defined_networks_have_embedded_dns_at_127_0_0_11_answering_names_and_aliases() {
        // docs.docker.com engine/network: embedded DNS at 127.0.0.11 on user-defined networks; container names and aliases
        // given
        var backend = docker.network("backend");
        // when
        var db = docker.run("db", "postgres").on(backend, "database");
        // then
        assertThat(backend.dns()).hasValue(Ipv4.parse("127.0.0.11"));
        assertThat(db.dnsNames(backend)).containsExactly("db", "database");
        assertThat(lab.snapshot().container(db.id()).orElseThrow().networks().get(0).dnsNames()).containsExactly("db", "database");
    }

    @Test
    void user_defined_bridge_interface_is_br_and_12_hex_of_the_network_id() {
        // moby bridge driver: the Linux bridge of a user-defined network is br-<first 12 hex of the network id>
        // given / when
        var backend = docker.network("backend");
        // then
        assertThat(backend.id()).matches("[0-9a-f]{64}");
        assertThat(backend.bridge()).hasValue("br-" + backend.id().substring(0, 12));
    }

    @Test
    void containers_on_different_bridges_are_on_separate_networks() {
        // docs.docker.com: containers on different bridge networks cannot reach each other directly
        // given
        var backend = docker.network("backend");
        // when
        var web = docker.run("web", "nginx");
        var api = docker.run("api", "python:3.12").on(backend);
        // then
        assertThat(web.networks()).containsExactly(docker.bridge());
        assertThat(api.networks()).containsExactly(backend);
        assertThat(api.address()).hasToString("172.18.0.2");
    }

    @Test
    void publishing_without_a_host_ip_listens_on_all_addresses_and_with_127_0_0_1_on_loopback_only() {
        // moby: -p 8080:80 publishes on all host addresses; -p 127.0.0.1:8080:80 on loopback only
        // given / when
        var web = docker.run("web", "nginx").publish(8080, 80);
        var admin = docker.run("admin", "adminer").publish("127.0.0.1", 8081, 8080);
        // then
        assertThat(web.published()).singleElement().hasToString("0.0.0.0:8080->80/tcp");
        assertThat(admin.published()).singleElement().hasToString("127.0.0.1:8081->8080/tcp");
    }

    @Test
    void host_network_has_no_own_address_and_discards_published_ports_with_a_warning() {
        // docs.docker.com host driver: shares the host's stack; "Published ports are discarded when using host network mode"
        // given / when
        var probe = docker.run("probe", "prom/prometheus").hostNetwork().publish(9090, 9090);
        // then
        assertThat(probe.hostNetworked()).isTrue();
        assertThat(probe.address()).isEqualTo(host.address());
        assertThat(probe.published()).isEmpty();
        assertThat(lab.warnings()).containsExactly("container \"probe\" uses the host network, so its published ports are discarded"
                + " (Docker: \"Published ports are discarded when using host network mode\"); it listens on docker-host's own ports");
    }

    @Test
    void none_network_has_loopback_only() {
        // docs.docker.com: the none driver gives a container only loopback
        // given / when
        var c = docker.run("isolated", "alpine").noNetwork();
        // then
        assertThat(c.addresses()).isEmpty();
        assertThatThrownBy(c::address).isInstanceOf(IllegalStateException.class).hasMessage("container \"isolated\" is on the"
                + " none network and has only loopback; attach it with container.on(network)");
    }

    @Test
    void overlay_networks_need_swarm_and_draw_24s_from_10_0_0_0_8() {
        // docs.docker.com overlay driver: needs swarm mode; moby's global default pool 10.0.0.0/8 in /24s (ingress first)
        // given
        var h2 = lab.lan("home", "192.168.1.0/24").host("h2", "192.168.1.3").docker();
        assertThatThrownBy(() -> docker.overlay("web")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Docker on \"docker-host\" is not in a swarm; overlay networks need swarm mode, call lab.swarm(\"prod\").join(docker) first");
        var swarm = lab.swarm("prod").join(docker).join(h2);
        // when
        var web = docker.overlay("web");
        var a = docker.run("a", "nginx").on(web);
        var b = h2.run("b", "nginx").on(web);
        // then
        assertThat(swarm.networks().get(0).cidr()).hasToString("10.0.0.0/24");
        assertThat(web.cidr()).hasToString("10.0.1.0/24");
        assertThat(a.address()).hasToString("10.0.1.2");
        assertThat(b.address()).hasToString("10.0.1.3");
        assertThat(docker.networks()).extracting(DockerNetwork::name).contains("docker_gwbridge");
    }

    @Test
    void macvlan_containers_sit_directly_on_the_parent_lan_with_their_own_mac() {
        // docs.docker.com macvlan: containers appear on the parent interface's LAN, no bridge, no NAT
        // given
        var lan = docker.macvlan("lan", "eth0");
        // when
        var c = docker.run("printer", "cups").on(lan);
        // then
        assertThat(lan.driver()).isEqualTo(DockerDriver.MACVLAN);
        assertThat(lan.cidr()).hasToString("192.168.1.0/24");
        assertThat(lan.gateway()).hasToString("192.168.1.1");
        assertThat(lan.bridge()).isEmpty();
        assertThat(c.address()).hasToString("192.168.1.3");
        assertThat(c.attachments().get(0).mac()).isNotEqualTo(host.nic("eth0").mac());
    }

    @Test
    void the_host_cannot_reach_its_own_macvlan_containers_and_is_warned() {
        // docs.docker.com macvlan: by design the host cannot reach its own macvlan containers through the parent interface
        // given / when
        docker.macvlan("lan", "eth0");
        // then
        assertThat(lab.warnings()).containsExactly("host \"docker-host\" cannot reach the containers on macvlan network \"lan\""
                + " through eth0 (by design); other machines on home can");
    }

    @Test
    void ipvlan_containers_share_the_parent_s_mac() {
        // docs.docker.com ipvlan (L2): containers share the parent interface's MAC
        // given
        var lan = docker.ipvlan("lan", "eth0");
        // when
        var c = docker.run("c", "nginx").on(lan);
        // then
        assertThat(c.attachments().get(0).mac()).hasValue(host.nic("eth0").mac());
    }

    @Test
    void docker_desktop_runs_the_engine_in_a_vm_on_the_laptop() {
        // Chapter 6: Docker Desktop runs the engine in a small Linux VM; 192.168.65.0/24 is its default internal subnet
        // given
        var laptop = lab.lan("home", "192.168.1.0/24").host("laptop", "192.168.1.5");
        // when
        var engine = laptop.dockerDesktop();
        engine.run("web", "nginx").publish(8080, 80);
        // then
        assertThat(engine.machine()).isInstanceOf(Vm.class);
        assertThat(engine.desktopHost()).containsSame(laptop);
        assertThat(engine.machine().address()).hasToString("192.168.65.3");
        assertThat(laptop.dockerDesktop()).isSameAs(engine);
        assertThat(lab.snapshot().docker("docker-desktop").orElseThrow().desktopHost()).hasValue("laptop");
    }
}
