package vnetlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The official Jupyter kernel conformance suite, Debian's {@code python3-jupyter-kernel-test} used as installed,
 * against the installed kernel, with the samples in tests/src/test/python/conformance_vnetlab.py. Every test of the
 * suite must pass and none may be skipped (a skip there means a feature or a sample is missing).
 */
class KernelConformanceTest {
    /** The suite's tests (jupyter_kernel_test 0.4.5): each must be run and pass. */
    private static final List<String> SUITE = List.of("test_clear_output", "test_completion", "test_display_data",
            "test_error", "test_execute_result", "test_execute_stderr", "test_execute_stdout", "test_history",
            "test_inspect", "test_is_complete", "test_kernel_info", "test_pager");

    @Test
    void every_test_of_the_jupyter_kernel_conformance_suite_passes_and_none_is_skipped() {
        // given the kernel installed and the suite's samples for it
        Path scratch = Jupyter.scratch("conformance-");
        Path prefix = scratch.resolve("prefix");
        Jupyter.installKernel(Jupyter.currentJava(), prefix, "vnetlab-conformance", "--no-cds");
        Map<String, String> env = new HashMap<>(Jupyter.environment(prefix, scratch));
        env.put("VNETLAB_KERNEL", "vnetlab-conformance");
        env.put("PYTHONPATH", Jupyter.script("").toString());

        // when the suite runs
        Command.Result run = Command.of(Jupyter.python().toString(), "-m", "unittest", "-v", "conformance_vnetlab")
                .environment(env).timeout(Duration.ofMinutes(4)).run();

        // then every test ran and passed (unittest reports on stderr)
        String report = run.stderr();
        assertThat(run.exitCode()).as(run.describe()).isZero();
        for (String test : SUITE) {
            assertThat(report).as(run.describe()).containsPattern(test + " \\(.*\\) \\.\\.\\. ok");
        }
        assertThat(report).as(run.describe()).contains("Ran " + SUITE.size() + " tests").doesNotContain("skipped");
    }
}
