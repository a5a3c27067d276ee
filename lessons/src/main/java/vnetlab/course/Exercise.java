package vnetlab.course;

import java.util.List;
import java.util.Objects;

/**
 * One exercise of the course: what to build, how it is checked, its hints and its reference solution.
 *
 * <pre>{@code
 * exercise("2.1").statement()   // what to build, in words
 * }</pre>
 *
 * @param id          the exercise's id, chapter and number, such as {@code "2.1"}
 * @param chapter     the chapter number
 * @param title       a short title
 * @param statement   what to build or find, in words (markdown)
 * @param placeholder the code a learner starts from in the exercise cell
 * @param check       the fully qualified name of the {@link Check} class
 * @param hints       progressive hints, the last one nearly the answer
 * @param revisit     the idea or notebook section to reread when the check fails
 * @param solution    the reference solution: code exactly as a learner would type it in the cell
 * @param wrongAnswers plausible wrong answers with the feedback lines they must produce (for tests)
 */
public record Exercise(String id, int chapter, String title, String statement, String placeholder, String check,
                       List<String> hints, String revisit, String solution,
                       List<WrongAnswer> wrongAnswers) {

    /** Validates the data so a broken exercise file fails when the course loads, naming the exercise. */
    public Exercise {
        Objects.requireNonNull(id, "id");
        if (!id.matches("\\d+\\.\\d+")) {
            throw new IllegalArgumentException("Exercise id \"" + id + "\" must be chapter.number, like \"2.1\"");
        }
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("Exercise " + id + " has no title");
        }
        if (check == null || check.isBlank()) {
            throw new IllegalArgumentException("Exercise " + id + " names no check class");
        }
        hints = List.copyOf(hints == null ? List.of() : hints);
        wrongAnswers = List.copyOf(wrongAnswers == null ? List.of() : wrongAnswers);
        statement = statement == null ? "" : statement;
        placeholder = placeholder == null ? "" : placeholder;
        revisit = revisit == null ? "" : revisit;
        solution = solution == null ? "" : solution;
    }

    /**
     * The exercise as Markdown: its title, statement and the calls that check it and give hints.
     *
     * <pre>{@code
     * exercise("2.1").markdown()
     * }</pre>
     *
     * @return the Markdown text
     */
    public String markdown() {
        return "**" + id + " " + title + "**\n\n" + statement + "\n\n`check(\"" + id + "\")` · `hint(\"" + id + "\")`";
    }

    @Override
    public String toString() {
        return id + " " + title + "\n" + statement;
    }

    /**
     * A plausible wrong answer and the finding its check must report.
     *
     * @param name     what the mistake is, in a few words
     * @param code     the code a learner might type
     * @param feedback a line the check's feedback must contain (a ✘ line)
     */
    public record WrongAnswer(String name, String code, String feedback) {
    }
}
