package vnetlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What learners throw at a kernel, seen through Debian's jupyter_client against the installed kernel (installed
 * with {@code --max-heap 256m} so that filling the heap is quick): endless recursion, a full heap, sockets and JDK
 * loops that ignore Thread.interrupt, System.exit in disguise, interrupts aimed at the wrong threads, a client whose
 * clock is behind, malformed requests, System.in, floods of output, kernel_info while busy, and a dead parent.
 * The driver's "robustness" scenarios (tests/src/test/python/kernel_driver.py) gather the facts; each test reads one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KernelRobustnessTest {
    private DriverReport report;

    @BeforeAll
    void driveTheKernel() {
        report = DriverReport.drive(Jupyter.currentJava(), "vnetlab-robust", Map.of(), "robustness", null,
                "--max-heap", "256m", "--no-cds");
    }

    private Exchange cell(String scenario, String name) {
        return report.exchange(scenario, name);
    }

    private String context(String scenario) {
        return report.context(scenario);
    }

    @Test
    void endless_recursion_fails_in_one_line_naming_the_method_and_the_session_survives() {
        // given int down(int n) { return down(n + 1) + 1; } then down(0)
        Exchange stack = cell("limits", "stack");
        Exchange after = cell("limits", "after_stack");

        // then
        assertThat(stack.status()).as(stack.describe() + context("limits")).isEqualTo("error");
        assertThat(stack.tracebackLines()).as(stack.describe()).hasSize(1);
        assertThat(stack.traceback()).contains("the cell ran out of stack: probably endless recursion in down()");
        assertThat(after.result()).as(after.describe()).hasValue("42");
    }

    @Test
    void a_cell_that_fills_the_heap_fails_in_one_line_and_the_memory_is_given_back() {
        // given a cell that allocates until the 256 MB heap is full
        Exchange oom = cell("limits", "oom");
        Exchange after = cell("limits", "after_oom");
        long rssAfter = report.node("limits", "rss_after_oom_kb").asLong();

        // then
        assertThat(oom.status()).as(oom.describe() + context("limits")).isEqualTo("error");
        assertThat(oom.tracebackLines()).as(oom.describe()).hasSize(1);
        assertThat(oom.traceback()).contains("the cell ran out of memory").contains("everything defined before it is kept");
        assertThat(after.result()).as(after.describe()).hasValue("42");
        assertThat(rssAfter).as("resident KB after the failed cell (the heap was full at 256 MB)").isLessThan(230_000);
    }

    @Test
    void interrupt_reaches_a_socket_accept_a_socket_read_a_sleep_and_a_loop_inside_the_jdk() {
        for (String name : new String[] {"accept", "read", "jdk_loop", "sleep"}) {
            // given a cell blocked where Thread.interrupt alone does not reach
            Exchange blocked = cell("blocking", name);

            // then the interrupt ends it within a few seconds, in one line
            assertThat(blocked.node().path("running_before_interrupt").asBoolean())
                    .as(name + " was running when interrupted\n" + blocked.describe() + context("blocking")).isTrue();
            assertThat(blocked.status()).as(name + "\n" + blocked.describe()).isEqualTo("error");
            assertThat(blocked.ename()).as(name).isEqualTo("Interrupted");
            assertThat(blocked.tracebackLines()).as(name + "\n" + blocked.describe()).hasSize(1);
            assertThat(blocked.seconds()).as(name + " stopped after (s)").isLessThan(8.0);
        }
        assertThat(cell("blocking", "after_accept").result()).as("the server socket was closed").hasValue("true");
        assertThat(cell("blocking", "after_jdk_loop").result()).as("state after the JDK loop").hasValue("42");
    }

    @Test
    void system_exit_as_a_method_reference_a_method_handle_or_by_reflection_is_refused() {
        for (String name : new String[] {"method_ref", "method_handle", "reflection", "halt_ref"}) {
            // given a disguised exit
            Exchange exit = cell("exits", name);

            // then the cell fails, the kernel lives
            assertThat(exit.status()).as(name + "\n" + exit.describe() + context("exits")).isEqualTo("error");
            assertThat(exit.ename()).as(name).isEqualTo("ExitRefused");
            assertThat(exit.evalue()).as(name).contains("would stop the kernel").contains("Kernel > Restart");
            assertThat(exit.node().path("alive_after").asBoolean()).as(name + ": kernel alive").isTrue();
        }
        assertThat(cell("exits", "after").result()).hasValue("42");
    }

    @Test
    void an_idle_interrupt_spares_background_threads_and_interrupting_every_thread_spares_the_kernel() {
        // given a background thread, an interrupt while idle, then a cell that interrupts every thread
        JsonNode threads = report.node("threads");

        // then
        assertThat(cell("threads", "worker_after_idle_interrupt").result()).as(threads.toPrettyString()
                + context("threads")).hasValue("true");
        assertThat(cell("threads", "interrupt_all").status()).isEqualTo("ok");
        assertThat(threads.path("heartbeat_after").asBoolean()).as("heartbeat").isTrue();
        assertThat(threads.path("iopub_messages_in_the_next_seconds").asInt()).as("no flood on iopub").isLessThan(5);
        assertThat(cell("threads", "after_interrupt_all").result()).hasValue("2");
    }

    @Test
    void after_an_error_a_later_cell_runs_even_when_the_clients_clock_is_behind() {
        // given a failed cell, then a cell whose header date is in 2001
        Exchange later = cell("order", "behind_clock");

        // then it ran
        assertThat(cell("order", "failing").status()).isEqualTo("error");
        assertThat(later.status()).as(later.describe() + context("order")).isEqualTo("ok");
        assertThat(later.result()).hasValue("42");
    }

    @Test
    void malformed_requests_get_a_clear_error_or_a_clamped_cursor_never_a_java_exception_name() {
        // given code that is not a string, and cursors missing, negative and past the end
        Exchange object = cell("malformed", "code_object");
        Exchange number = cell("malformed", "is_complete_number");

        // then
        assertThat(object.status()).as(object.describe() + context("malformed")).isEqualTo("error");
        assertThat(object.ename()).isEqualTo("BadRequest");
        assertThat(object.evalue()).isEqualTo("the request's \"code\" must be a string (the cell's text), not {\"not\":\"text\"}");
        assertThat(number.ename()).isEqualTo("BadRequest");
        for (String name : new String[] {"complete_no_cursor", "complete_negative", "complete_huge"}) {
            Exchange complete = cell("malformed", name);
            assertThat(complete.status()).as(name + "\n" + complete.describe()).isEqualTo("ok");
            int start = complete.reply().path("cursor_start").asInt();
            int end = complete.reply().path("cursor_end").asInt();
            assertThat(start).as(name).isBetween(0, 5);
            assertThat(end).as(name).isBetween(start, 5);
        }
        assertThat(cell("malformed", "complete_no_cursor").reply().path("matches").toString()).contains("String");
        assertThat(cell("malformed", "inspect_no_cursor").status()).isEqualTo("ok");
        for (String name : new String[] {"code_object", "is_complete_number"}) {
            assertThat(cell("malformed", name).evalue() + cell("malformed", name).ename()).as(name)
                    .doesNotContain("Exception").doesNotContain("JsonObject");
        }
        assertThat(cell("malformed", "after").result()).hasValue("2");
    }

    @Test
    void system_in_asks_the_notebook_for_a_line_and_without_stdin_fails_at_once_in_one_line() {
        // given a cell reading a line with allow_stdin, then one without
        Exchange with = cell("stdin", "with_stdin");
        Exchange without = cell("stdin", "without_stdin");

        // then
        assertThat(report.node("stdin", "input_request").isObject()).as(report.node("stdin").toPrettyString()
                + context("stdin")).isTrue();
        assertThat(with.result()).as(with.describe()).hasValue("7"); // "vnetlab".length()
        assertThat(without.status()).as(without.describe()).isEqualTo("error");
        assertThat(without.traceback()).contains("allow_stdin false");
        assertThat(report.node("stdin", "without_stdin_seconds").asDouble()).isLessThan(10.0);
    }

    @Test
    void floods_of_output_and_huge_values_stay_bounded_and_the_kernel_keeps_answering() {
        // given 100k lines, a 20 MB string as a value and a thread printing forever
        JsonNode floods = report.node("floods");

        // then
        assertThat(floods.path("lines").path("count").asInt()).as(floods.toPrettyString() + context("floods"))
                .isEqualTo(100_000);
        assertThat(floods.path("big_value").path("chars").asInt()).isBetween(1_000_000, 1_100_000);
        assertThat(floods.path("big_value").path("tail").asText()).contains("20,000,000 characters");
        assertThat(floods.path("probe_while_noisy").path("status").asText()).isEqualTo("ok");
        assertThat(floods.path("probe_while_noisy").path("stream_chars").asLong()).isLessThanOrEqualTo(9L << 20);
    }

    @Test
    void kernel_info_is_answered_while_a_cell_runs() {
        // given a cell sleeping 2.5 s, kernel_info sent on shell then control 0.3 s in
        JsonNode busy = report.node("busy_info");

        // then both come back long before the cell ends
        assertThat(busy.path("shell_replied").asBoolean()).as(busy.toPrettyString() + context("busy_info")).isTrue();
        assertThat(busy.path("shell_seconds").asDouble()).isLessThan(1.5);
        assertThat(busy.path("control_replied").asBoolean()).isTrue();
        assertThat(busy.path("control_seconds").asDouble()).isLessThan(1.5);
        assertThat(new Exchange(busy.path("cell")).status()).isEqualTo("ok");
    }

    @Test
    void the_kernel_exits_when_the_process_that_started_it_is_killed() {
        // given a Python process that started a kernel, killed with SIGKILL
        JsonNode orphan = report.node("orphan");

        // then the kernel notices and exits within a few seconds
        assertThat(orphan.path("exited").asBoolean()).as(orphan.toPrettyString() + context("orphan")).isTrue();
        assertThat(orphan.path("seconds").asDouble()).isLessThan(5.0);
    }
}
