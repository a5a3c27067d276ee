package vnetlab.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressFileTest {

    @TempDir
    Path folder;

    private final List<String> warnings = new ArrayList<>();

    private final Syllabus syllabus = new Syllabus(List.of(
            new Chapter(1, "Virtual machines", "01.ipynb", List.of(exercise("1.1", 1))),
            new Chapter(2, "NAT", "02.ipynb", List.of(exercise("2.1", 2), exercise("2.2", 2)))));

    private static Exercise exercise(String id, int chapter) {
        return new Exercise(id, chapter, "Exercise " + id, "Build it.", "", "test.Pass", List.of("h"), "a section", "", List.of());
    }

    private Coursework kernel(ProgressFile file) {
        return new Coursework(syllabus, name -> review -> review.right("right").feedback(), file, warnings::add);
    }

    @Test
    void the_file_is_in_vnetlab_home_else_in_the_jupyter_data_directory() {
        assertThat(ProgressFile.forUser(Map.of("VNETLAB_HOME", "/srv/me"), "/home/me").path())
                .isEqualTo(Path.of("/srv/me/progress.json"));
        assertThat(ProgressFile.forUser(Map.of("JUPYTER_DATA_DIR", "/data/jupyter"), "/home/me").path())
                .isEqualTo(Path.of("/data/jupyter/vnetlab/progress.json"));
        assertThat(ProgressFile.forUser(Map.of(), "/home/me").path())
                .isEqualTo(Path.of("/home/me/.local/share/jupyter/vnetlab/progress.json"));
    }

    @Test
    void passes_survive_a_kernel_restart() {
        // given
        var file = ProgressFile.at(folder.resolve("progress.json"));
        kernel(file).check("2.1");

        // when: a new kernel, a new course, the same file
        var restarted = kernel(ProgressFile.at(folder.resolve("progress.json")));

        // then
        var progress = restarted.progress();
        assertThat(progress.passed()).isEqualTo(1);
        assertThat(progress.text()).contains("  ✔ 2.1 Exercise 2.1", "  · 2.2 Exercise 2.2", "Chapter 1: Virtual machines — 0/1 passed")
                .endsWith("Passed so far: 1/3 exercises (kept in " + file.path() + "; resetProgress() starts over)");
        assertThat(warnings).isEmpty();
    }

    @Test
    void two_kernels_at_once_keep_each_others_passes() {
        // given
        var one = kernel(ProgressFile.at(folder.resolve("progress.json")));
        var two = kernel(ProgressFile.at(folder.resolve("progress.json")));

        // when
        one.check("1.1");
        two.check("2.2");

        // then
        assertThat(ProgressFile.at(folder.resolve("progress.json")).passed()).containsExactly("1.1", "2.2");
    }

    @Test
    void reset_starts_over_in_this_session_and_the_next() {
        // given
        var work = kernel(ProgressFile.at(folder.resolve("progress.json")));
        work.check("2.1");

        // when
        var progress = work.resetProgress();

        // then
        assertThat(progress.passed()).isZero();
        assertThat(kernel(ProgressFile.at(folder.resolve("progress.json"))).progress().passed()).isZero();
    }

    @Test
    void an_unwritable_file_never_breaks_a_check_and_warns_once() throws IOException {
        // given: the folder for the file is a plain file, so nothing can be written there
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        var work = kernel(ProgressFile.at(blocker.resolve("progress.json")));

        // when
        var first = work.check("2.1");
        var second = work.check("2.2");

        // then
        assertThat(first.passed()).isTrue();
        assertThat(second.passed()).isTrue();
        assertThat(work.progress().passed()).as("this session still knows").isEqualTo(2);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).startsWith("progress is not saved: cannot write " + blocker.resolve("progress.json"))
                .endsWith("; set VNETLAB_HOME to a folder you can write").doesNotContain("\n");
    }

    @Test
    void an_unreadable_file_counts_as_no_progress() throws IOException {
        // given
        Path broken = Files.writeString(folder.resolve("progress.json"), "{ not json");

        // when
        var work = kernel(ProgressFile.at(broken));

        // then
        assertThat(work.progress().passed()).isZero();
        assertThat(work.check("2.1").passed()).isTrue();
        assertThat(ProgressFile.at(broken).passed()).containsExactly("2.1");
    }

    @Test
    void a_course_without_a_file_says_its_progress_is_for_this_session_only() {
        var work = new Coursework(syllabus, name -> review -> review.right("right").feedback());
        work.check("1.1");
        assertThat(work.progress().text()).endsWith("Passed so far: 1/3 exercises (in this kernel session only)");
    }
}
