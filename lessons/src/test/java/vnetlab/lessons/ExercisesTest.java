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
 * filled in with their reference solutions), then an answer, then its check, in a fresh JShell session.
 * The reference solution must pass; every recorded wrong answer must fail with its intended feedback.
 */
class ExercisesTest {

    private static final Syllabus SYLLABUS = Syllabus.load();

    /** Which exercises to run: all, or those whose id matches the system property vnetlab.exercises (a regex). */
    private static List<Exercise> exercises() {
        String only = System.getProperty("vnetlab.exercises", "");
        return SYLLABUS.exercises().stream().filter(e -> only.isBlank() || e.id().matches(only)).toList();
    }

    @TestFactory
    Stream<DynamicTest> every_reference_solution_passes_its_check() {
        return exercises().stream().map(exercise -> DynamicTest.dynamicTest(
                exercise.id() + " reference solution passes", () -> {
                    // given
                    try (var session = notebookUpTo(exercise)) {
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
    Stream<DynamicTest> every_wrong_answer_fails_with_its_intended_feedback() {
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
                    }
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> an_untouched_answer_cell_does_not_pass() {
        return exercises().stream().map(exercise -> DynamicTest.dynamicTest(
                exercise.id() + " placeholder does not pass", () -> {
                    try (var session = notebookUpTo(exercise)) {
                        session.run(exercise.placeholder());
                        assertThat(session.check(exercise.id()).passed()).isFalse();
                    }
                }));
    }

    /** A fresh session that has run the chapter's notebook up to the exercise's answer cell. */
    static LessonSession notebookUpTo(Exercise exercise) {
        Chapter chapter = SYLLABUS.chapter(exercise.chapter()).orElseThrow();
        CourseNotebook notebook = CourseNotebook.read(CourseNotebook.folder().resolve(chapter.notebook()));
        var session = LessonSession.start();
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
        return session;
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
