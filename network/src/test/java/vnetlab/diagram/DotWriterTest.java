package vnetlab.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DotWriterTest {

    @Test
    void writes_clusters_nodes_and_edges_in_call_order() {
        // given
        DotWriter w = new DotWriter("lab");
        // when
        w.openCluster("laptop", Attrs.of("label", "laptop"));
        w.node("laptop/vbox/web", Attrs.of("shape", "box3d").and("label", "web"));
        w.close();
        w.edge("home", "laptop/vbox/web", Attrs.of("headlabel", "192.168.1.3"));
        // then
        assertThat(w.text()).isEqualTo("""
                digraph "lab" {
                  subgraph "cluster_laptop" {
                    graph [label="laptop"]
                    "laptop/vbox/web" [shape="box3d", label="web"]
                  }
                  "home" -> "laptop/vbox/web" [headlabel="192.168.1.3"]
                }
                """);
        assertThat(w.nodeCount()).isEqualTo(1);
        assertThat(w.clusterCount()).isEqualTo(1);
        assertThat(w.labels()).containsExactly("laptop", "web");
    }

    @Test
    void the_same_scene_gives_byte_identical_dot() {
        // when
        String first = CanonicalScenes.kubernetesIngress().draw().dot();
        String second = CanonicalScenes.kubernetesIngress().draw().dot();
        // then
        assertThat(first).isEqualTo(second);
    }

    @Test
    void html_labels_are_written_between_angle_brackets() {
        // given
        DotWriter w = new DotWriter("g");
        // when
        w.node("a", Attrs.none().html("label", "<B>" + Attrs.escape("a<b & c>") + "</B>"));
        // then
        assertThat(w.text()).contains("\"a\" [label=<<B>a&lt;b &amp; c&gt;</B>>]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "web|\"web\"",
            "say \"hi\"|\"say \\\"hi\\\"\"",
            "C:\\dot|\"C:\\\\dot\"",
    })
    void quoting_escapes_quotes_and_backslashes(String text, String quoted) {
        assertThat(Attrs.quote(text)).isEqualTo(quoted);
    }

    @Test
    void quoting_turns_newlines_into_dot_line_breaks() {
        assertThat(Attrs.quote("web\n192.168.1.3")).isEqualTo("\"web\\n192.168.1.3\"");
    }

    @Test
    void closing_without_an_open_cluster_is_refused() {
        assertThatThrownBy(() -> new DotWriter("g").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("close() without an open cluster; open one with openCluster(...) first.");
    }

    @Test
    void finishing_with_an_open_cluster_is_refused() {
        // given
        DotWriter w = new DotWriter("g").openCluster("a", Attrs.none());
        // when / then
        assertThatThrownBy(w::text)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("1 cluster(s) still open; call close() for each openCluster(...) first.");
    }
}
