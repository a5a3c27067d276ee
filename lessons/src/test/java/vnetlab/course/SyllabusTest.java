package vnetlab.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyllabusTest {

    @Test
    void the_course_has_nine_chapters_numbered_0_to_8() {
        // when
        Syllabus syllabus = Syllabus.load();

        // then
        assertThat(syllabus.chapters()).extracting(Chapter::number).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void every_chapter_from_1_has_at_least_three_exercises_and_chapters_2_4_5_more() {
        // when
        Syllabus syllabus = Syllabus.load();

        // then
        for (Chapter chapter : syllabus.chapters()) {
            int least = switch (chapter.number()) {
                case 0 -> 1;
                case 2, 4, 5 -> 4;
                default -> 3;
            };
            assertThat(chapter.exercises()).as("chapter %d", chapter.number()).hasSizeGreaterThanOrEqualTo(least);
        }
    }

    @Test
    void every_exercise_has_a_statement_hints_a_solution_and_a_wrong_answer() {
        for (Exercise e : Syllabus.load().exercises()) {
            assertThat(e.statement()).as(e.id()).isNotBlank();
            assertThat(e.hints()).as(e.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(e.solution()).as(e.id()).isNotBlank();
            assertThat(e.wrongAnswers()).as(e.id()).isNotEmpty();
            assertThat(e.id()).as(e.id()).startsWith(e.chapter() + ".");
        }
    }
}
