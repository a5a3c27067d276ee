package vnetlab.course;

import vnetlab.model.Workspace;

/**
 * Check your exercises, ask for hints and see your progress, from any notebook cell.
 *
 * <p>The kernel imports these methods statically, so a cell can say {@code check("2.1")} directly.
 *
 * <pre>{@code
 * exercises(2)      // chapter 2's exercises
 * check("2.1")      // what is right and what is not yet in your lab
 * hint("2.1")       // the next hint
 * progress()        // what you have passed, in this kernel session or an earlier one
 * resetProgress()   // start the course over
 * }</pre>
 *
 * <p>Passes are kept per user in {@code progress.json}, in {@code $VNETLAB_HOME} or else in {@code vnetlab/} under the
 * Jupyter data directory ({@code $JUPYTER_DATA_DIR}, else {@code ~/.local/share/jupyter}).
 */
public final class Course {
    private Course() {
    }

    /**
     * Checks an exercise against the labs you have built, by inspecting their model and traces.
     *
     * <pre>{@code
     * check("2.1")    // works: ✔/✘ per condition, and what to revisit
     * check("9.9")    // fails: there is no exercise "9.9"
     * }</pre>
     *
     * @param id the exercise id, such as {@code "2.1"}
     * @return the feedback
     * @throws IllegalArgumentException when there is no such exercise
     */
    public static Feedback check(String id) {
        return coursework().check(id);
    }

    /**
     * The next hint for an exercise; each call gives the next one, until the last.
     *
     * <pre>{@code
     * hint("2.1")
     * }</pre>
     *
     * @param id the exercise id
     * @return the hint
     * @throws IllegalArgumentException when there is no such exercise
     */
    public static Hint hint(String id) {
        return coursework().hint(id);
    }

    /**
     * A given hint for an exercise, counted from 1.
     *
     * <pre>{@code
     * hint("2.1", 2)
     * }</pre>
     *
     * @param id     the exercise id
     * @param number which hint, from 1
     * @return the hint
     * @throws IllegalArgumentException when there is no such exercise or hint
     */
    public static Hint hint(String id, int number) {
        return coursework().hint(id, number);
    }

    /**
     * Which exercises you have passed, in this kernel session or an earlier one, for every chapter.
     *
     * <pre>{@code
     * progress()
     * }</pre>
     *
     * @return the progress report
     */
    public static Progress progress() {
        return coursework().progress();
    }

    /**
     * Forgets every exercise you have passed, in this session and in earlier ones, to start the course over.
     *
     * <pre>{@code
     * resetProgress()   // every chapter at 0 passed
     * }</pre>
     *
     * @return the progress report, now empty
     */
    public static Progress resetProgress() {
        return coursework().resetProgress();
    }

    /**
     * Which exercises of one chapter you have passed, in this kernel session or an earlier one.
     *
     * <pre>{@code
     * progress(2)
     * }</pre>
     *
     * @param chapter the chapter number
     * @return the progress report
     * @throws IllegalArgumentException when there is no such chapter
     */
    public static Progress progress(int chapter) {
        return coursework().progress(chapter);
    }

    /**
     * A chapter's exercises with their statements.
     *
     * <pre>{@code
     * exercises(2)
     * }</pre>
     *
     * @param chapter the chapter number
     * @return the chapter
     * @throws IllegalArgumentException when there is no such chapter
     */
    public static Chapter exercises(int chapter) {
        return coursework().exercises(chapter);
    }

    /**
     * One exercise: its title and statement.
     *
     * <pre>{@code
     * exercise("2.1")
     * }</pre>
     *
     * @param id the exercise id
     * @return the exercise
     * @throws IllegalArgumentException when there is no such exercise
     */
    public static Exercise exercise(String id) {
        return coursework().exercise(id);
    }

    /** The coursework of this kernel session (its workspace's part): made from the syllabus on first use. */
    private static Coursework coursework() {
        return Workspace.current().part(Coursework.class, () -> new Coursework(Syllabus.load(),
                ProgressFile.forUser(System.getenv(), System.getProperty("user.home")),
                warning -> System.err.println("⚠ " + warning)));
    }
}
