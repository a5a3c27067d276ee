package vnetlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Warnings reach the kernel's listener each time a call causes them, and the lab keeps each once. */
class WarningsTest {

    @AfterEach
    void quiet() {
        Warnings.listen(message -> { });
    }

    @Test
    void the_listener_hears_each_warning_and_a_rerun_cell_warns_again() {
        // given
        List<String> heard = new ArrayList<>();
        Warnings.listen(heard::add);
        var lab = new Topology("warn");
        var docker = lab.lan("home", "192.168.1.0/24").host("h", "192.168.1.2").docker();
        Runnable cell = () -> docker.run("probe", "prom/prometheus").hostNetwork().publish(9090, 9090);
        // when
        cell.run();
        cell.run();
        // then
        assertThat(heard).hasSize(2).allMatch(m -> m.startsWith("container \"probe\" uses the host network"));
        assertThat(lab.warnings()).hasSize(1);
    }

    @Test
    void a_lan_typed_with_host_bits_says_which_network_it_became() {
        // given
        List<String> heard = new ArrayList<>();
        Warnings.listen(heard::add);
        var lab = new Topology("notice");
        // when
        var lan = lab.lan("bad", "10.0.0.1/24");
        lab.lan("good", "10.0.1.0/24");
        // then
        assertThat(lan.cidr()).hasToString("10.0.0.0/24");
        assertThat(heard).containsExactly("\"10.0.0.1/24\" has host bits set: LAN \"bad\" is 10.0.0.0/24, the network that holds 10.0.0.1");
    }
}
