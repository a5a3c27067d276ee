package vnetlab.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.ComposeProject;
import vnetlab.model.DockerDriver;
import vnetlab.model.DockerEngine;
import vnetlab.model.Host;
import vnetlab.model.Lan;

/**
 * Compose files of our own making (src/test/resources/compose) built on a Docker host: addresses, networks, traces
 * and reachability as Docker would give them (GROUND-TRUTH.md, "Docker"; compose-spec 05-services.md, 06-networks.md).
 */
class ComposeImportTest {
    private final Lab lab = Net.newLab("compose");
    private final Lan home = lab.lan("home", "192.168.1.0/24");
    private final Host host = home.host("docker-host", "192.168.1.2");
    private final DockerEngine docker = host.docker();
    private final Host phone = home.host("phone", "192.168.1.20");

    static String fixture(String path) {
        try {
            return Path.of(ComposeImportTest.class.getResource("/compose/" + path).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shop_builds_its_networks_with_docker_pools_and_the_chosen_subnet() {
        // given / when
        ComposeProject shop = docker.compose(fixture("shop/compose.yaml"));
        // then: front takes the next free local pool (moby ipamutils), back its ipam subnet and gateway
        assertThat(shop.name()).isEqualTo("shop");
        assertThat(shop.network("front").name()).isEqualTo("shop_front");
        assertThat(shop.network("front").cidr()).hasToString("172.18.0.0/16");
        assertThat(shop.network("back").cidr()).hasToString("10.5.0.0/24");
        assertThat(shop.network("back").gateway()).hasToString("10.5.0.1");
        assertThat(shop.network("back").internal()).isTrue();
    }

    @Test
    void shop_starts_containers_in_depends_on_order_named_project_service_1() {
        // given / when
        ComposeProject shop = docker.compose(fixture("shop/compose.yaml"));
        // then: db before api before web (depends_on); Compose v2 names containers <project>-<service>-1
        assertThat(shop.containers()).extracting(c -> c.name()).containsExactly("shop-db-1", "shop-api-1", "shop-web-1");
        assertThat(shop.container("db").address()).hasToString("10.5.0.10");
        assertThat(shop.container("api").addresses()).extracting(Object::toString).containsExactly("172.18.0.2", "10.5.0.2");
        assertThat(shop.container("web").address()).hasToString("172.18.0.3");
        assertThat(shop.container("api").image()).isEqualTo("shop-api");
        assertThat(shop.container("db").exposed()).containsExactly(5432);
    }

    @Test
    void shop_service_names_and_aliases_resolve_on_each_network() {
        // given
        ComposeProject shop = docker.compose(fixture("shop/compose.yaml"));
        var api = shop.container("api");
        // then: the service name and the aliases are DNS names at 127.0.0.11 (compose-spec "aliases")
        assertThat(api.dnsNames(shop.network("front"))).containsExactly("shop-api-1", "api", "api-v1");
        assertThat(api.dnsNames(shop.network("back"))).containsExactly("shop-api-1", "api");
    }

    @Test
    void shop_api_reaches_db_by_its_service_name() {
        // given
        ComposeProject shop = docker.compose(fixture("shop/compose.yaml"));
        // when
        var trace = lab.trace(shop.container("api"), "db", 5432);
        // then
        assertThat(trace.delivered()).as(trace.toString()).isTrue();
        assertThat(trace.last().where()).isEqualTo("shop-db-1");
    }

    @Test
    void shop_web_cannot_reach_db_on_another_network() {
        // given
        ComposeProject shop = docker.compose(fixture("shop/compose.yaml"));
        // when
        var trace = lab.trace(shop.container("web"), "db", 5432);
        // then: web is only on front, where "db" is not a name
        assertThat(trace.delivered()).isFalse();
        assertThat(trace.dropReason()).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("NAME_NOT_RESOLVED"));
    }

    @Test
    void shop_publishes_web_on_all_addresses_and_https_on_localhost_only() {
        // given
        ComposeProject shop = docker.compose(fixture("shop/compose.yaml"));
        // when
        var http = lab.trace(phone, host, 8080);
        var https = lab.trace(phone, host, 8443);
        // then
        assertThat(shop.container("web").published()).extracting(Object::toString)
                .containsExactly("0.0.0.0:8080->80/tcp", "127.0.0.1:8443->443/tcp");
        assertThat(http.delivered()).as(http.toString()).isTrue();
        assertThat(https.delivered()).isFalse();
    }

    @Test
    void an_internal_network_has_no_way_out() {
        // given
        ComposeProject shop = docker.compose(fixture("shop/compose.yaml"));
        // when
        var out = lab.trace(shop.container("db"), Net.INTERNET, 443);
        // then: internal: true gives the container no default route (docs.docker.com, "docker network create --internal")
        assertThat(out.delivered()).isFalse();
    }

    @Test
    void shop_warns_once_per_ignored_key_with_its_line() {
        // given / when
        ComposeProject shop = docker.compose(fixture("shop/compose.yaml"));
        // then
        assertThat(shop.warnings()).containsExactly(
                "compose.yaml:14:5: ignored services.api.build (vnetlab runs the image shop-api without building it)",
                "compose.yaml:15:5: ignored services.api.environment (it does not change how packets move)",
                "compose.yaml:26:5: ignored services.db.volumes (it does not change how packets move)",
                "compose.yaml:41:1: ignored volumes (it does not change how packets move)");
        assertThat(lab.warnings()).containsAll(shop.warnings());
    }

    @Test
    void re_running_the_same_compose_file_changes_nothing() {
        // given
        docker.compose(fixture("shop/compose.yaml"));
        String before = lab.compose();
        // when
        docker.compose(fixture("shop/compose.yaml"));
        // then
        assertThat(lab.compose()).isEqualTo(before);
        assertThat(docker.containers()).hasSize(3);
    }
}
