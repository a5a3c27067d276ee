package vnetlab.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SceneTest {

    @Test
    void text_rendering_shows_containment_and_links_with_addresses() {
        // given
        Scene s = new Scene("mini");
        s.thing("home", Element.LAN, "home", "192.168.1.0/24");
        s.box("laptop", Layer.PHYSICAL, "laptop").box("laptop/vbox", Layer.HYPERVISOR, "VirtualBox")
                .thing("laptop/vbox/web", Element.VM, "web", "bridged");
        s.link("home", "laptop/vbox/web").head("192.168.1.100").label("bridged");
        // when
        String text = s.draw().text();
        // then
        assertThat(text).isEqualTo("""
                mini
                  home, 192.168.1.0/24 (LAN / switch)
                  laptop [physical]
                    VirtualBox [hypervisor / VM]
                      web, bridged (VM)
                links:
                  home — web (192.168.1.100): bridged
                """);
    }

    @Test
    void a_path_numbers_its_hops_and_thickens_the_links_it_takes() {
        // given
        Scene s = CanonicalScenes.bridgedVsNat();
        // when
        s.path(List.of(new Scene.Step("host:phone", "phone", 1, ""), new Scene.Step("lan:home", "home", 0, ""),
                new Scene.Step("host:laptop", "laptop", 2, "")), "");
        String dot = s.draw().dot();
        // then
        assertThat(dot).contains("\"host:phone\" [shape=\"box\"", "xlabel=\"hop 1\"", "xlabel=\"hop 2\"");
        assertThat(dot).contains("\"lan:home\" -> \"host:phone\" [dir=\"none\", color=\"#E69F00\", style=\"bold\", label=\" hop 1: \"");
        assertThat(dot).containsPattern("\"lan:home\" -> \"host:laptop\" \\[[^\\]]*label=\" hop 1: \"[^\\]]*penwidth=\"3.5\"");
    }

    @Test
    void a_thing_the_path_passes_twice_says_hops_with_a_space_never_a_number_like_2_5() {
        // when / then
        assertThat(Scene.hops("2,5")).isEqualTo("hops 2, 5");
        assertThat(Scene.hops("3")).isEqualTo("hop 3");
    }

    @Test
    void a_drop_is_marked_where_it_happened_with_its_reason() {
        // given
        Scene s = CanonicalScenes.bridgedVsNat();
        // when
        s.path(List.of(new Scene.Step("home/phone", "phone", 1, ""), new Scene.Step("home", "home", 0, ""),
                new Scene.Step("home/laptop", "laptop", 2, "")), "NAT hides dev; add a port-forwarding rule");
        Diagram d = s.draw();
        // then
        assertThat(d.dot()).contains("\"dropped\" [shape=\"octagon\"",
                "<B>dropped</B><BR/>NAT hides dev; add a port-forwarding rule",
                "\"host:laptop\" -> \"dropped\"");
        assertThat(d.text()).contains("laptop → dropped");
    }

    @Test
    void a_step_unknown_to_the_scene_is_added_as_a_thing_of_its_own() {
        // given
        Scene s = new Scene("mini");
        s.thing("home", Element.LAN, "home");
        // when
        s.path(List.of(new Scene.Step("home", "home", 1, "SNAT 10.0.2.15 → 192.168.1.2"),
                new Scene.Step("inet:example", "example.com", 2, "")), "");
        // then
        assertThat(s.has("inet:example")).isTrue();
        assertThat(s.draw().text()).contains("home → example.com: SNAT 10.0.2.15 → 192.168.1.2");
    }

    @Test
    void two_things_with_one_id_are_refused() {
        // given
        Scene s = new Scene("mini");
        s.thing("web", Element.VM, "web");
        // when / then
        assertThatThrownBy(() -> s.thing("web", Element.CONTAINER, "web"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("thing \"web\" is already in the scene; ids must be unique");
    }

    @Test
    void the_layer_stack_shows_the_host_kernel_shared_below_the_containers() {
        // when
        Diagram d = CanonicalScenes.containerVsVm();
        // then
        assertThat(d.dot()).contains(
                "<TD ROWSPAN=\"1\" COLSPAN=\"4\" BGCOLOR=\"#DDEBF7\" COLOR=\"#0072B2\" BORDER=\"2\"><B>host OS kernel</B>",
                "<TD ROWSPAN=\"1\" COLSPAN=\"2\" BGCOLOR=\"#D5F0E6\" COLOR=\"#007A5A\" BORDER=\"2\" STYLE=\"dotted\"><B>Docker engine</B>",
                "<B>api</B> <I>(container)</I>");
        assertThat(d.text()).contains("layers of laptop");
    }

    @Test
    void html_table_escapes_cells_and_marks_a_drop_with_a_cross() {
        // given
        HtmlTable t = new HtmlTable("trace", List.of("#", "where", "what happened"));
        // when
        t.row("1", "phone", "sent <tcp>").problemRow("2", "laptop", "dropped");
        // then
        assertThat(t.html()).contains("sent &lt;tcp&gt;", "✖ dropped");
        assertThat(t.text()).isEqualTo("""
                trace
                #  where   what happened
                1  phone   sent <tcp>
                2  laptop  ✖ dropped
                """);
    }
}
