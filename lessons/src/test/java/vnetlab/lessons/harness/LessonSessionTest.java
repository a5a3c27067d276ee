package vnetlab.lessons.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LessonSessionTest {

    private static final String COURSE_ONLY = "import static vnetlab.course.Course.*;";

    @Test
    void each_session_starts_with_its_own_course_state_like_a_fresh_kernel() {
        // given
        try (var first = LessonSession.start(COURSE_ONLY); var second = LessonSession.start(COURSE_ONLY)) {
            first.run("hint(\"2.1\");");

            // when
            String inFirst = first.value("hint(\"2.1\").number()");
            String inSecond = second.value("hint(\"2.1\").number()");

            // then
            assertThat(inFirst).isEqualTo("2");
            assertThat(inSecond).isEqualTo("1");
        }
    }

    @Test
    void a_cell_runs_snippet_by_snippet_and_keeps_its_variables() {
        try (var session = LessonSession.start(COURSE_ONLY)) {
            // when
            session.run("""
                    var a = 40;   // a comment
                    int twice(int x) { return 2 * x; }
                    var b = twice(a) + 4;
                    """);

            // then
            assertThat(session.value("b")).isEqualTo("84");
        }
    }

    @Test
    void a_cell_that_throws_names_the_exception_and_the_snippet() {
        try (var session = LessonSession.start(COURSE_ONLY)) {
            assertThatThrownBy(() -> session.run("hint(\"2.1\", 99);"))
                    .isInstanceOf(LessonSession.CellFailed.class)
                    .hasMessageStartingWith("java.lang.IllegalArgumentException: 2.1 has ")
                    .hasMessageEndingWith("in: hint(\"2.1\", 99);");
        }
    }

    @Test
    void a_cell_that_does_not_compile_is_reported() {
        try (var session = LessonSession.start(COURSE_ONLY)) {
            assertThatThrownBy(() -> session.run("int x = \"text\";"))
                    .isInstanceOf(LessonSession.CellFailed.class)
                    .hasMessageStartingWith("does not compile: incompatible types");
        }
    }
}
