package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vnetlab.model.snapshot.Snapshot;

/** The snapshot is an immutable copy: later changes to the lab do not reach it, and it cannot be changed. */
class SnapshotTest {

    private static Topology lab() {
        var t = new Topology("snap");
        var home = t.lan("home", "192.168.1.0/24");
        var laptop = home.host("laptop", "192.168.1.2");
        laptop.hypervisor(HypervisorKind.VIRTUALBOX).vm("dev").nat();
        laptop.docker().run("web", "nginx").publish(8080, 80);
        return t;
    }

    @Test
    void later_changes_do_not_reach_an_earlier_snapshot() {
        // given
        var t = lab();
        Snapshot before = t.snapshot();
        // when
        t.existingVm("dev").orElseThrow().bridged();
        t.lan("home", "192.168.1.0/24").host("phone", "192.168.1.20");
        // then
        assertThat(before.vm("dev").orElseThrow().nics().get(0).address()).hasToString("10.0.2.15");
        assertThat(before.hosts()).extracting(h -> h.name()).containsExactly("laptop");
        assertThat(t.snapshot()).isNotEqualTo(before);
    }

    @Test
    void its_collections_cannot_be_changed() {
        // given
        Snapshot s = lab().snapshot();
        // when / then
        assertThatThrownBy(() -> s.hosts().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.endpoints().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.dockerEngines().get(0).containers().get(0).published().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.publicDns().put("x", Ipv4.ANY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void every_endpoint_is_listed_by_id_with_its_addresses() {
        // given / when
        Snapshot s = lab().snapshot();
        // then
        assertThat(s.endpoints().keySet()).containsExactly("host:laptop", "vm:dev", "container:host:laptop/web", "internet");
        assertThat(s.endpoint("container:host:laptop/web").orElseThrow().addresses()).extracting(Ipv4::toString).containsExactly("172.17.0.2");
        assertThat(s.internet().addresses()).containsExactly(Ipv4.parse("192.0.2.1"));
    }

    @Test
    void the_same_lab_gives_equal_snapshots() {
        // given / when / then
        assertThat(lab().snapshot()).isEqualTo(lab().snapshot());
    }
}
