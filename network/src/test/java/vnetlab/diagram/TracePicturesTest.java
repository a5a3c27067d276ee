package vnetlab.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static vnetlab.Net.INTERNET;

import org.junit.jupiter.api.Test;
import vnetlab.Lab;
import vnetlab.model.Endpoint;
import vnetlab.sim.Trace;

/** Traces drawn as lanes, and on their lab with {@code inLab()} (north-star chapter 2 and 5 traces). */
class TracePicturesTest {

    private static Endpoint e(Lab lab, String name) {
        return lab.endpoint(name);
    }

    @Test
    void a_port_forward_trace_highlights_the_path_and_writes_the_dnat_on_the_link_it_leaves_by() {
        // given
        Lab lab = CanonicalScenes.chapter2();
        Trace trace = lab.trace(e(lab, "phone"), e(lab, "laptop"), 2222);
        // when
        Diagram d = Diagrams.of(trace.inLab()).orElseThrow();
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(d.dot()).contains("xlabel=\"hop 1\"", "DNAT 192.168.1.2:2222 → 10.0.2.15:22", "#E69F00");
        assertThat(d.dot()).doesNotContain("\"dropped\"");
        assertThat(d.text()).isEqualTo(trace.toString());
    }

    @Test
    void a_dropped_trace_marks_the_drop_at_the_hop_that_dropped_it() {
        // given
        Lab lab = CanonicalScenes.chapter2();
        Trace trace = lab.trace(e(lab, "phone"), e(lab, "dev"), 22);
        // when
        Diagram d = Diagrams.of(trace.inLab()).orElseThrow();
        // then
        assertThat(trace.delivered()).isFalse();
        assertThat(d.dot()).contains("\"dropped\" [shape=\"octagon\"", "\"host:laptop\" -> \"dropped\"");
    }

    @Test
    void the_hop_table_has_a_row_per_hop_and_marks_the_drop_with_a_cross() {
        // given
        Lab lab = CanonicalScenes.chapter2();
        Trace trace = lab.trace(e(lab, "phone"), e(lab, "dev"), 22);
        // when
        String html = Diagrams.html(trace).orElseThrow();
        // then
        assertThat(html).contains("<caption", "✖ ", "laptop", "phone");
        assertThat(TracePictures.table(trace).size()).isEqualTo(trace.hops().size());
    }

    @Test
    void an_outbound_trace_through_two_nats_shows_both_snats() {
        // given
        Lab lab = CanonicalScenes.chapter2();
        Trace trace = lab.trace(e(lab, "dev"), INTERNET, 443);
        // when
        Diagram d = Diagrams.of(trace.inLab()).orElseThrow();
        // then
        assertThat(d.dot()).contains("SNAT 10.0.2.15:", "→ 192.168.1.2:", "→ 203.0.113.7:");
    }

    @Test
    void the_kubernetes_ingress_trace_draws_on_the_cluster_and_renders() {
        // given
        Lab lab = CanonicalScenes.chapter5();
        Trace trace = lab.trace(INTERNET, "http://shop.example.com/cart");
        // when
        Diagram d = Diagrams.of(trace.inLab()).orElseThrow();
        // then
        assertThat(trace.delivered()).isTrue();
        assertThat(d.dot()).contains("hop " + trace.hops().size());
        assertThat(Svg.text(d.render(new DotCommand(DotCommand.locate().orElseThrow())).svg().orElseThrow()))
                .contains("ingress controller", "hop 1");
    }

    @Test
    void a_trace_draws_one_lane_per_device_one_arrow_per_hop_and_marks_the_rewrite() {
        // given
        Lab lab = CanonicalScenes.chapter2();
        Trace trace = lab.trace(e(lab, "phone"), e(lab, "laptop"), 2222);
        // when
        String dot = Diagrams.dot(trace).orElseThrow();
        // then three lanes, two request arrows, two reply arrows (dashed), the DNAT at laptop and its undoing
        assertThat(dot).contains("<B>phone</B>", "<B>laptop</B>", "<B>dev</B>", "label=\"DNAT\"", "label=\"un-DNAT\"",
                "✔ delivered to dev", "✔ reply received by phone");
        assertThat(dot).contains("<FONT COLOR=\"#B00000\"><B>10.0.2.15:22</B></FONT>");
        assertThat(dot).doesNotContain("192.168.1.0/24"); // not the lab: the devices on the path
        assertThat(count(dot, "color=\"#E69F00\"")).isEqualTo(2);
        assertThat(count(dot, "style=\"dashed\"")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_dropped_trace_ends_its_lane_with_a_cross_and_the_reason_and_draws_no_reply() {
        // given
        Lab lab = CanonicalScenes.chapter2();
        Trace trace = lab.trace(e(lab, "phone"), e(lab, "dev"), 22);
        // when
        String dot = Diagrams.dot(trace).orElseThrow();
        // then
        assertThat(dot).contains("label=\"✖ drop\"", "✖ dropped: NAT hides dev", "fix: ");
        assertThat(dot).doesNotContain("reply received", "#0072B2\", penwidth");
    }

    @Test
    void every_frame_of_a_trace_has_the_same_rows_so_a_display_updated_in_place_does_not_jump() {
        // given
        Lab lab = CanonicalScenes.chapter2();
        var steps = lab.trace(e(lab, "phone"), e(lab, "web"), 80).steps();
        // when
        String first = Diagrams.dot(steps).orElseThrow();
        String last = Diagrams.dot(steps.go(steps.count())).orElseThrow();
        // then
        assertThat(count(first, "[shape=\"point\"")).isGreaterThan(count(last, "[shape=\"point\""));
        assertThat(count(first, " -> ")).isEqualTo(count(last, " -> "));
        assertThat(first).contains("step 1 of 4");
        assertThat(last).contains("step 4 of 4 · reply hop 2 of 2 · phone", "✔ reply received by phone");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void reachability_renders_as_a_matrix_of_crosses_and_ticks() {
        // given
        Lab lab = CanonicalScenes.chapter2();
        // when
        var r = lab.reachability();
        // then
        assertThat(Diagrams.of(r).orElseThrow().dot()).contains("✔", "✖");
        assertThat(Diagrams.html(r).orElseThrow()).contains("from ↓ to →", "✖ ");
    }

    @Test
    void a_trace_is_drawn_on_the_lab_it_ran_in_even_when_another_lab_has_the_same_names() {
        // given two labs with a laptop and a phone each, on different LANs
        Lab first = vnetlab.Net.newLab("same names, first");
        var home = first.lan("home", "192.168.1.0/24");
        home.host("laptop", "192.168.1.2");
        home.host("phone", "192.168.1.20");
        Lab second = vnetlab.Net.newLab("same names, second");
        var office = second.lan("office", "10.9.0.0/24");
        office.host("laptop", "10.9.0.2");
        office.host("phone", "10.9.0.20");
        try {
            // when the first lab traces
            Trace trace = first.trace(first.endpoint("phone"), first.endpoint("laptop"), 22);
            String dot = Diagrams.dot(trace.inLab()).orElseThrow();
            // then its picture is the first lab's
            assertThat(dot).contains("192.168.1.0/24").doesNotContain("10.9.0.0/24");
        } finally {
            vnetlab.Net.forgetLabs();
        }
    }
}
