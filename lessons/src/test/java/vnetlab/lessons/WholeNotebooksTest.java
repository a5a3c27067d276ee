package vnetlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vnetlab.course.Chapter;
import vnetlab.course.Syllabus;
import vnetlab.lessons.harness.CourseNotebook;
import vnetlab.lessons.harness.LessonSession;

/**
 * Each notebook, with its reference solutions filled in, runs top to bottom in one fresh session (as "Run All" in a
 * new kernel would): no cell fails except those tagged raises-exception, every cell tagged diagram ends with a value
 * that has a picture, and every exercise's check passes (but those in {@link Awaiting}).
 */
class WholeNotebooksTest {
    private static final Syllabus SYLLABUS = Syllabus.load();

    static Stream<Chapter> chapters() {
        return SYLLABUS.chapters().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    void the_solved_notebook_runs_top_to_bottom_with_its_diagrams_and_passing_checks(Chapter chapter) {
        // given
        CourseNotebook notebook = CourseNotebook.read(CourseNotebook.folder().resolve(chapter.notebook()));
        List<String> problems = new ArrayList<>();

        // when
        try (var session = LessonSession.start()) {
            int index = 0;
            for (CourseNotebook.Cell cell : notebook.cells()) {
                if (!cell.type().equals("code")) {
                    continue;
                }
                index++;
                String code = cell.exercise() == null ? cell.source() : SYLLABUS.exercise(cell.exercise()).orElseThrow().solution();
                String name = "code cell " + index + " (" + code.strip().lines().findFirst().orElse("") + ")";
                if (Awaiting.cell(code) != null) {
                    assertThat(fails(session, code)).as("%s works now: remove it from Awaiting.CELLS", name).isTrue();
                } else if (cell.raises()) {
                    assertThatThrownBy(() -> session.run(code)).as(name + " is tagged raises-exception").isNotNull();
                } else if (cell.tags().contains("diagram")) {
                    if (!session.runShowsDiagram(code)) {
                        problems.add(name + " is tagged diagram but its value has no picture");
                    }
                } else {
                    session.run(code);
                }
                cell.tags().stream().filter(t -> t.startsWith("check:")).map(t -> t.substring(6))
                        .filter(id -> !Awaiting.awaits(id)).forEach(id -> {
                            var outcome = session.check(id);
                            if (!outcome.passed()) {
                                problems.add(name + ": " + outcome.text());
                            }
                        });
            }
        }

        // then
        assertThat(problems).as(chapter.notebook()).isEmpty();
    }

    private static boolean fails(LessonSession session, String code) {
        try {
            session.runShowsDiagram(code);
            return false;
        } catch (LessonSession.CellFailed expected) {
            return true;
        }
    }
}
