package vnetlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A trace's steps in Jupyter Notebook 6 in Chromium at 1024×768 (tests/browser/steps.mjs): {@code s} shows one frame,
 * and cells of {@code s.next()}, {@code s.go(5)} and {@code s.previous()} change that frame in place.
 */
class StepsInNotebookTest {

    @Test
    void cells_of_s_next_move_the_one_frame_in_place() {
        // when
        String out = Browser.run("steps.mjs", Jupyter.kernelJar().toString());
        // then
        assertThat(out).contains("frame: step 2 of 6 · request hop 2 of 3 · laptop (1 picture in the cell",
                "moved the one frame in place");
    }
}
