package vnetlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vnetlab.course.SolvedNotebooks;
import vnetlab.course.Syllabus;

/**
 * Every notebook runs top to bottom in our kernel through {@code jupyter nbconvert --execute}, as a learner's
 * "Run All" would: the smoke notebook (tests/notebooks/smoke.ipynb) always, and every notebooks/*.ipynb with the
 * reference solutions of lessons/ filled into its answer cells (cells tagged {@code exercise:<id>}).
 *
 * <p>A notebook passes when every cell tagged {@code diagram} (cell metadata {@code "tags": ["diagram"]}) shows an
 * image/svg+xml output, and cells produced errors exactly where they are tagged {@code raises-exception} (nbconvert's
 * own tag for a cell that shows an error on purpose, such as the errors a learner meets), and every check cell (tagged
 * {@code check:<id>}) says that its exercise passed — and every picture it shows keeps the legibility budget of a
 * projector ({@link Legibility}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class NotebookExecutionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path scratch;
    private Path prefix;
    private Path solved;

    @BeforeAll
    void installTheKernelForNbconvert() {
        Jupyter.python();
        scratch = Jupyter.scratch("notebooks-");
        prefix = scratch.resolve("prefix");
        Jupyter.installKernel(Jupyter.currentJava(), prefix, "vnetlab");
        solved = scratch.resolve("solved");
        new SolvedNotebooks(Syllabus.load()).write(Jupyter.root().resolve("notebooks"), solved);
        // no notebook of an earlier run may stand in for this run's
        Path executed = Jupyter.root().resolve("tests/target/executed-notebooks");
        if (Files.isDirectory(executed)) {
            try (Stream<Path> old = Files.list(executed)) {
                old.forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The smoke notebook first, then the course's notebooks in file-name order. */
    static Stream<String> notebooks() throws IOException {
        List<String> all = new ArrayList<>(List.of("tests/notebooks/smoke.ipynb"));
        Path course = Jupyter.root().resolve("notebooks");
        if (Files.isDirectory(course)) {
            try (Stream<Path> files = Files.list(course)) {
                files.filter(f -> f.getFileName().toString().endsWith(".ipynb")).sorted()
                        .forEach(f -> all.add(Jupyter.root().relativize(f).toString()));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    @org.junit.jupiter.api.Order(1)
    void the_notebook_runs_without_errors_and_its_diagram_cells_show_svg(String notebook) throws IOException {
        // given the notebook, with the reference solutions filled in for the course's own
        Path stored = Jupyter.root().resolve(notebook);
        Path source = notebook.startsWith("notebooks/") ? solved.resolve(stored.getFileName()) : stored;
        // kept in tests/target/executed-notebooks for the browser tests (tests/browser) and for looking at
        Path outputs = Files.createDirectories(Jupyter.root().resolve("tests/target/executed-notebooks"));

        // when
        Command.Result run = Command.of(Jupyter.python().toString(), "-m", "jupyter", "nbconvert",
                        "--to", "notebook", "--execute", "--allow-errors",
                        "--ExecutePreprocessor.kernel_name=vnetlab", "--ExecutePreprocessor.timeout=180",
                        "--ExecutePreprocessor.startup_timeout=90",
                        "--output-dir", outputs.toString(), source.toString())
                .environment(Jupyter.environment(prefix, scratch)).timeout(Duration.ofMinutes(8)).run();

        // then
        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode executed = JSON.readTree(outputs.resolve(source.getFileName()).toFile());
        List<String> problems = problems(executed);
        assertThat(problems).as(notebook + " ran with problems").isEmpty();
    }

    /** Runs after the notebooks ran (same class, later order): their pictures, as a projector shows them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("notebooks")
    @org.junit.jupiter.api.Order(2)
    void every_picture_of_the_notebook_is_legible_on_a_projector(String notebook) throws IOException {
        // given the notebook as the test above executed it
        Path executedFile = Jupyter.root().resolve("tests/target/executed-notebooks")
                .resolve(Path.of(notebook).getFileName());
        assertThat(executedFile).as("run by the_notebook_runs_without_errors_and_its_diagram_cells_show_svg").exists();
        JsonNode executed = JSON.readTree(executedFile.toFile());
        List<String> problems = Legibility.problems(notebook, executed);
        List<String> known = OverBudget.KNOWN.getOrDefault(Path.of(notebook).getFileName().toString(), List.of());
        // then every picture is within budget, but for the ones still being redrawn (listed with why) …
        assertThat(problems.stream().filter(p -> known.stream().noneMatch(k -> p.contains("(" + k + ")"))).toList())
                .as(notebook + ": pictures a projector cannot show (Notebook 6 at 1024×768: output %.0f px wide, text ≥ %.0f"
                        + " px, at most %.0f px tall)", Legibility.OUTPUT_WIDTH, Legibility.MIN_TEXT,
                        Legibility.SCREEN_HEIGHT)
                .isEmpty();
        // … and each of those is still over budget: once it fits, it must leave the list (the list only shrinks)
        for (String cell : known) {
            assertThat(problems).as(notebook + ": the cell \"" + cell + "\" fits now; remove it from OverBudget.KNOWN")
                    .anyMatch(p -> p.contains("(" + cell + ")"));
        }
    }

    /** Runs after every notebook ran: Notebook 6 in Chromium shows the pictures at the computed sizes. */
    @Test
    @org.junit.jupiter.api.Order(3)
    void the_browser_shows_the_pictures_at_the_computed_sizes_and_every_trace_within_budget() {
        // when
        String out = Browser.run("legibility.mjs", Jupyter.root().resolve("tests/target/executed-notebooks").toString());
        // then
        assertThat(out).contains("the browser agrees with the computed sizes");
    }

    @Test
    void the_smoke_notebook_has_a_diagram_cell_so_the_svg_check_is_exercised() throws IOException {
        // given
        JsonNode smoke = JSON.readTree(Jupyter.root().resolve("tests/notebooks/smoke.ipynb").toFile());

        // then
        assertThat(codeCells(smoke)).anySatisfy(cell -> assertThat(tags(cell)).contains("diagram"));
    }

    @Test
    void course_notebooks_are_stored_without_outputs() throws IOException {
        List<String> withOutputs = new ArrayList<>();
        for (String notebook : notebooks().toList()) {
            JsonNode cells = JSON.readTree(Jupyter.root().resolve(notebook).toFile());
            int index = 0;
            for (JsonNode cell : codeCells(cells)) {
                index++;
                if (cell.path("outputs").size() > 0 || !cell.path("execution_count").isNull()) {
                    withOutputs.add(notebook + " code cell " + index);
                }
            }
        }
        assertThat(withOutputs).as("clear outputs before committing (Edit → Clear All Outputs)").isEmpty();
    }

    /** One line per error output and per diagram cell without SVG, naming the cell by its number and first line. */
    static List<String> problems(JsonNode notebook) {
        List<String> problems = new ArrayList<>();
        int index = 0;
        for (JsonNode cell : codeCells(notebook)) {
            index++;
            String name = "code cell " + index + " (" + firstLine(cell) + ")";
            boolean expectsAnError = tags(cell).contains("raises-exception");
            boolean failed = false;
            for (JsonNode output : cell.path("outputs")) {
                if ("error".equals(output.path("output_type").asText())) {
                    failed = true;
                    if (!expectsAnError) {
                        problems.add(name + " failed: " + output.path("ename").asText() + ": "
                                + output.path("evalue").asText() + "\n"
                                + Exchange.plain(String.join("\n", texts(output.path("traceback")))));
                    }
                }
            }
            if (expectsAnError && !failed) {
                problems.add(name + " is tagged raises-exception but ran without an error");
            }
            if (tags(cell).contains("diagram") && !hasSvg(cell)) {
                problems.add(name + " is tagged diagram but shows no image/svg+xml output");
            }
            for (String tag : tags(cell)) {
                if (tag.startsWith("check:") && !plainText(cell).startsWith("✔ " + tag.substring("check:".length()))) {
                    problems.add(name + " did not pass with the reference solution: " + plainText(cell));
                }
            }
        }
        return problems;
    }

    static List<JsonNode> codeCells(JsonNode notebook) {
        List<JsonNode> cells = new ArrayList<>();
        notebook.path("cells").forEach(c -> {
            if ("code".equals(c.path("cell_type").asText())) {
                cells.add(c);
            }
        });
        return cells;
    }

    static List<String> tags(JsonNode cell) {
        return texts(cell.path("metadata").path("tags"));
    }

    private static boolean hasSvg(JsonNode cell) {
        for (JsonNode output : cell.path("outputs")) {
            String type = output.path("output_type").asText();
            if ((type.equals("execute_result") || type.equals("display_data"))
                    && output.path("data").has("image/svg+xml")) {
                String svg = String.join("", texts(output.path("data").path("image/svg+xml")));
                if (svg.contains("<svg")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The text/plain of the cell's result (its last rich output), or "" when it showed none. */
    private static String plainText(JsonNode cell) {
        String text = "";
        for (JsonNode output : cell.path("outputs")) {
            if (output.path("data").has("text/plain")) {
                text = String.join("", texts(output.path("data").path("text/plain")));
            }
        }
        return text;
    }

    private static String firstLine(JsonNode cell) {
        String source = String.join("", texts(cell.path("source"))).strip();
        int end = source.indexOf('\n');
        return end < 0 ? source : source.substring(0, end) + " …";
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isTextual()) {
            texts.add(node.asText());
        } else {
            node.forEach(n -> texts.add(n.asText()));
        }
        return texts;
    }
}
