package vnetlab.course;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One chapter of the course: its notebook and its exercises.
 *
 * <pre>{@code
 * exercises(2)   // chapter 2's exercises with their statements
 * }</pre>
 *
 * @param number    the chapter number (0 is "start here")
 * @param title     the chapter's title
 * @param notebook  the notebook's file name under notebooks/
 * @param exercises the chapter's exercises, in order
 */
public record Chapter(int number, String title, String notebook, List<Exercise> exercises) {

    /** Copies the list so a chapter never changes after loading. */
    public Chapter {
        exercises = List.copyOf(exercises);
    }

    /**
     * The chapter's exercises as a short list, one line each, followed by their statements.
     *
     * <pre>{@code
     * exercises(2).text()
     * }</pre>
     *
     * @return the listing
     */
    public String text() {
        var out = new StringBuilder("Chapter " + number + ": " + title + " (" + notebook + ")\n");
        for (var exercise : exercises) {
            out.append("\n").append(exercise.id()).append(" ").append(exercise.title()).append("\n")
               .append(indent(exercise.statement())).append("\n")
               .append("  check(\"").append(exercise.id()).append("\")   hint(\"").append(exercise.id()).append("\")\n");
        }
        return out.toString().stripTrailing();
    }

    /**
     * The chapter's exercises as Markdown: a heading, then each exercise's title, statement and the calls that check it.
     *
     * <pre>{@code
     * exercises(2).markdown()
     * }</pre>
     *
     * @return the Markdown text
     */
    public String markdown() {
        var out = new StringBuilder("#### Chapter " + number + ": " + title + "\n");
        for (var exercise : exercises) {
            out.append("\n").append(exercise.markdown()).append("\n");
        }
        return out.toString().stripTrailing();
    }

    private static String indent(String text) {
        return text.lines().map(line -> "  " + line).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return text();
    }
}
