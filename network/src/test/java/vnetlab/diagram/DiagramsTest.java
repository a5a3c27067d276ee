package vnetlab.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vnetlab.Lab;

/** What the kernel calls: every renderable value gives a diagram that real Graphviz draws. */
class DiagramsTest {

    static Stream<Arguments> renderable() {
        Lab ch2 = CanonicalScenes.chapter2();
        Lab ch4 = CanonicalScenes.chapter4();
        Lab ch5 = CanonicalScenes.chapter5();
        var k8s = ch5.clusters().get(0);
        var laptop = ch2.hosts().get(0);
        return Stream.of(
                Arguments.of("lab", ch2, "Bridged vs NAT"),
                Arguments.of("topology", ch2.topology(), "Bridged vs NAT"),
                Arguments.of("snapshot", ch2.snapshot(), "Bridged vs NAT"),
                Arguments.of("host", laptop, "laptop"),
                Arguments.of("hypervisor", laptop.hypervisors().get(0), "laptop"),
                Arguments.of("vm", ch2.vms().get(0), "laptop"),
                Arguments.of("docker engine", ch4.hosts().get(0).docker(), "docker-host"),
                Arguments.of("container", ch4.hosts().get(0).docker().container("web"), "docker-host"),
                Arguments.of("cluster", k8s, "Kubernetes ingress"),
                Arguments.of("address plan", k8s.addressPlan(), "Address plan of cluster shop"),
                Arguments.of("layer stack", laptop.layers(), "Layers of laptop"),
                Arguments.of("trace", ch2.trace(ch2.endpoint("phone"), ch2.endpoint("web"), 80), "phone → web"),
                Arguments.of("steps", ch2.trace(ch2.endpoint("phone"), ch2.endpoint("web"), 80).steps(), "phone → web"),
                Arguments.of("reachability", ch2.reachability(), "Who can open a connection to whom"),
                Arguments.of("legend", Diagrams.legend(), "Legend"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderable")
    void every_renderable_value_draws_as_svg(String kind, Object value, String title) {
        // when
        Diagram d = Diagrams.of(value).orElseThrow();
        // then
        assertThat(d.title()).startsWith(title);
        String svg = d.render(new DotCommand(DotCommand.locate().orElseThrow())).svg().orElseThrow();
        assertThat(Svg.text(svg)).contains(Svg.words(title).get(0));
        assertThat(d.text()).isNotBlank();
        assertThat(Diagrams.dot(value)).contains(d.dot());
    }

    @Test
    void values_without_a_picture_give_nothing() {
        assertThat(Diagrams.of("web")).isEmpty();
        assertThat(Diagrams.of(42)).isEmpty();
        assertThat(Diagrams.html("web")).isEmpty();
    }

    @Test
    void a_lab_has_an_inventory_table() {
        // given
        Lab lab = CanonicalScenes.chapter2();
        // when
        String html = Diagrams.html(lab).orElseThrow();
        // then
        assertThat(html).contains("inventory of Bridged vs NAT", "laptop", "192.168.1.2", "10.0.2.15");
    }

    @Test
    void the_legend_goes_under_the_picture_and_names_only_the_shapes_it_draws() {
        // given the chapter 2 lab: hosts, a LAN, a router, VMs, virtual switches and NAT; no container, no pod
        Lab lab = CanonicalScenes.chapter2();
        // when
        Diagram d = Diagrams.of(lab).orElseThrow();
        // then
        assertThat(d.dot()).doesNotContain("\"legend\"");
        assertThat(d.legendHtml()).contains("<b>legend</b>", "VM (3-D box)", "NAT: yellow double octagon")
                .doesNotContain("pod", "container", "ingress");
        assertThat(Diagrams.view(lab).orElseThrow().html().orElseThrow()).startsWith(d.legendHtml())
                .contains("inventory of");
    }

    @Test
    void stepping_through_a_trace_shows_one_frame_with_the_headers_and_no_table() {
        // given
        Lab lab = CanonicalScenes.chapter2();
        var steps = lab.trace(lab.endpoint("phone"), lab.endpoint("dev"), 22).steps();
        // when
        Diagram first = Diagrams.of(steps).orElseThrow();
        Diagram last = Diagrams.of(steps.next()).orElseThrow();
        // then
        assertThat(first.title()).isEqualTo("phone → dev tcp/22 · step 1 of 2: request hop 1 of 2, phone");
        assertThat(first.dot()).contains("step 1 of 2 · request hop 1 of 2 · phone").doesNotContain("✖ dropped");
        assertThat(last.title()).isEqualTo("phone → dev tcp/22 · step 2 of 2: request hop 2 of 2, laptop");
        assertThat(last.dot()).contains("✖ dropped: NAT hides dev");
        assertThat(Diagrams.html(steps)).isEmpty();
    }

    @Test
    void the_same_lab_gives_byte_identical_dot_when_built_twice() {
        // when
        String first = Diagrams.dot(CanonicalScenes.chapter5()).orElseThrow();
        String second = Diagrams.dot(CanonicalScenes.chapter5()).orElseThrow();
        // then
        assertThat(first).isEqualTo(second);
    }

    @Test
    void every_registered_type_is_one_that_has_a_picture() {
        // given
        var values = renderable().map(a -> a.get()[1]).toList();
        // when / then
        for (Object v : values) {
            assertThat(Diagrams.types()).as(v.getClass().getName()).anySatisfy(t -> assertThat(t).isAssignableFrom(v.getClass()));
        }
    }

    @Test
    void a_view_carries_the_picture_the_table_and_the_text() {
        // given
        Lab lab = CanonicalScenes.chapter2();
        var trace = lab.trace(lab.endpoint("phone"), lab.endpoint("dev"), 22);
        // when
        Diagrams.View view = Diagrams.view(trace).orElseThrow();
        // then
        assertThat(view.svg()).isPresent();
        assertThat(view.html()).hasValueSatisfying(h -> assertThat(h).contains("✖ "));
        assertThat(view.text()).isEqualTo(trace.toString());
    }

    @Test
    void without_graphviz_the_view_is_text_led_by_the_install_line() {
        // given
        Lab lab = CanonicalScenes.chapter2();
        GraphvizEngine before = Engines.use(new Engines.TextOnly());
        try {
            // when
            Diagrams.View view = Diagrams.view(lab).orElseThrow();
            // then
            assertThat(view.svg()).isEmpty();
            assertThat(view.text()).startsWith("(" + Engines.INSTALL_GRAPHVIZ + ")\nBridged vs NAT\n");
        } finally {
            Engines.use(before);
        }
    }
}
