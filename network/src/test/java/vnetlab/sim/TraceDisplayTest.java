package vnetlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vnetlab.Net;

/** Steps for demos, rows for HTML, ids for diagrams, and the macvlan corner. */
class TraceDisplayTest {

    @Test
    void steps_move_through_the_request_then_the_reply_and_tell_the_listener_each_time() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        c.vbox.forward(2222, c.dev, 22);
        var steps = c.lab.trace(c.phone, c.laptop, 2222).steps();
        List<Integer> seen = new ArrayList<>();
        steps.onChange(s -> seen.add(s.step()));
        // when
        steps.next().next().next().previous();
        // then
        assertThat(seen).containsExactly(2, 3, 4, 3);
        assertThat(steps.count()).isEqualTo(6);
        assertThat(steps.hop().where()).isEqualTo("dev");
        assertThat(steps.go(5).frame().inReply()).isTrue();
        assertThat(steps.hop().where()).isEqualTo("laptop");
        assertThat(steps.toString()).startsWith("phone → laptop tcp/2222 · step 5 of 6: reply hop 2 of 3, laptop\n")
                .contains("source       10.0.2.15:22", "192.168.1.2:2222   ⇐ changed");
    }

    @Test
    void a_frame_shows_the_headers_as_they_arrived_and_left_and_what_changed() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        c.vbox.forward(2222, c.dev, 22);
        var frame = c.lab.trace(c.phone, c.laptop, 2222).steps().go(2).frame();
        // when
        var headers = Steps.Header.of(frame.hop());
        // then
        assertThat(headers).extracting(Steps.Header::name).containsExactly("source", "destination");
        assertThat(headers.get(1).arrived()).isEqualTo("192.168.1.2:2222");
        assertThat(headers.get(1).left()).isEqualTo("10.0.2.15:22");
        assertThat(headers).extracting(Steps.Header::changed).containsExactly(false, true);
    }

    @Test
    void the_steps_iterate_as_frames_without_moving() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        var steps = c.lab.trace(c.phone, c.web, 80).steps();
        // when
        List<Integer> frames = new ArrayList<>();
        steps.forEach(f -> frames.add(f.step()));
        // then
        assertThat(frames).containsExactly(1, 2, 3, 4);
        assertThat(steps.step()).isEqualTo(1);
    }

    @Test
    void stepping_to_a_step_that_does_not_exist_is_refused() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        var steps = c.lab.trace(c.phone, c.web, 80).steps();
        // when / then
        assertThatThrownBy(() -> steps.go(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("step 5 does not exist; this trace has steps 1..4 (s.go(1) is the first)");
    }

    @Test
    void rows_and_path_carry_the_model_ids_for_the_diagram() {
        // given
        var c = new NorthStarTraceTest.Chapter2();
        // when
        var trace = c.lab.trace(c.dev, Net.INTERNET, 443);
        // then
        assertThat(trace.table()).extracting(Trace.Row::id)
                .containsExactly(c.dev.id(), c.laptop.id(), "lan:home/router", "internet");
        assertThat(trace.path()).containsExactly(c.dev.id(), c.dev.id() + "/nat1", c.laptop.id(), "lan:home",
                "lan:home/router", "internet", "internet");
    }

    @Test
    void a_macvlan_container_is_on_the_lan_but_not_reachable_from_its_own_host() {
        // given
        var c = new NorthStarTraceTest.Chapter4();
        var lan = c.docker.macvlan("lan", "eth0");
        var cam = c.docker.run("cam", "nginx").on(lan);
        var phone = c.home.host("phone", "192.168.1.20");
        // when
        var fromPhone = c.lab.trace(phone, cam, 80);
        var fromHost = c.lab.trace(c.host, cam, 80);
        // then
        assertThat(fromPhone.delivered()).isTrue();
        assertThat(fromPhone.hops()).extracting(Hop::where).containsExactly("phone", "cam");
        assertThat(fromHost.dropReason()).contains(DropReason.MACVLAN_HOST_ISOLATED);
    }

    @Test
    void reachability_lists_every_endpoint_once_and_counts_the_allowed_pairs() {
        // given
        var c = new NorthStarTraceTest.Chapter4();
        // when
        var matrix = c.lab.reachability();
        // then
        assertThat(matrix.endpoints()).containsExactly("docker-host", "web", "api", "INTERNET");
        assertThat(matrix.allowedCount()).isEqualTo(7);
        assertThatThrownBy(() -> matrix.cell("nobody", "web")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"nobody\" is not in this reachability matrix; it has docker-host, web, api, INTERNET");
    }
}
