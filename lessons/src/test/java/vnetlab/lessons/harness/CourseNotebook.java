package vnetlab.lessons.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * A course notebook as the tests see it: its cells, with their tags, in order.
 *
 * @param path  the notebook file
 * @param cells the cells
 */
public record CourseNotebook(Path path, List<Cell> cells) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the notebooks are: the system property vnetlab.notebooks, else ../notebooks from the lessons module. */
    public static Path folder() {
        return Path.of(System.getProperty("vnetlab.notebooks", "../notebooks"));
    }

    /**
     * Reads a notebook.
     *
     * @param path the .ipynb file
     * @return the notebook
     */
    public static CourseNotebook read(Path path) {
        try {
            JsonNode root = JSON.readTree(Files.readString(path));
            var cells = new ArrayList<Cell>();
            for (JsonNode cell : root.path("cells")) {
                var tags = StreamSupport.stream(cell.path("metadata").path("tags").spliterator(), false)
                        .map(JsonNode::asText).toList();
                var source = new StringBuilder();
                cell.path("source").forEach(line -> source.append(line.asText()));
                cells.add(new Cell(cell.path("cell_type").asText(), source.toString(), tags, cell));
            }
            return new CourseNotebook(path, cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The code cells that run before an exercise's answer cell.
     *
     * @param exerciseId the exercise id
     * @return the cells before its answer cell
     */
    public List<Cell> codeBefore(String exerciseId) {
        var before = new ArrayList<Cell>();
        for (Cell cell : cells) {
            if (cell.tags().contains("exercise:" + exerciseId)) {
                return before;
            }
            if (cell.type().equals("code")) {
                before.add(cell);
            }
        }
        throw new AssertionError(path + " has no cell tagged exercise:" + exerciseId);
    }

    /**
     * One cell.
     *
     * @param type   "code" or "markdown"
     * @param source the cell's text
     * @param tags   its metadata tags
     * @param json   the raw cell
     */
    public record Cell(String type, String source, List<String> tags, JsonNode json) {

        /**
         * The exercise id of an answer cell, or null.
         *
         * @return the id or null
         */
        public String exercise() {
            return tags.stream().filter(t -> t.startsWith("exercise:")).map(t -> t.substring(9)).findFirst().orElse(null);
        }

        /**
         * Whether the cell is meant to fail (the learner sees an error on purpose).
         *
         * @return true for cells tagged raises-exception
         */
        public boolean raises() {
            return tags.contains("raises-exception");
        }
    }
}
