package vnetlab.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotCommandTest {
    @TempDir
    Path dir;

    @AfterEach
    void forgetProperty() {
        System.clearProperty(DotCommand.PROPERTY);
        System.clearProperty(JsGraphviz.PROPERTY);
        Engines.reset();
    }

    private static DotCommand realDot() {
        return new DotCommand(DotCommand.locate().orElseThrow(
                () -> new AssertionError("these tests need Graphviz: " + Engines.INSTALL_GRAPHVIZ)));
    }

    private Path script(String body) throws IOException {
        Path p = dir.resolve("fake-dot");
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void dot_draws_well_formed_svg_with_the_labels() {
        // given
        String dot = "digraph { \"web\" [label=\"web\\n192.168.1.3\"]; \"home\" -> \"web\" }";
        // when
        Rendering r = realDot().render(dot);
        // then
        String text = Svg.text(r.svg().orElseThrow());
        assertThat(text).contains("web", "192.168.1.3", "home");
        assertThat(r.note()).isEmpty();
    }

    @Test
    void a_syntax_error_comes_back_as_one_line_naming_graphviz() {
        // when
        Rendering r = realDot().render("digraph { a -> }");
        // then
        assertThat(r.svg()).isEmpty();
        assertThat(((Rendering.Failed) r).reason())
                .startsWith("Graphviz could not draw this diagram: ")
                .contains("syntax error")
                .doesNotContain("\n");
    }

    @Test
    void a_hung_engine_is_stopped_at_the_timeout() throws IOException {
        // given
        DotCommand hung = new DotCommand(script("sleep 30"), Duration.ofMillis(300), 1000);
        // when
        Rendering r = hung.render("digraph { a }");
        // then
        assertThat(r).isEqualTo(new Rendering.Failed(
                "Graphviz did not finish within 0.3 s, so this diagram is shown as text; draw a smaller part of the lab."));
    }

    @Test
    void output_beyond_the_size_limit_is_refused() throws IOException {
        // given
        DotCommand chatty = new DotCommand(script("cat >/dev/null; yes svg | head -c 200000"), Duration.ofSeconds(5),
                1024 * 1024 / 8);
        // when
        Rendering r = chatty.render("digraph { a }");
        // then
        assertThat(r).isEqualTo(new Rendering.Failed(
                "the picture is larger than 128 kB of SVG, so this diagram is shown as text; draw a smaller part of the lab."));
    }

    @Test
    void a_program_that_cannot_start_is_named_with_the_fix() {
        // given
        DotCommand missing = new DotCommand(dir.resolve("no-such-dot"));
        // when
        Rendering r = missing.render("digraph { a }");
        // then
        assertThat(((Rendering.Failed) r).reason())
                .startsWith("could not start Graphviz's " + dir.resolve("no-such-dot"))
                .endsWith("; reinstall Graphviz or point -Dvnetlab.dot=/path/to/dot at it.");
    }

    @Test
    void locate_honours_the_property_and_reports_a_missing_program_as_absent() {
        // given
        System.setProperty(DotCommand.PROPERTY, dir.resolve("nothing-here").toString());
        // when / then
        assertThat(DotCommand.locate()).isEmpty();
    }

    @Test
    void without_dot_the_engine_explains_how_to_install_graphviz() {
        // given
        System.setProperty(DotCommand.PROPERTY, dir.resolve("nothing-here").toString());
        System.setProperty(JsGraphviz.PROPERTY, "off");
        Engines.reset();
        // when
        Rendering r = Engines.current().render("digraph { a }");
        // then
        assertThat(Engines.current().describe()).isEqualTo("text only (Graphviz is not installed)");
        assertThat(r).isEqualTo(new Rendering.Failed(Engines.INSTALL_GRAPHVIZ));
        assertThat(Engines.INSTALL_GRAPHVIZ).contains("sudo apt-get install graphviz", "brew install graphviz");
    }

    @Test
    void without_dot_the_pure_java_route_is_chosen_unless_turned_off() {
        // given
        System.setProperty(DotCommand.PROPERTY, dir.resolve("nothing-here").toString());
        Engines.reset();
        // when
        GraphvizEngine chosen = Engines.current();
        // then
        assertThat(chosen).isInstanceOf(JsGraphviz.class);
        assertThat(chosen.describe()).isEqualTo("pure-Java Graphviz (viz.js 2.1.2 on GraalJS)");
    }

    @Test
    void a_diagram_over_the_node_limit_is_shown_as_text_without_running_dot() {
        // given
        DotWriter w = new DotWriter("big");
        for (int i = 0; i <= Diagram.MAX_NODES; i++) {
            w.node("n" + i, Attrs.none());
        }
        Diagram big = new Diagram("big", w, "big lab");
        // when
        Rendering r = big.render(dot -> {
            throw new AssertionError("must not run");
        });
        // then
        assertThat(r).isEqualTo(new Rendering.Failed("this diagram has 2001 nodes, more than the 2000 a picture can"
                + " show readably, so it is shown as text; draw one host or cluster at a time."));
    }

    @Test
    void timeout_must_be_positive() {
        assertThatThrownBy(() -> new DotCommand(dir, Duration.ZERO, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeout PT0S must be positive, e.g. Duration.ofSeconds(10)");
    }
}
