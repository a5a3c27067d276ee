package vnetlab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vnetlab.course.Chapter;
import vnetlab.course.Syllabus;
import vnetlab.lessons.harness.CourseNotebook;

/** The notebooks are the product: stored clean, on the vnetlab kernel, shaped the same way, one per chapter. */
class NotebooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Chapter> chapters() {
        return Syllabus.load().chapters().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    void a_notebook_is_stored_clean_for_the_vnetlab_kernel(Chapter chapter) throws Exception {
        // given
        JsonNode root = JSON.readTree(Files.readString(path(chapter)));

        // then
        assertThat(root.path("nbformat").asInt()).isEqualTo(4);
        assertThat(root.path("metadata").path("kernelspec").path("name").asText()).isEqualTo("vnetlab");
        assertThat(root.path("metadata").path("kernelspec").path("display_name").asText()).isEqualTo("Java (vnetlab)");
        for (JsonNode cell : root.path("cells")) {
            if (cell.path("cell_type").asText().equals("code")) {
                assertThat(cell.path("outputs")).as(cell.path("id").asText()).isEmpty();
                assertThat(cell.path("execution_count").isNull()).as(cell.path("id").asText()).isTrue();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    void every_exercise_has_one_answer_cell_followed_by_its_check(Chapter chapter) {
        // given
        List<CourseNotebook.Cell> cells = CourseNotebook.read(path(chapter)).cells();

        // then
        for (var exercise : chapter.exercises()) {
            int answers = 0;
            for (int i = 0; i < cells.size(); i++) {
                if (exercise.id().equals(cells.get(i).exercise())) {
                    answers++;
                    assertThat(cells.get(i + 1).tags()).contains("check:" + exercise.id());
                    assertThat(cells.get(i + 1).source()).isEqualTo("check(\"" + exercise.id() + "\")");
                }
            }
            assertThat(answers).as("answer cells for %s", exercise.id()).isEqualTo(1);
        }
        assertThat(cells.stream().filter(c -> c.exercise() != null).count()).isEqualTo(chapter.exercises().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chapters")
    void a_notebook_opens_with_what_you_will_be_able_to_do_and_shows_diagrams(Chapter chapter) {
        // given
        List<CourseNotebook.Cell> cells = CourseNotebook.read(path(chapter)).cells();

        // then
        assertThat(cells.get(0).type()).isEqualTo("markdown");
        assertThat(cells.get(0).source()).containsPattern("After this (chapter|notebook) you will be able to");
        assertThat(cells.stream().filter(c -> c.tags().contains("diagram")).count()).isGreaterThanOrEqualTo(1);
        if (chapter.number() > 0) {
            assertThat(cells.get(cells.size() - 1).source()).startsWith("## Recap");
        }
    }

    private static Path path(Chapter chapter) {
        return CourseNotebook.folder().resolve(chapter.notebook());
    }
}
