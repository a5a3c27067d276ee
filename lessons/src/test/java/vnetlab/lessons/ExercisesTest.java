package vnetlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vnetlab.course.Chapter;
import vnetlab.course.Exercise;
import vnetlab.course.Syllabus;
import vnetlab.lessons.harness.CourseNotebook;
import vnetlab.lessons.harness.LessonSession;

/**
 * Runs every exercise as a learner would meet it: the chapter's notebook up to the exercise (with earlier answers
 * filled in with their reference solutions), then an answer, then its check, in a fresh JShell session, through the
 * same {@code check("N.M")} call the notebook's check cell makes.
 *
 * <p>Every correct solution (the reference one and the differently built ones listed under {@code also}) must pass;
 * every recorded wrong answer must fail with its intended feedback, and then, in the same session, the learner takes
 * it back (its {@code undo} code, or: reset the labs and run the cells above again) and the reference solution must
 * pass: a learner can always recover without restarting the kernel.
 */
class ExercisesTest {

    private static final Syllabus SYLLABUS = Syllabus.load();

    /** What the learner does to start over when a wrong answer has no undo of its own. */
    static final String RESET_LABS = "Net.labs().forEach(Lab::reset);";

    /** Which exercises to run: all, or those whose id matches the system property vnetlab.exercises (a regex). */
    private static List<Exercise> exercises() {
        String only = System.getProperty("vnetlab.exercises", "");
        return SYLLABUS.exercises().stream().filter(e -> only.isBlank() || e.id().matches(only)).toList();
    }

    @TestFactory
    Stream<DynamicTest> every_exercise_has_three_correct_solutions_and_three_wrong_answers() {
        return exercises().stream().map(exercise -> DynamicTest.dynamicTest(exercise.id() + " has enough answers", () -> {
            if (Awaiting.ANSWERS.containsKey(exercise.id())) {
                assertThat(1 + exercise.alternatives().size() < 3 || exercise.wrongAnswers().size() < 3)
                        .as("%s has enough answers now: remove it from Awaiting.ANSWERS", exercise.id()).isTrue();
                return;
            }
            assertThat(1 + exercise.alternatives().size()).as("%s: correct solutions", exercise.id()).isGreaterThanOrEqualTo(3);
            assertThat(exercise.wrongAnswers().size()).as("%s: wrong answers", exercise.id()).isGreaterThanOrEqualTo(3);
        }));
    }

    @TestFactory
    Stream<DynamicTest> the_untouched_answer_cell_does_not_pass_and_the_reference_solution_does() {
        return exercises().stream().map(exercise -> DynamicTest.dynamicTest(
                exercise.id() + " reference solution passes", () -> {
                    // given
                    try (var session = notebookUpTo(exercise)) {
                        session.run(exercise.placeholder());
                        assertThat(session.check(exercise.id()).passed()).as("the placeholder passes").isFalse();

                        // when
                        session.run(exercise.solution());
                        var outcome = session.check(exercise.id());

                        // then
                        if (Awaiting.awaits(exercise.id())) {
                            assertThat(outcome.passed()).as("%s passes now: remove it from Awaiting", exercise.id()).isFalse();
                        } else {
                            assertThat(outcome.passed()).as(outcome.text()).isTrue();
                        }
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> every_other_correct_solution_passes() {
        var tests = new ArrayList<DynamicTest>();
        for (Exercise exercise : exercises()) {
            for (Exercise.Solution solution : exercise.alternatives()) {
                tests.add(DynamicTest.dynamicTest(exercise.id() + " passes " + solution.name(), () -> {
                    // given
                    try (var session = notebookUpTo(exercise)) {
                        String awaited = Awaiting.alternative(exercise.id(), solution.name());
                        if (awaited != null) {
                            assertThat(failsOrDoesNotPass(session, solution.code(), exercise.id()))
                                    .as("%s %s passes now: remove it from Awaiting.ALTERNATIVES", exercise.id(), solution.name())
                                    .isTrue();
                            return;
                        }
                        // when
                        session.run(solution.code());
                        var outcome = session.check(exercise.id());

                        // then
                        assertThat(outcome.passed()).as(outcome.text()).isTrue();
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> every_wrong_answer_fails_with_its_intended_feedback_and_can_be_taken_back() {
        var tests = new ArrayList<DynamicTest>();
        for (Exercise exercise : exercises()) {
            for (Exercise.WrongAnswer wrong : exercise.wrongAnswers()) {
                tests.add(DynamicTest.dynamicTest(exercise.id() + " fails when " + wrong.name(), () -> {
                    // given
                    try (var session = notebookUpTo(exercise)) {
                        // when
                        session.run(wrong.code());
                        var outcome = session.check(exercise.id());

                        // then
                        assertThat(outcome.passed()).as(outcome.text()).isFalse();
                        if (Awaiting.awaits(exercise.id())) {
                            return;
                        }
                        assertThat(outcome.text()).contains("✘ " + wrong.feedback());
                        assertThat(outcome.text()).contains("→ Revisit: " + exercise.revisit());

                        // and when the learner takes it back and answers right, in the same session
                        undo(session, exercise, wrong);
                        session.run(exercise.solution());
                        var recovered = session.check(exercise.id());

                        // then
                        assertThat(recovered.passed()).as("after undoing %s: %s", wrong.name(), recovered.text()).isTrue();
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static boolean failsOrDoesNotPass(LessonSession session, String code, String id) {
        try {
            session.run(code);
        } catch (LessonSession.CellFailed expected) {
            return true;
        }
        return !session.check(id).passed();
    }

    /** Takes a wrong answer back: its own undo code, or reset every lab and run the cells above again. */
    static void undo(LessonSession session, Exercise exercise, Exercise.WrongAnswer wrong) {
        if (!wrong.undo().isBlank()) {
            session.run(wrong.undo());
            return;
        }
        session.run(RESET_LABS);
        runCellsBefore(session, exercise);
    }

    /** A fresh session that has run the chapter's notebook up to the exercise's answer cell. */
    static LessonSession notebookUpTo(Exercise exercise) {
        var session = LessonSession.start();
        runCellsBefore(session, exercise);
        return session;
    }

    private static void runCellsBefore(LessonSession session, Exercise exercise) {
        Chapter chapter = SYLLABUS.chapter(exercise.chapter()).orElseThrow();
        CourseNotebook notebook = CourseNotebook.read(CourseNotebook.folder().resolve(chapter.notebook()));
        for (CourseNotebook.Cell cell : notebook.codeBefore(exercise.id())) {
            String code = cell.exercise() == null ? cell.source()
                    : SYLLABUS.exercise(cell.exercise()).orElseThrow().solution();
            if (Awaiting.cell(code) != null) {
                runAwaited(session, code);
            } else if (cell.raises()) {
                assertThatThrownBy(() -> session.run(code)).as("a cell tagged raises-exception").isNotNull();
            } else {
                session.run(code);
            }
        }
    }

    /** A cell awaiting a feature: it may fail here (its failure is asserted by WholeNotebooksTest). */
    private static void runAwaited(LessonSession session, String code) {
        try {
            session.run(code);
        } catch (LessonSession.CellFailed expected) {
            // awaited: see Awaiting.CELLS
        }
    }

    static List<Path> notebooks() {
        return SYLLABUS.chapters().stream().map(c -> CourseNotebook.folder().resolve(c.notebook())).toList();
    }
}
