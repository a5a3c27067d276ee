package vnetlab.kernel;

import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vnetlab.Lab;
import vnetlab.Net;
import vnetlab.model.Vm;
import vnetlab.sim.Steps;

import static org.assertj.core.api.Assertions.assertThat;

/** The course's values reach the notebook as pictures (drawn by the real dot), tables and text. */
class DiagramRenderersTest {
    private final Renderer renderer = Renderers.create();

    private JsonObject data(Object value) {
        return Kernel.displayContent(Renderers.render(renderer, value)).getAsJsonObject("data");
    }

    private static Lab bridgedVsNat() {
        Lab lab = Net.newLab("renderers");
        var home = lab.lan("home", "192.168.1.0/24");
        var laptop = home.host("laptop", "192.168.1.2");
        var vbox = laptop.hypervisor(Net.VIRTUALBOX);
        vbox.vm("web").bridged();
        vbox.vm("dev").nat();
        home.host("phone", "192.168.1.20");
        return lab;
    }

    @AfterEach
    void forgetLabs() {
        Net.forgetLabs();
    }

    @Test
    void a_lab_shows_as_its_picture_with_its_text_below() {
        // given
        Lab lab = bridgedVsNat();
        // when
        JsonObject data = data(lab);
        // then the SVG is drawn by dot, without the XML prolog nbconvert's HTML export refuses
        String svg = data.get("image/svg+xml").getAsString();
        assertThat(svg).startsWith("<svg").contains("laptop").contains("web").contains("dev");
        assertThat(data.get("text/plain").getAsString()).isEqualTo(lab.toString());
    }

    @Test
    void a_trace_shows_its_picture_and_its_hop_table_in_one_html_output() {
        // given
        Lab lab = bridgedVsNat();
        Vm dev = lab.vms().stream().filter(v -> v.name().equals("dev")).findFirst().orElseThrow();
        var trace = lab.trace(lab.endpoint("phone"), dev, 22);
        // when
        JsonObject data = data(trace);
        // then front ends that prefer HTML still see the picture, followed by the table
        String html = data.get("text/html").getAsString();
        assertThat(html.indexOf("<svg")).isGreaterThanOrEqualTo(0).isLessThan(html.indexOf("<table"));
        assertThat(html).contains("NAT hides dev");
        assertThat(data.has("image/svg+xml")).isTrue();
        assertThat(data.get("text/plain").getAsString()).startsWith("phone → dev tcp/22: dropped at laptop");
    }

    @Test
    void steps_show_one_frame_at_a_time_as_a_scalable_picture() {
        // given
        Lab lab = bridgedVsNat();
        Steps steps = lab.trace(lab.endpoint("phone"), lab.endpoint("web"), 80).steps();
        // when
        JsonObject first = data(steps);
        JsonObject second = data(steps.next());
        // then
        assertThat(first.get("text/plain").getAsString()).contains("step 1 of 4");
        assertThat(second.get("text/plain").getAsString()).contains("step 2 of 4");
        assertThat(second.get("image/svg+xml").getAsString()).isNotEqualTo(first.get("image/svg+xml").getAsString());
        assertThat(second.get("text/html").getAsString()).startsWith("<div><svg style=\"max-width:100%;height:auto\" ");
    }

    @Test
    void a_step_moved_by_a_later_cell_shows_a_pointer_in_a_notebook_and_the_text_frame_in_a_console() {
        // given
        Lab lab = bridgedVsNat();
        Steps steps = lab.trace(lab.endpoint("phone"), lab.endpoint("web"), 80).steps().next();
        // when
        var data = Session.moved(steps);
        // then
        assertThat(data.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN).toString())
                .isEqualTo(steps.toString()).contains("arrived", "left");
        assertThat(data.getData(io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_HTML).toString())
                .contains("step 2 of 4 is shown in the frame above (web)");
    }

    @Test
    void display_animate_takes_a_trace_s_steps_as_its_javadoc_shows() {
        // given a sink that records what is shown and updated
        Lab lab = bridgedVsNat();
        var trace = lab.trace(lab.endpoint("phone"), lab.endpoint("web"), 80);
        java.util.List<String> seen = new java.util.ArrayList<>();
        Display.install(new Display.Sink() {
            @Override
            public void show(Object value, String displayId) {
                seen.add("show " + value.toString().lines().findFirst().orElseThrow());
            }

            @Override
            public void update(String displayId, Object value) {
                seen.add("update " + value.toString().lines().findFirst().orElseThrow());
            }
        });
        // when
        Display.animate(trace.steps(), 0);
        // then
        assertThat(seen).hasSize(4);
        assertThat(seen.get(0)).startsWith("show phone → web tcp/80 · step 1 of 4");
        assertThat(seen.get(3)).startsWith("update phone → web tcp/80 · step 4 of 4");
    }

    @Test
    void the_dsl_s_own_values_without_a_picture_show_their_text() {
        // given an address
        // when
        JsonObject data = data(vnetlab.model.Ipv4.parse("10.0.2.15"));
        // then
        assertThat(data.keySet()).containsExactly("text/plain");
        assertThat(data.get("text/plain").getAsString()).isEqualTo("10.0.2.15");
    }

    @Test
    void without_graphviz_the_text_rendering_stands_in_for_the_picture_led_by_the_install_line() {
        // given no dot on this machine
        Lab lab = bridgedVsNat();
        vnetlab.diagram.GraphvizEngine before = vnetlab.diagram.Engines.use(
                dot -> new vnetlab.diagram.Rendering.Failed(vnetlab.diagram.Engines.INSTALL_GRAPHVIZ));
        try {
            // when
            JsonObject data = data(lab);
            // then no picture, and both the HTML a front end shows and the text hold the diagram's text rendering
            assertThat(data.has("image/svg+xml")).isFalse();
            String html = data.get("text/html").getAsString();
            assertThat(html).startsWith("<pre>(Graphviz's dot program was not found").contains("laptop").contains("<table");
            assertThat(data.get("text/plain").getAsString())
                    .startsWith("(" + vnetlab.diagram.Engines.INSTALL_GRAPHVIZ + ")\n").contains("laptop");
        } finally {
            vnetlab.diagram.Engines.use(before);
        }
    }
}
