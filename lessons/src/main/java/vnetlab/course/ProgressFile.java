package vnetlab.course;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a learner's passed exercises are kept between kernel sessions: one small JSON file per user,
 * {@code progress.json} in {@code $VNETLAB_HOME}, else in {@code vnetlab/} under the Jupyter data directory
 * ({@code $JUPYTER_DATA_DIR}, else {@code ~/.local/share/jupyter}, as {@code jupyter --data-dir} prints on Linux).
 *
 * <p>It never breaks a check: a file that cannot be read counts as no progress, and a file that cannot be written
 * gives a one-line warning instead of an error.
 *
 * <pre>{@code
 * var file = ProgressFile.at(Path.of("/tmp/me/progress.json"));
 * file.add("2.1");     // Optional.empty(): kept
 * file.passed();       // [2.1]
 * }</pre>
 */
public final class ProgressFile {
    /** The file's name inside its folder. */
    public static final String NAME = "progress.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final Clock clock;

    private ProgressFile(Path path, Clock clock) {
        this.path = path;
        this.clock = clock;
    }

    /**
     * The progress file at a given path.
     *
     * @param path the JSON file (it need not exist yet)
     * @return the progress file
     */
    public static ProgressFile at(Path path) {
        return new ProgressFile(path, Clock.systemUTC());
    }

    /**
     * The progress file this user's kernel uses, found from the environment and the home directory.
     *
     * <pre>{@code
     * ProgressFile.forUser(System.getenv(), System.getProperty("user.home"))
     * // $VNETLAB_HOME/progress.json, or $JUPYTER_DATA_DIR/vnetlab/progress.json, or ~/.local/share/jupyter/vnetlab/progress.json
     * }</pre>
     *
     * @param environment the process environment
     * @param home        the user's home directory
     * @return the progress file
     */
    public static ProgressFile forUser(Map<String, String> environment, String home) {
        String own = environment.get("VNETLAB_HOME");
        if (own != null && !own.isBlank()) {
            return at(Path.of(own, NAME));
        }
        String jupyter = environment.get("JUPYTER_DATA_DIR");
        Path data = jupyter != null && !jupyter.isBlank() ? Path.of(jupyter) : Path.of(home, ".local", "share", "jupyter");
        return at(data.resolve("vnetlab").resolve(NAME));
    }

    /**
     * Where the file is.
     *
     * @return its path
     */
    public Path path() {
        return path;
    }

    /**
     * The exercises passed in any session so far; none when the file is missing or unreadable.
     *
     * @return the exercise ids
     */
    public Set<String> passed() {
        Set<String> ids = new TreeSet<>();
        read().ifPresent(root -> root.path("passed").fieldNames().forEachRemaining(ids::add));
        return ids;
    }

    /**
     * Records a pass, keeping what other sessions recorded.
     *
     * @param id the exercise id
     * @return a one-line warning when the file could not be written, else empty
     */
    public Optional<String> add(String id) {
        ObjectNode root = read().filter(JsonNode::isObject).map(n -> (ObjectNode) n).orElseGet(JSON::createObjectNode);
        JsonNode passed = root.path("passed");
        ObjectNode ids = passed.isObject() ? (ObjectNode) passed : root.putObject("passed");
        if (ids.has(id)) {
            return Optional.empty();
        }
        ids.put(id, clock.instant().toString());
        return write(root);
    }

    /**
     * Forgets every pass (progress starts over).
     *
     * @return a one-line warning when the file could not be written, else empty
     */
    public Optional<String> clear() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        ObjectNode root = JSON.createObjectNode();
        root.putObject("passed");
        return write(root);
    }

    private Optional<JsonNode> read() {
        try {
            return Files.isRegularFile(path) ? Optional.of(JSON.readTree(path.toFile())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<String> write(ObjectNode root) {
        try {
            Path folder = path.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "progress", ".tmp");
            try {
                Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("progress is not saved: cannot write " + path + " (" + reason(e) + "); set VNETLAB_HOME to a folder you can write");
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
