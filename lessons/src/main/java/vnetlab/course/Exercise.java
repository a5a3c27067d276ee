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
 * @param alternatives other correct solutions, built differently from the reference one (for tests: a check judges
 *                     the network, so each must pass too)
 */
public record Exercise(String id, int chapter, String title, String statement, String placeholder, String check,
                       List<String> hints, String revisit, String solution,
                       List<WrongAnswer> wrongAnswers, List<Solution> alternatives) {

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
        alternatives = List.copyOf(alternatives == null ? List.of() : alternatives);
        statement = statement == null ? "" : statement;
        placeholder = placeholder == null ? "" : placeholder;
        revisit = revisit == null ? "" : revisit;
        solution = solution == null ? "" : solution;
    }

    /**
     * An exercise with only its reference solution.
     *
     * @param id           the id
     * @param chapter      the chapter number
     * @param title        the title
     * @param statement    what to build
     * @param placeholder  the answer cell's starting code
     * @param check        the check class
     * @param hints        the hints
     * @param revisit      what to reread
     * @param solution     the reference solution
     * @param wrongAnswers plausible wrong answers
     */
    public Exercise(String id, int chapter, String title, String statement, String placeholder, String check,
                    List<String> hints, String revisit, String solution, List<WrongAnswer> wrongAnswers) {
        this(id, chapter, title, statement, placeholder, check, hints, revisit, solution, wrongAnswers, List.of());
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
     * A plausible wrong answer, the finding its check must report, and how a learner takes it back.
     *
     * @param name     what the mistake is, in a few words
     * @param code     the code a learner might type
     * @param feedback a line the check's feedback must contain (a ✘ line)
     * @param undo     the code that takes the wrong answer back, so that the reference solution can follow in the
     *                 same session; empty means: reset the labs and run the cells above again
     */
    public record WrongAnswer(String name, String code, String feedback, String undo) {

        /** No undo code means the default one (reset the labs, run the cells above again). */
        public WrongAnswer {
            undo = undo == null ? "" : undo;
        }

        /**
         * A wrong answer taken back by resetting the labs and running the cells above again.
         *
         * @param name     what the mistake is
         * @param code     the code
         * @param feedback the ✘ line it must get
         */
        public WrongAnswer(String name, String code, String feedback) {
            this(name, code, feedback, "");
        }
    }

    /**
     * Another correct solution.
     *
     * @param name how it differs from the reference solution, in a few words
     * @param code the code, as a learner would type it
     */
    public record Solution(String name, String code) {
    }
}
