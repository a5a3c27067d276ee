package vnetlab.course;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The course's chapters and exercises, read from the lesson data packed into the kernel jar.
 *
 * <p>The data lives in {@code lessons/exercises}: {@code index.json} names one folder per chapter, each with an
 * {@code exercises.json} and the {@code .jsh} files it refers to (solutions and wrong answers).
 *
 * <pre>{@code
 * Syllabus.load().exercise("2.1")   // Optional[2.1 Bridge a file server ...]
 * }</pre>
 *
 * @param chapters the chapters in order
 */
public record Syllabus(List<Chapter> chapters) {
    /** Where the lesson data sits on the class path (see kernel/pom.xml, resource targetPath). */
    public static final String ROOT = "vnetlab/lessons/";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Copies the list so the syllabus never changes after loading. */
    public Syllabus {
        chapters = List.copyOf(chapters);
    }

    /**
     * Loads the syllabus from the class path of this class.
     *
     * <pre>{@code
     * Syllabus.load().chapters().size()   // 8
     * }</pre>
     *
     * @return the syllabus
     * @throws IllegalStateException when the lesson data is missing or malformed, naming the file
     */
    public static Syllabus load() {
        return load(Syllabus.class.getClassLoader());
    }

    static Syllabus load(ClassLoader loader) {
        JsonNode index = json(loader, "index.json");
        var chapters = new ArrayList<Chapter>();
        for (JsonNode folder : index.path("chapters")) {
            chapters.add(chapter(loader, folder.asText()));
        }
        return new Syllabus(chapters);
    }

    /**
     * The exercise with this id, if the course has one.
     *
     * <pre>{@code
     * syllabus.exercise("2.1").map(Exercise::title)
     * }</pre>
     *
     * @param id an id such as {@code "2.1"}
     * @return the exercise, or empty
     */
    public Optional<Exercise> exercise(String id) {
        return chapters.stream().flatMap(c -> c.exercises().stream()).filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * The chapter with this number, if the course has one.
     *
     * <pre>{@code
     * syllabus.chapter(2).map(Chapter::title)
     * }</pre>
     *
     * @param number the chapter number
     * @return the chapter, or empty
     */
    public Optional<Chapter> chapter(int number) {
        return chapters.stream().filter(c -> c.number() == number).findFirst();
    }

    /**
     * Every exercise of every chapter, in course order.
     *
     * <pre>{@code
     * syllabus.exercises().size()
     * }</pre>
     *
     * @return the exercises
     */
    public List<Exercise> exercises() {
        return chapters.stream().flatMap(c -> c.exercises().stream()).toList();
    }

    private static Chapter chapter(ClassLoader loader, String folder) {
        JsonNode node = json(loader, folder + "/exercises.json");
        int number = node.path("chapter").asInt(-1);
        if (number < 0) {
            throw new IllegalStateException(ROOT + folder + "/exercises.json has no \"chapter\" number");
        }
        var exercises = new ArrayList<Exercise>();
        for (JsonNode e : node.path("exercises")) {
            var wrong = new ArrayList<Exercise.WrongAnswer>();
            for (JsonNode w : e.path("wrong")) {
                wrong.add(new Exercise.WrongAnswer(w.path("name").asText(), file(loader, folder, w.path("file").asText()),
                        w.path("feedback").asText(), w.path("undo").asText("")));
            }
            var alternatives = new ArrayList<Exercise.Solution>();
            for (JsonNode a : e.path("also")) {
                alternatives.add(new Exercise.Solution(a.path("name").asText(), file(loader, folder, a.path("file").asText())));
            }
            var hints = new ArrayList<String>();
            e.path("hints").forEach(h -> hints.add(h.asText()));
            exercises.add(new Exercise(e.path("id").asText(), number, e.path("title").asText(),
                    e.path("statement").asText(), e.path("placeholder").asText(), e.path("check").asText(), hints,
                    e.path("revisit").asText(), file(loader, folder, e.path("solution").asText()), wrong, alternatives));
        }
        return new Chapter(number, node.path("title").asText(), node.path("notebook").asText(), exercises);
    }

    private static JsonNode json(ClassLoader loader, String name) {
        try {
            return JSON.readTree(text(loader, name));
        } catch (IOException e) {
            throw new IllegalStateException(ROOT + name + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String file(ClassLoader loader, String folder, String name) {
        return name.isEmpty() ? "" : text(loader, folder + "/" + name);
    }

    private static String text(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("Lesson file " + ROOT + name + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
