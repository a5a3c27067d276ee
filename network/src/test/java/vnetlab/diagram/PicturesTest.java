package vnetlab.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical diagrams: DOT compared as text with golden files (-Dvnetlab.updateGolden=true rewrites them and fails, so
 * the next run without the flag is the one that compares), and
 * drawn by real Graphviz into well-formed SVG that shows every label. The SVGs are also left in
 * target/pictures for looking at.
 */
class PicturesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Path PICTURES = Path.of("target/pictures");

    static Stream<Arguments> canonical() {
        return Stream.of(
                Arguments.of("bridged-vs-nat", CanonicalScenes.bridgedVsNat().draw()),
                Arguments.of("container-vs-vm", CanonicalScenes.containerVsVm()),
                Arguments.of("docker-port-publishing", CanonicalScenes.dockerPortPublishing().draw()),
                Arguments.of("kubernetes-ingress", CanonicalScenes.kubernetesIngress().draw()),
                Arguments.of("legend", Legend.diagram()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonical")
    void canonical_diagram_matches_its_golden_dot(String name, Diagram diagram) throws IOException {
        // given
        Path golden = GOLDEN.resolve(name + ".dot");
        if (Boolean.getBoolean("vnetlab.updateGolden")) {
            // writing is not testing: a run that rewrites the golden files fails, so it can never pass by comparing
            // the files it has just written; run again without the flag and review the diff
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, diagram.dot(), StandardCharsets.UTF_8);
            throw new AssertionError("wrote " + golden + " (-Dvnetlab.updateGolden=true); review it with git diff and"
                    + " run the tests again without the flag");
        }
        // when
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        // then
        assertThat(diagram.dot()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonical")
    void canonical_diagram_draws_as_svg_showing_every_label(String name, Diagram diagram) throws IOException {
        // given
        GraphvizEngine dot = new DotCommand(DotCommand.locate().orElseThrow(
                () -> new AssertionError("these tests need Graphviz: " + Engines.INSTALL_GRAPHVIZ)));
        // when
        String svg = diagram.render(dot).svg().orElseThrow();
        // then
        Files.createDirectories(PICTURES);
        Files.writeString(PICTURES.resolve(name + ".svg"), svg);
        String text = Svg.text(svg);
        for (String label : diagram.labels()) {
            for (String word : Svg.words(label)) {
                assertThat(text).as("label %s", label).contains(word);
            }
        }
    }
}
