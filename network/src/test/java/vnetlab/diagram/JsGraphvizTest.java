package vnetlab.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The slow pure-Java route really draws (GraalJS + viz.js come from the local Maven repository, fetched by mvn dependency:get on first use). */
class JsGraphvizTest {

    @Test
    void draws_the_chapter_2_lab_with_every_label_and_notes_the_slow_route_once() {
        // given
        JsGraphviz js = new JsGraphviz(Duration.ofMinutes(5), Duration.ofMinutes(1),
                MavenJars.localRepository());
        Diagram lab = CanonicalScenes.bridgedVsNat().draw();
        // when
        Rendering first = lab.render(js);
        Rendering second = lab.render(js);
        // then
        String text = Svg.text(first.svg().orElseThrow(() -> new AssertionError(first.note().orElse(""))));
        for (String label : lab.labels()) {
            for (String word : Svg.words(label)) {
                assertThat(text).as("label %s", label).contains(word);
            }
        }
        assertThat(first.note()).contains(JsGraphviz.SLOW_ROUTE);
        assertThat(second.note()).isEmpty();
    }

    @Test
    void a_syntax_error_comes_back_as_one_line() {
        // given
        JsGraphviz js = new JsGraphviz(Duration.ofMinutes(5), Duration.ofMinutes(1),
                MavenJars.localRepository());
        // when
        Rendering r = js.render("digraph { a -> }");
        // then
        assertThat(((Rendering.Failed) r).reason()).startsWith("Graphviz could not draw this diagram: ")
                .contains("syntax error").doesNotContain("\n");
    }

    @ParameterizedTest
    @CsvSource({
            "17, org.graalvm.polyglot:polyglot:23.1.8",
            "20, org.graalvm.polyglot:polyglot:23.1.8",
            "21, org.graalvm.polyglot:polyglot:24.2.2",
            "25, org.graalvm.polyglot:polyglot:24.2.2",
    })
    void picks_the_graaljs_line_that_runs_on_the_jdk(int feature, String polyglot) {
        assertThat(JsGraphviz.artifacts(feature)).startsWith(polyglot).endsWith(JsGraphviz.VIZ);
    }

    @Test
    void maven_paths_follow_the_repository_layout() {
        assertThat(MavenJars.path("org.webjars.npm:viz.js:2.1.2"))
                .isEqualTo("org/webjars/npm/viz.js/2.1.2/viz.js-2.1.2.jar");
    }
}
