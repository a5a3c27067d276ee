package vnetlab.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vnetlab.course.Chapter;
import vnetlab.course.Exercise;
import vnetlab.course.Feedback;
import vnetlab.course.Hint;
import vnetlab.course.Progress;

/** The course's values show as the course designed them, not as the generic record table. */
class CourseRenderersTest {
    private final Renderer renderer = Renderers.create();

    private JsonObject data(Object value) {
        return Kernel.displayContent(Renderers.render(renderer, value)).getAsJsonObject("data");
    }

    @Test
    void feedback_shows_its_own_html_and_its_text() {
        // given
        var feedback = new Feedback("2.1", "Bridge", false, List.of("found files"), List.of("files is NAT"), "section 2");

        // when
        JsonObject data = data(feedback);

        // then
        assertThat(data.get("text/html").getAsString()).isEqualTo(feedback.html());
        assertThat(data.get("text/plain").getAsString()).isEqualTo(feedback.text());
    }

    @Test
    void hints_and_progress_show_their_own_html() {
        // given
        var hint = new Hint("2.1", 1, 3, "look at the modes");
        var progress = new Progress(List.of(new Progress.ChapterProgress(2, "NAT", List.of(
                new Progress.ExerciseProgress("2.1", "Bridge", true)))));

        // then
        assertThat(data(hint).get("text/html").getAsString()).isEqualTo(hint.html());
        assertThat(data(progress).get("text/html").getAsString()).isEqualTo(progress.html());
    }

    @Test
    void a_chapters_exercises_show_as_markdown() {
        // given
        var exercise = new Exercise("2.1", 2, "Bridge", "Add a VM `files`.", "", "x.Check", List.of(), "", "", List.of());
        var chapter = new Chapter(2, "NAT", "02.ipynb", List.of(exercise));

        // when
        JsonObject data = data(chapter);

        // then
        assertThat(data.get("text/markdown").getAsString()).isEqualTo("""
                #### Chapter 2: NAT

                **2.1 Bridge**

                Add a VM `files`.

                `check("2.1")` · `hint("2.1")`""");
        assertThat(data.has("text/html")).isFalse();
    }
}
