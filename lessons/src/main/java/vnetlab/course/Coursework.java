package vnetlab.course;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One learner's course in one kernel session: the syllabus, the checks and what has passed so far.
 *
 * <p>{@link Course} is the static face of one shared instance; tests make their own.
 *
 * <pre>{@code
 * var work = new Coursework(Syllabus.load());
 * work.check("2.1").passed()
 * }</pre>
 */
public final class Coursework {
    private final Syllabus syllabus;
    private final Function<String, Check> checks;
    private final Map<String, Check> loaded = new ConcurrentHashMap<>();
    private final Session session;
    private final Consumer<String> warnings;
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * A course whose checks are the classes the exercise data names.
     *
     * <pre>{@code
     * new Coursework(Syllabus.load())
     * }</pre>
     *
     * @param syllabus the chapters and exercises
     */
    public Coursework(Syllabus syllabus) {
        this(syllabus, Coursework::instantiate);
    }

    /**
     * A course whose passes are also kept in a progress file, so that they survive a kernel restart; a warning
     * (once per session) goes to {@code warnings} when the file cannot be written, and the check still answers.
     *
     * <pre>{@code
     * new Coursework(Syllabus.load(), ProgressFile.forUser(System.getenv(), System.getProperty("user.home")),
     *                System.err::println)
     * }</pre>
     *
     * @param syllabus the chapters and exercises
     * @param file     where passes are kept
     * @param warnings where a one-line warning goes
     */
    public Coursework(Syllabus syllabus, ProgressFile file, Consumer<String> warnings) {
        this(syllabus, Coursework::instantiate, Optional.of(file), warnings);
    }

    /**
     * A course whose checks come from the given function (from a check class name to a check).
     *
     * <pre>{@code
     * new Coursework(syllabus, name -> review -> review.right("ok").feedback())
     * }</pre>
     *
     * @param syllabus the chapters and exercises
     * @param checks   finds the check for a class name
     */
    public Coursework(Syllabus syllabus, Function<String, Check> checks) {
        this(syllabus, checks, Optional.empty(), message -> { });
    }

    /**
     * A course with given checks whose passes are also kept in a progress file (for tests).
     *
     * @param syllabus the chapters and exercises
     * @param checks   finds the check for a class name
     * @param file     where passes are kept
     * @param warnings where a one-line warning goes
     */
    public Coursework(Syllabus syllabus, Function<String, Check> checks, ProgressFile file, Consumer<String> warnings) {
        this(syllabus, checks, Optional.of(file), warnings);
    }

    private Coursework(Syllabus syllabus, Function<String, Check> checks, Optional<ProgressFile> file,
                       Consumer<String> warnings) {
        this.syllabus = syllabus;
        this.checks = checks;
        this.session = new Session(file);
        this.warnings = warnings;
    }

    /**
     * Checks an exercise against the labs built so far and remembers a pass for {@link #progress()}.
     *
     * <pre>{@code
     * work.check("2.1")
     * }</pre>
     *
     * @param id the exercise id, such as {@code "2.1"}
     * @return what is right, what is not, and what to revisit
     * @throws IllegalArgumentException when there is no such exercise
     */
    public Feedback check(String id) {
        Exercise exercise = exercise(id);
        Check check = loaded.computeIfAbsent(exercise.check(), checks);
        Review review = new Review(exercise);
        Feedback feedback;
        try {
            feedback = check.run(review);
        } catch (Review.Stop stop) {
            feedback = review.feedback();
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            feedback = review.wrong("the check could not inspect your lab: " + why).feedback();
        }
        session.record(feedback).ifPresent(this::warnOnce);
        return feedback;
    }

    /**
     * The next hint for an exercise: the first call gives hint 1, the next hint 2, and so on.
     *
     * <pre>{@code
     * work.hint("2.1")
     * }</pre>
     *
     * @param id the exercise id
     * @return the hint
     * @throws IllegalArgumentException when there is no such exercise
     */
    public Hint hint(String id) {
        Exercise exercise = exercise(id);
        if (exercise.hints().isEmpty()) {
            return new Hint(id, 0, 0, "this exercise has no hints; reread " + exercise.revisit());
        }
        return hint(id, session.nextHint(id, exercise.hints().size()));
    }

    /**
     * A given hint for an exercise, counted from 1.
     *
     * <pre>{@code
     * work.hint("2.1", 2)   // works
     * work.hint("2.1", 9)   // fails: 2.1 has 3 hints; ask for 1 to 3
     * }</pre>
     *
     * @param id     the exercise id
     * @param number which hint, from 1
     * @return the hint
     * @throws IllegalArgumentException when there is no such exercise or hint
     */
    public Hint hint(String id, int number) {
        Exercise exercise = exercise(id);
        int count = exercise.hints().size();
        if (number < 1 || number > count) {
            throw new IllegalArgumentException(id + " has " + count + " hints; ask for hint(\"" + id + "\", n) with n from 1 to " + count);
        }
        return new Hint(id, number, count, exercise.hints().get(number - 1));
    }

    /**
     * Forgets every pass, in this session and in the progress file, so the course starts over; hints stay.
     *
     * <pre>{@code
     * work.resetProgress()   // every chapter at 0 passed
     * }</pre>
     *
     * @return the (empty) progress report
     */
    public Progress resetProgress() {
        session.resetProgress().ifPresent(warnings);
        return progress();
    }

    /**
     * Which exercises of every chapter have passed, in this session or an earlier one.
     *
     * <pre>{@code
     * work.progress()
     * }</pre>
     *
     * @return the progress report
     */
    public Progress progress() {
        Set<String> passed = session.passedEver();
        return new Progress(syllabus.chapters().stream().filter(c -> !c.exercises().isEmpty()).map(c -> row(c, passed))
                .toList(), keptIn());
    }

    /**
     * Which exercises of one chapter have passed in this session.
     *
     * <pre>{@code
     * work.progress(2)   // works
     * work.progress(9)   // fails: the course has chapters 0 to 7
     * }</pre>
     *
     * @param chapter the chapter number
     * @return the progress report for that chapter
     * @throws IllegalArgumentException when there is no such chapter
     */
    public Progress progress(int chapter) {
        return new Progress(List.of(row(chapter(chapter), session.passedEver())), keptIn());
    }

    /**
     * A chapter with its exercises and their statements.
     *
     * <pre>{@code
     * work.exercises(2)
     * }</pre>
     *
     * @param chapter the chapter number
     * @return the chapter
     * @throws IllegalArgumentException when there is no such chapter
     */
    public Chapter exercises(int chapter) {
        return chapter(chapter);
    }

    /**
     * One exercise by id.
     *
     * <pre>{@code
     * work.exercise("2.1").statement()
     * }</pre>
     *
     * @param id the exercise id
     * @return the exercise
     * @throws IllegalArgumentException when there is no such exercise
     */
    public Exercise exercise(String id) {
        return syllabus.exercise(id).orElseThrow(() -> new IllegalArgumentException(
                "There is no exercise \"" + id + "\"; exercises(" + chapterOf(id) + ") lists a chapter's exercises"));
    }

    /**
     * Forgets this session's passes and every hint shown, as if the kernel had restarted (passes kept in the
     * progress file stay).
     *
     * <pre>{@code
     * work.forget();
     * }</pre>
     */
    public void forget() {
        session.clear();
    }

    /**
     * The syllabus this course follows.
     *
     * @return the syllabus
     */
    public Syllabus syllabus() {
        return syllabus;
    }

    private Chapter chapter(int number) {
        return syllabus.chapter(number).orElseThrow(() -> new IllegalArgumentException(
                "There is no chapter " + number + "; the course has chapters " + first() + " to " + last()));
    }

    private int first() {
        return syllabus.chapters().isEmpty() ? 0 : syllabus.chapters().get(0).number();
    }

    private int last() {
        return syllabus.chapters().isEmpty() ? 0 : syllabus.chapters().get(syllabus.chapters().size() - 1).number();
    }

    private static String chapterOf(String id) {
        int dot = id.indexOf('.');
        return dot > 0 && id.substring(0, dot).matches("\\d+") ? id.substring(0, dot) : "2";
    }

    private Progress.ChapterProgress row(Chapter chapter, Set<String> passed) {
        return new Progress.ChapterProgress(chapter.number(), chapter.title(), chapter.exercises().stream()
                .map(e -> new Progress.ExerciseProgress(e.id(), e.title(), passed.contains(e.id()))).toList());
    }

    private String keptIn() {
        return session.file().map(ProgressFile::toString).orElse("");
    }

    private void warnOnce(String warning) {
        if (warned.compareAndSet(false, true)) {
            warnings.accept(warning);
        }
    }

    private static Check instantiate(String className) {
        try {
            Class<?> type = Class.forName(className, true, Coursework.class.getClassLoader());
            return (Check) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The check class " + className + " is not in the kernel jar; is it in lessons/checks?", e);
        } catch (ClassCastException e) {
            throw new IllegalStateException(className + " does not implement vnetlab.course.Check", e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException("Could not create the check " + className + ": " + cause, cause);
        }
    }
}
