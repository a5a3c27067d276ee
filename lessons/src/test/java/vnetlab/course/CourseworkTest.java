package vnetlab.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CourseworkTest {

    private final AtomicBoolean bridged = new AtomicBoolean();

    private final Map<String, Check> checks = Map.of(
            "test.Bridged", review -> review
                    .that(true, "there is a VM named \"files\"", "there is no VM named \"files\"")
                    .that(bridged.get(), "files is bridged onto home", "files uses NAT, so devices on home cannot reach it")
                    .feedback(),
            "test.Missing", review -> {
                review.require(java.util.Optional.empty(), "there is no lab named \"Office\"; create it with Net.lab(\"Office\")");
                return review.right("unreachable").feedback();
            },
            "test.Broken", review -> {
                throw new IllegalStateException("VM \"files\" has no address yet");
            },
            "test.Buggy", review -> {
                throw new NullPointerException();
            });

    private final Coursework work = new Coursework(new Syllabus(List.of(
            new Chapter(0, "Start here", "00-start-here.ipynb", List.of()),
            new Chapter(2, "NAT, bridged and host-only", "02.ipynb", List.of(
                    exercise("2.1", "Bridge a file server", "test.Bridged"),
                    exercise("2.2", "Find the office", "test.Missing"),
                    exercise("2.3", "Broken lab", "test.Broken"),
                    exercise("2.4", "Buggy check", "test.Buggy"))))), checks::get);

    private static Exercise exercise(String id, String title, String check) {
        return new Exercise(id, 2, title, "Build it.", "// your code", check,
                List.of("Look at the three modes.", "A bridged VM is a peer on the LAN.", "vbox.vm(\"files\").bridged()"),
                "section \"Bridged: a peer on the LAN\"", "", List.of());
    }

    @Test
    void a_failing_check_says_what_is_right_what_is_not_and_what_to_revisit() {
        // given
        bridged.set(false);

        // when
        Feedback feedback = work.check("2.1");

        // then
        assertThat(feedback.passed()).isFalse();
        assertThat(feedback.text()).isEqualTo("""
                ✘ 2.1 Bridge a file server: not yet
                  ✔ there is a VM named "files"
                  ✘ files uses NAT, so devices on home cannot reach it
                  → Revisit: section "Bridged: a peer on the LAN"
                  (hint("2.1") gives a hint)""");
    }

    @Test
    void a_passing_check_lists_what_is_right_and_counts_in_progress() {
        // given
        bridged.set(true);

        // when
        Feedback feedback = work.check("2.1");

        // then
        assertThat(feedback.text()).isEqualTo("""
                ✔ 2.1 Bridge a file server: passed
                  ✔ there is a VM named "files"
                  ✔ files is bridged onto home""");
        assertThat(work.progress(2).passed()).isEqualTo(1);
    }

    @Test
    void progress_shows_each_exercise_of_a_chapter_passed_or_not() {
        // given
        bridged.set(true);
        work.check("2.1");
        work.check("2.2");

        // when
        Progress progress = work.progress(2);

        // then
        assertThat(progress.text()).isEqualTo("""
                Chapter 2: NAT, bridged and host-only — 1/4 passed
                  ✔ 2.1 Bridge a file server
                  · 2.2 Find the office
                  · 2.3 Broken lab
                  · 2.4 Buggy check
                Passed so far: 1/4 exercises (in this kernel session only)""");
    }

    @Test
    void progress_of_the_whole_course_leaves_out_chapters_without_exercises() {
        // when
        Progress progress = work.progress();

        // then
        assertThat(progress.chapters()).extracting(Progress.ChapterProgress::number).containsExactly(2);
    }

    @Test
    void a_pass_is_kept_even_when_a_later_check_of_the_same_exercise_fails() {
        // given
        bridged.set(true);
        work.check("2.1");
        bridged.set(false);

        // when
        work.check("2.1");

        // then
        assertThat(work.progress(2).passed()).isEqualTo(1);
    }

    @Test
    void forgetting_clears_passes_and_hints() {
        // given
        bridged.set(true);
        work.check("2.1");
        work.hint("2.1");

        // when
        work.forget();

        // then
        assertThat(work.progress(2).passed()).isZero();
        assertThat(work.hint("2.1").number()).isEqualTo(1);
    }

    @Test
    void a_check_that_cannot_find_what_it_needs_stops_with_how_to_create_it() {
        // when
        Feedback feedback = work.check("2.2");

        // then
        assertThat(feedback.passed()).isFalse();
        assertThat(feedback.wrong()).containsExactly("there is no lab named \"Office\"; create it with Net.lab(\"Office\")");
        assertThat(feedback.right()).isEmpty();
    }

    @Test
    void a_check_that_meets_an_error_in_the_lab_reports_it_as_feedback() {
        // when
        Feedback feedback = work.check("2.3");

        // then
        assertThat(feedback.passed()).isFalse();
        assertThat(feedback.wrong()).containsExactly("the check could not inspect your lab: VM \"files\" has no address yet");
    }

    @Test
    void an_exception_without_a_message_is_named_by_its_type() {
        // when
        Feedback feedback = work.check("2.4");

        // then
        assertThat(feedback.wrong()).containsExactly("the check could not inspect your lab: NullPointerException");
    }

    @Test
    void hints_come_one_after_another_and_stay_at_the_last() {
        // when
        List<Integer> numbers = List.of(work.hint("2.1").number(), work.hint("2.1").number(),
                work.hint("2.1").number(), work.hint("2.1").number());

        // then
        assertThat(numbers).containsExactly(1, 2, 3, 3);
        assertThat(work.hint("2.1", 2).toString()).isEqualTo("""
                Hint 2/3 for 2.1: A bridged VM is a peer on the LAN.
                (hint("2.1") again for the next hint)""");
        assertThat(work.hint("2.1", 3).toString()).endsWith("(that was the last hint)");
    }

    @Test
    void asking_for_a_hint_that_does_not_exist_names_the_range() {
        assertThatThrownBy(() -> work.hint("2.1", 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2.1 has 3 hints; ask for hint(\"2.1\", n) with n from 1 to 3");
    }

    @Test
    void an_unknown_exercise_points_at_the_chapter_listing() {
        assertThatThrownBy(() -> work.check("2.9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no exercise \"2.9\"; exercises(2) lists a chapter's exercises");
    }

    @Test
    void an_unknown_chapter_names_the_chapters_there_are() {
        assertThatThrownBy(() -> work.progress(9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no chapter 9; the course has chapters 0 to 2");
    }

    @Test
    void feedback_html_escapes_the_learners_names() {
        // given
        var feedback = new Feedback("2.1", "T", false, List.of(), List.of("VM \"<web>\" is NAT"), "section 2");

        // then
        assertThat(feedback.html()).contains("✘ VM &quot;&lt;web&gt;&quot; is NAT").contains("→ Revisit: section 2");
    }

    @Test
    void feedback_cannot_pass_with_something_wrong() {
        assertThatThrownBy(() -> new Feedback("2.1", "T", true, List.of(), List.of("x"), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Feedback for 2.1 cannot pass with things still wrong: [x]");
    }

    @Test
    void a_review_with_nothing_checked_does_not_pass() {
        // when
        Feedback feedback = new Review(exercise("2.1", "T", "test.Bridged")).feedback();

        // then
        assertThat(feedback.passed()).isFalse();
    }
}
