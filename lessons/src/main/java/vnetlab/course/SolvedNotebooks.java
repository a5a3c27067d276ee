package vnetlab.course;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies the course notebooks with every exercise's reference solution filled in, for the end-to-end run.
 *
 * <p>An answer cell is a code cell tagged {@code exercise:<id>}; its source is replaced by that exercise's reference
 * solution from the lesson data. Everything else is copied unchanged.
 *
 * <pre>{@code
 * java -cp vnetlab-kernel.jar vnetlab.course.SolvedNotebooks notebooks target/solved-notebooks
 * }</pre>
 */
public final class SolvedNotebooks {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TAG = "exercise:";

    private final Syllabus syllabus;

    /**
     * Fills in solutions from the given syllabus.
     *
     * <pre>{@code
     * new SolvedNotebooks(Syllabus.load()).write(Path.of("notebooks"), Path.of("target/solved"));
     * }</pre>
     *
     * @param syllabus where the reference solutions come from
     */
    public SolvedNotebooks(Syllabus syllabus) {
        this.syllabus = syllabus;
    }

    /**
     * Writes a solved copy of every {@code *.ipynb} in {@code from} into {@code to}.
     *
     * <pre>{@code
     * java -cp vnetlab-kernel.jar vnetlab.course.SolvedNotebooks notebooks target/solved-notebooks
     * }</pre>
     *
     * @param args the source folder and the target folder
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SolvedNotebooks <notebooks folder> <target folder>");
            System.exit(2);
        }
        List<Path> written = new SolvedNotebooks(Syllabus.load()).write(Path.of(args[0]), Path.of(args[1]));
        written.forEach(path -> System.out.println("wrote " + path));
    }

    /**
     * Writes a solved copy of every notebook in a folder.
     *
     * <pre>{@code
     * solved.write(Path.of("notebooks"), Path.of("target/solved"))   // the paths written
     * }</pre>
     *
     * @param from the folder holding the course notebooks
     * @param to   the folder to write into (created if needed)
     * @return the notebooks written, in name order
     */
    public List<Path> write(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            Files.createDirectories(to);
            var written = new ArrayList<Path>();
            for (Path source : files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList()) {
                Path target = to.resolve(source.getFileName());
                Files.writeString(target, solve(Files.readString(source)));
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One notebook's JSON with its answer cells replaced by the reference solutions.
     *
     * <pre>{@code
     * solved.solve(Files.readString(Path.of("notebooks/02-nat-bridged-host-only.ipynb")))
     * }</pre>
     *
     * @param notebook the notebook's JSON text
     * @return the solved notebook's JSON text
     * @throws IllegalArgumentException when a cell names an exercise the course does not have
     */
    public String solve(String notebook) {
        try {
            JsonNode root = JSON.readTree(notebook);
            for (JsonNode cell : root.path("cells")) {
                exerciseOf(cell).ifPresent(id -> {
                    Exercise exercise = syllabus.exercise(id).orElseThrow(() -> new IllegalArgumentException(
                            "A cell is tagged " + TAG + id + ", but the course has no exercise " + id));
                    ((ObjectNode) cell).set("source", sourceLines(exercise.solution()));
                });
            }
            var printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter(" ", "\n"));
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a notebook: " + e.getMessage(), e);
        }
    }

    /**
     * The exercise id of an answer cell (tagged {@code exercise:<id>}), if the cell is one.
     *
     * @param cell a notebook cell
     * @return the id, or empty
     */
    static java.util.Optional<String> exerciseOf(JsonNode cell) {
        for (JsonNode tag : cell.path("metadata").path("tags")) {
            if (tag.asText().startsWith(TAG)) {
                return java.util.Optional.of(tag.asText().substring(TAG.length()));
            }
        }
        return java.util.Optional.empty();
    }

    private static ArrayNode sourceLines(String text) {
        ArrayNode lines = JSON.createArrayNode();
        String body = text.strip();
        String[] parts = body.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            lines.add(i < parts.length - 1 ? parts[i] + "\n" : parts[i]);
        }
        return lines;
    }
}
