package vnetlab.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vnetlab.imports.ComposeImportTest.fixture;

import org.junit.jupiter.api.Test;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.ComposeProject;
import vnetlab.model.DockerEngine;
import vnetlab.model.Host;
import vnetlab.model.Lan;

/** The other Compose fixtures: network modes, long and ranged ports, links, external, macvlan and overlay networks. */
class ComposeFixturesTest {
    private final Lab lab = Net.newLab("compose fixtures");
    private final Lan home = lab.lan("home", "192.168.1.0/24");
    private final Host host = home.host("docker-host", "192.168.1.2");
    private final DockerEngine docker = host.docker();
    private final Host phone = home.host("phone", "192.168.1.20");

    @Test
    void monitoring_publishes_long_syntax_ranges_udp_and_a_docker_chosen_port() {
        // given / when
        ComposeProject m = docker.compose(fixture("monitoring/compose.yaml"));
        // then: compose-spec "ports": long syntax host_ip/published/protocol, a range maps port by port, "3000" gets a
        // host port Docker picks (from the kernel's ephemeral range, 32768 up)
        assertThat(m.container("app").published()).extracting(Object::toString).containsExactly(
                "127.0.0.1:8000->8000/tcp", "0.0.0.0:8125->8125/udp", "0.0.0.0:9000->9000/tcp", "0.0.0.0:9001->9001/tcp",
                "0.0.0.0:32768->3000/tcp");
        assertThat(m.container("app").address()).hasToString("172.18.0.2");
        assertThat(lab.trace(phone, host, 9001).delivered()).isTrue();
    }

    @Test
    void monitoring_network_modes_share_a_stack_the_host_or_nothing() {
        // given / when
        ComposeProject m = docker.compose(fixture("monitoring/compose.yaml"));
        // then: network_mode service:app shares app's addresses; host shares the host's; none has loopback only
        assertThat(m.container("proxy").sharesStackOf()).contains(m.container("app"));
        assertThat(m.container("proxy").address()).isEqualTo(m.container("app").address());
        assertThat(m.container("node-exporter").hostNetworked()).isTrue();
        assertThat(m.container("node-exporter").published()).isEmpty();
        assertThat(m.container("backup").addresses()).isEmpty();
        assertThat(m.warnings()).anyMatch(w -> w.startsWith("compose.yaml:20:3: service \"node-exporter\" has network_mode host,"
                + " so Docker discards its ports"));
        assertThat(lab.trace(m.container("proxy"), m.container("app"), 8000).delivered()).isTrue();
    }

    @Test
    void legacy_file_takes_its_folder_name_links_and_an_external_network() {
        // given: the external network exists before compose up
        docker.network("company-shared");
        // when
        ComposeProject legacy = docker.compose(fixture("legacy/docker-compose.yml"));
        // then: no name: → the folder's name; networks.default.name renames the default network
        assertThat(legacy.name()).isEqualTo("legacy");
        assertThat(legacy.networks()).extracting(n -> n.name()).containsExactly("legacy_net", "company-shared");
        assertThat(legacy.network("legacy_net").cidr()).hasToString("172.19.0.0/16");
        assertThat(legacy.container("db").dnsNames(legacy.network("legacy_net"))).contains("database");
        assertThat(lab.trace(legacy.container("app"), "database", 3306).delivered()).isTrue();
        assertThat(lab.trace(legacy.container("app"), "cache", 6379).delivered()).isTrue();
    }

    @Test
    void legacy_yaml_1_2_keeps_an_unquoted_22_22_a_port_mapping() {
        // given / when: YAML 1.1 reads 22:22 as the base-60 number 1342 (YAML 1.1 int, sexagesimal); YAML 1.2 as text
        ComposeProject legacy = buildLegacy();
        // then
        assertThat(legacy.container("app").published()).extracting(Object::toString).containsExactly("0.0.0.0:22->22/tcp");
        assertThat(legacy.warnings()).contains("docker-compose.yml:2:1: ignored version (it does not change how packets move)");
    }

    @Test
    void legacy_network_mode_bridge_stays_on_docker0_without_names() {
        // given / when
        ComposeProject legacy = buildLegacy();
        // then
        assertThat(legacy.container("printer").networks()).containsExactly(docker.bridge());
        assertThat(legacy.container("printer").address()).hasToString("172.17.0.2");
        assertThat(lab.trace(legacy.container("printer"), "db", 3306).delivered()).isFalse();
    }

    private ComposeProject buildLegacy() {
        docker.network("company-shared");
        return docker.compose(fixture("legacy/docker-compose.yml"));
    }

    @Test
    void lan_macvlan_containers_sit_on_the_home_lan() {
        // given / when
        ComposeProject lan = docker.compose(fixture("lan/compose.yaml"));
        // then: macvlan puts containers on the parent's LAN (docs.docker.com macvlan driver); no NAT
        assertThat(lan.container("pihole").address()).hasToString("192.168.1.53");
        assertThat(lan.container("nas").addresses().get(0).toString()).startsWith("192.168.1.");
        assertThat(lan.network("storage").cidr()).hasToString("172.18.0.0/16");
        assertThat(lab.trace(phone, lan.container("pihole"), 53).delivered()).isTrue();
        assertThat(lab.trace(host, lan.container("pihole"), 53).delivered()).isFalse();
        assertThat(lan.warnings()).containsExactly(
                "compose.yaml:25:5: ignored networks.storage.attachable (it does not change how packets move)",
                "compose.yaml:26:5: ignored networks.storage.labels (it does not change how packets move)");
    }

    @Test
    void swarm_stack_joins_the_overlay_and_its_own_named_bridge() {
        // given: two hosts in a swarm
        Host second = home.host("docker-host-2", "192.168.1.3");
        lab.swarm("prod").join(docker).join(second.docker());
        // when
        ComposeProject chat = docker.compose(fixture("swarm/compose.yaml"));
        // then: overlays draw /24s from 10.0.0.0/8 (GROUND-TRUTH: overlay); name: keeps chat-edge as it is
        assertThat(chat.network("mesh").name()).isEqualTo("chat_mesh");
        assertThat(chat.network("mesh").cidr().toString()).startsWith("10.0.");
        assertThat(chat.network("chat-edge").driver().toString()).isEqualTo("bridge");
        assertThat(chat.container("rooms").dnsNames(chat.network("mesh"))).containsExactly("chat-rooms-1", "rooms",
                "rooms-primary");
        assertThat(lab.trace(chat.container("gateway"), "rooms-primary", 8080).delivered()).isTrue();
    }
}
