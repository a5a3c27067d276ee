package vnetlab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every real Jupyter client relies on, checked through Debian's jupyter_client against our kernel.
 *
 * <p>The driver (tests/src/test/python/kernel_driver.py) runs once per subclass, against a kernelspec whose argv
 * launches the subclass's {@code java}; each test then reads one part of its report.
 *
 * <pre>{@code
 * class KernelOnJdk25Test extends KernelProtocolContract {
 *     Path java() { return Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"); }
 * }
 * }</pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KernelProtocolContract {
    /** Stack frames a learner must never see: ours, JShell's, the base kernel's and reflection's. */
    private static final Pattern INTERNAL_FRAME = Pattern.compile(
            "at (vnetlab\\.kernel\\.|jdk\\.jshell\\.|jdk\\.internal\\.|io\\.github\\.spencerpark\\.|java\\.lang\\.reflect\\.|"
                    + "java\\.base/jdk\\.internal|REPL\\.\\$JShell\\$\\d+\\$\\.do_it\\$Aux)");
    /** SGR colours unreadable on one of the themes: black or white text (30, 37, 90, 97) and any background. */
    private static final Pattern THEME_BOUND_COLOUR = Pattern.compile("\u001B\\[([0-9;]*)m");

    DriverReport report;

    /** The java launcher the kernelspec under test uses. */
    abstract Path java();

    /** The kernelspec's name for this run (distinct per JDK, so a failure names the JDK). */
    abstract String kernelName();

    /** Variables for Jupyter and the kernel it launches, beyond the inherited ones (a null value removes one). */
    Map<String, String> environment() {
        return Map.of();
    }

    /** Why this JDK cannot be tested here, or empty when it can; each test then reports itself skipped with it. */
    java.util.Optional<String> unavailable() {
        return java.util.Optional.empty();
    }

    @BeforeAll
    void driveTheKernelThroughJupyterClient() {
        if (unavailable().isEmpty()) {
            report = DriverReport.drive(java(), kernelName(), environment(), null);
        }
    }

    @org.junit.jupiter.api.BeforeEach
    void skipWhereTheJdkIsMissing() {
        org.junit.jupiter.api.Assumptions.assumeTrue(unavailable().isEmpty(), () -> unavailable().orElse(""));
    }

    // ---- kernel_info ---------------------------------------------------------------------------------------------

    @Test
    void kernel_info_names_our_implementation_and_version() {
        // given the kernel answered kernel_info
        Exchange info = report.exchange("kernel_info");

        // then
        assertThat(info.replied()).as(report.context("kernel_info")).isTrue();
        assertThat(info.reply().path("implementation").asText()).as(info.describe()).isEqualTo("vnetlab");
        assertThat(info.reply().path("implementation_version").asText()).as(info.describe())
                .isEqualTo(Jupyter.projectVersion());
        assertThat(info.reply().path("protocol_version").asText()).as(info.describe()).startsWith("5.");
    }

    @Test
    void kernel_info_describes_java_for_editors_and_nbconvert() {
        // given
        JsonNode language = report.node("kernel_info", "reply", "language_info");

        // then
        assertThat(language.path("name").asText()).as(language.toPrettyString()).isEqualTo("java");
        assertThat(language.path("file_extension").asText()).as(language.toPrettyString()).isEqualTo(".jshell");
        assertThat(language.path("mimetype").asText()).as(language.toPrettyString()).isEqualTo("text/x-java");
        assertThat(language.path("codemirror_mode").asText()).as(language.toPrettyString()).isEqualTo("text/x-java");
        assertThat(language.path("version").asText()).as(language.toPrettyString()).isNotBlank();
    }

    @Test
    void kernel_info_offers_help_links_to_the_course() {
        // given
        JsonNode links = report.node("kernel_info", "reply", "help_links");

        // then
        assertThat(links.isArray() && links.size() > 0).as("help_links: " + links).isTrue();
        links.forEach(link -> {
            assertThat(link.path("text").asText()).as(link.toString()).isNotBlank();
            assertThat(link.path("url").asText()).as(link.toString()).matches("https?://.+|file:.+");
        });
    }

    @Test
    void every_request_is_wrapped_in_busy_then_idle_on_iopub() {
        // given every request whose reply the driver waited for, kernel_info and shutdown included
        JsonNode requests = report.node("statuses_by_request");

        // then
        assertThat(requests.size()).as(report.context("statuses_by_request")).isGreaterThan(20);
        List<String> wrong = new ArrayList<>();
        requests.forEach(r -> {
            List<String> states = new ArrayList<>();
            r.path("states").forEach(s -> states.add(s.asText()));
            if (!states.equals(List.of("busy", "idle"))) {
                wrong.add(r.path("reply").asText() + " published " + states);
            }
        });
        assertThat(wrong).as("requests without exactly busy, idle on iopub").isEmpty();
    }

    // ---- execute -------------------------------------------------------------------------------------------------

    @Test
    void a_variable_defined_in_one_cell_is_used_in_the_next() {
        // given int x = 41; then x + 1
        Exchange define = report.exchange("execute", "define");
        Exchange use = report.exchange("execute", "use");

        // then
        assertThat(define.status()).as(define.describe() + report.context("execute")).isEqualTo("ok");
        assertThat(use.status()).as(use.describe()).isEqualTo("ok");
        assertThat(use.result()).as(use.describe()).hasValue("42");
        assertThat(use.reply().path("execution_count").asInt())
                .as("execution_count grows from cell to cell")
                .isGreaterThan(define.reply().path("execution_count").asInt());
    }

    @Test
    void a_cell_with_several_statements_shows_the_value_of_the_last_expression() {
        // given int a = 20; int b = 22; a + b
        Exchange several = report.exchange("execute", "several");

        // then
        assertThat(several.status()).as(several.describe()).isEqualTo("ok");
        assertThat(several.result()).as(several.describe()).hasValue("42");
        assertThat(several.iopub("execute_result")).as("one result only").hasSize(1);
    }

    @Test
    void each_execute_request_is_echoed_as_execute_input() {
        // given
        Exchange use = report.exchange("execute", "use");

        // then
        assertThat(use.iopub("execute_input")).as(use.describe()).hasSize(1);
        assertThat(use.iopub("execute_input").get(0).path("code").asText()).isEqualTo("x + 1");
    }

    @Test
    void printed_lines_arrive_as_stdout_and_stderr_streams() {
        // given
        Exchange out = report.exchange("execute", "stdout");
        Exchange err = report.exchange("execute", "stderr");

        // then
        assertThat(out.stream("stdout")).as(out.describe()).isEqualTo("hello from vnetlab\n");
        assertThat(out.result()).as("println has no value to show").isEmpty();
        assertThat(err.stream("stderr")).as(err.describe()).contains("careful: stderr");
        assertThat(err.stream("stdout")).as(err.describe()).isEmpty();
    }

    @Test
    void display_shows_a_value_now_and_update_display_replaces_it_in_place() {
        // given String id = display("shown with display()"); id — then updateDisplay(id, "updated in place");
        Exchange display = report.exchange("display", "display");
        Exchange update = report.exchange("display", "update");

        // then
        assertThat(display.status()).as(display.describe() + report.context("display")).isEqualTo("ok");
        List<JsonNode> shown = display.iopub("display_data");
        assertThat(shown).as(display.describe()).hasSize(1);
        assertThat(shown.get(0).path("data").path("text/plain").asText()).contains("shown with display()");
        String id = shown.get(0).path("transient").path("display_id").asText();
        assertThat(id).as("display_data carries a display_id\n" + display.describe()).isNotBlank();
        assertThat(display.result().map(DriverText::unquote)).as("display() returns the display id")
                .hasValue(id);

        assertThat(update.status()).as(update.describe()).isEqualTo("ok");
        List<JsonNode> updated = update.iopub("update_display_data");
        assertThat(updated).as(update.describe()).hasSize(1);
        assertThat(updated.get(0).path("transient").path("display_id").asText()).isEqualTo(id);
        assertThat(updated.get(0).path("data").path("text/plain").asText()).contains("updated in place");
    }

    // ---- text beyond ASCII and rich values ---------------------------------------------------------------------

    @Test
    void arrows_accents_and_emoji_survive_printing_results_and_errors() {
        // given cells that print, return and throw text with →, ü and 😀
        Exchange printed = report.exchange("unicode", "unicode_print");
        Exchange value = report.exchange("unicode", "unicode_value");
        Exchange compile = report.exchange("unicode", "unicode_error");
        Exchange thrown = report.exchange("unicode", "unicode_thrown");

        // then
        assertThat(printed.stream("stdout")).as(printed.describe() + report.context("unicode"))
                .isEqualTo("DNAT 192.168.1.2:2222 → 10.0.2.15:22 · grüße 😀\n");
        assertThat(value.result().map(DriverText::unquote)).as(value.describe())
                .hasValue("SNAT 10.0.2.15 → 192.168.1.2 😀");
        assertThat(compile.traceback()).as(compile.describe()).contains("String arrow = \"→ 😀\"; int broken = arrow;");
        assertThat(thrown.evalue()).as(thrown.describe()).isEqualTo("no route → 10.0.0.9 😀");
        assertThat(thrown.traceback()).as(thrown.describe()).contains("no route → 10.0.0.9 😀");
    }

    @Test
    void a_record_shows_as_an_html_table_beside_its_text() {
        // given record Hop(String where, String what) {} and new Hop("laptop", "SNAT → 192.168.1.2")
        Exchange record = report.exchange("rich", "rich_record");

        // then
        assertThat(record.status()).as(record.describe() + report.context("rich")).isEqualTo("ok");
        assertThat(record.resultData().path("text/plain").asText()).as(record.describe()).contains("laptop");
        assertThat(record.resultData().path("text/html").asText()).as(record.describe())
                .contains("<table").contains("laptop").contains("SNAT → 192.168.1.2");
    }

    @Test
    void an_svg_document_shows_as_a_picture_with_a_text_fallback() {
        // given a String holding an SVG document, as Graphviz returns it
        Exchange svg = report.exchange("rich", "rich_svg");

        // then
        assertThat(svg.status()).as(svg.describe() + report.context("rich")).isEqualTo("ok");
        assertThat(svg.resultData().path("image/svg+xml").asText()).as(svg.describe()).startsWith("<svg");
        assertThat(svg.resultData().path("text/plain").asText()).as(svg.describe()).isNotBlank();
    }

    // ---- errors --------------------------------------------------------------------------------------------------

    @Test
    void a_compile_error_shows_the_cell_line_the_marked_span_and_the_message_in_one_short_block() {
        // given int y = "not a number";
        Exchange error = report.exchange("errors", "compile_error");

        // then
        assertThat(error.status()).as(error.describe() + report.context("errors")).isEqualTo("error");
        String traceback = error.traceback();
        assertThat(traceback).as(error.describe())
                .contains("int y = \"not a number\";")
                .contains("incompatible types")
                .containsPattern("\\^+");
        assertThat(markedSpan(traceback, "int y = \"not a number\";")).as(traceback)
                .isEqualTo("\"not a number\"");
        assertThat(error.tracebackLines()).as(traceback).hasSizeLessThanOrEqualTo(6);
        assertThat(traceback).as(traceback).doesNotContainPattern(INTERNAL_FRAME);
    }

    @Test
    void an_exception_from_the_learners_code_shows_no_frames_of_the_kernel_or_jshell() {
        // given Integer.parseInt("forty-two")
        Exchange error = report.exchange("errors", "learner_exception");

        // then
        assertThat(error.status()).as(error.describe()).isEqualTo("error");
        assertThat(error.ename()).as(error.describe()).contains("NumberFormatException");
        assertThat(error.evalue()).as(error.describe()).contains("forty-two");
        assertThat(error.traceback()).as(error.traceback()).doesNotContainPattern(INTERNAL_FRAME);
        assertThat(error.tracebackLines()).as(error.traceback()).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void a_thrown_message_reaches_the_learner_word_for_word() {
        // given throw new IllegalArgumentException("192.168.2.5 is not in home (192.168.1.0/24)");
        Exchange error = report.exchange("errors", "thrown_message");

        // then
        assertThat(error.status()).as(error.describe()).isEqualTo("error");
        assertThat(error.evalue()).as(error.describe()).isEqualTo("192.168.2.5 is not in home (192.168.1.0/24)");
        assertThat(error.traceback()).as(error.describe()).contains("192.168.2.5 is not in home (192.168.1.0/24)")
                .doesNotContainPattern(INTERNAL_FRAME);
    }

    @Test
    void errors_leave_earlier_state_in_place() {
        // given x was defined before three failing cells
        Exchange after = report.exchange("errors", "after_error");

        // then
        assertThat(after.result()).as(after.describe()).hasValue("41");
    }

    @Test
    void error_colours_are_readable_on_light_and_dark_themes() {
        // given the tracebacks of every error the driver caused
        List<String> lines = new ArrayList<>();
        for (String name : List.of("compile_error", "learner_exception", "thrown_message")) {
            lines.addAll(report.exchange("errors", name).tracebackLines());
        }

        // then no black or white foreground and no background colour
        List<String> unreadable = new ArrayList<>();
        for (String line : lines) {
            Matcher sgr = THEME_BOUND_COLOUR.matcher(line);
            while (sgr.find()) {
                for (String code : sgr.group(1).split(";")) {
                    if (code.matches("30|37|90|97|4[0-7]|10[0-7]")) {
                        unreadable.add(code + " in " + Exchange.plain(line));
                    }
                }
            }
        }
        assertThat(unreadable).isEmpty();
    }

    // ---- complete, inspect, is_complete --------------------------------------------------------------------------

    @Test
    void completion_offers_jdk_classes_methods_and_the_learners_own_variables() {
        for (Exchange completion : report.exchanges("complete")) {
            // given
            String code = completion.json().path("code").asText();
            String wanted = completion.json().path("want").asText();

            // then
            assertThat(completion.status()).as(completion.describe() + report.context("complete")).isEqualTo("ok");
            List<String> matches = new ArrayList<>();
            completion.reply().path("matches").forEach(m -> matches.add(m.asText()));
            assertThat(matches).as("completions of " + code + "\n" + completion.describe())
                    .anySatisfy(m -> assertThat(m).startsWith(wanted));
            // Jupyter counts cursor positions in code points, not Java chars
            int codePoints = code.codePointCount(0, code.length());
            assertThat(completion.reply().path("cursor_end").asInt()).as(completion.describe())
                    .isEqualTo(codePoints);
            int start = completion.reply().path("cursor_start").asInt();
            assertThat(start).as(completion.describe()).isBetween(0, codePoints);
            String replaced = code.substring(code.offsetByCodePoints(0, start));
            assertThat(wanted).as("the replaced text is a prefix of the completion").startsWith(replaced);
        }
    }

    @Test
    void inspect_shows_the_signature_of_a_jdk_method_after_its_parenthesis() {
        // given Math.max(1, 2) with the cursor after "Math.max("
        Exchange inspect = inspected("jdk method, cursor after (");

        // then
        assertThat(inspect.status()).as(inspect.describe() + report.context("inspect")).isEqualTo("ok");
        assertThat(inspect.reply().path("found").asBoolean()).as(inspect.describe()).isTrue();
        assertThat(Exchange.plain(inspect.reply().path("data").path("text/plain").asText()))
                .as(inspect.describe()).contains("max(int");
    }

    @Test
    void inspect_works_with_the_cursor_on_or_right_after_a_name_as_shift_tab_sends_it() {
        for (String name : List.of("jdk method, cursor after the name", "jdk method, cursor in the name",
                "our helper, cursor after the name")) {
            // given
            Exchange inspect = inspected(name);

            // then
            assertThat(inspect.reply().path("found").asBoolean()).as(name + "\n" + inspect.describe()).isTrue();
        }
    }

    @Test
    void inspect_shows_our_own_javadoc_beside_the_signature() {
        // given display("x") with the cursor after "display(": a helper the kernel imports into every session
        Exchange inspect = inspected("our helper, cursor after (");

        // then
        assertThat(inspect.reply().path("found").asBoolean()).as(inspect.describe() + report.context("inspect"))
                .isTrue();
        String text = Exchange.plain(inspect.reply().path("data").path("text/plain").asText());
        assertThat(text).as(inspect.describe()).contains("display(Object").contains("display id");
    }

    private Exchange inspected(String name) {
        return report.exchanges("inspect").stream().filter(e -> e.json().path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("the driver did not inspect " + name
                        + "\n" + report.context("inspect")));
    }

    @Test
    void is_complete_tells_finished_code_from_an_open_block_with_an_indent() {
        // given
        List<Exchange> answers = report.exchanges("is_complete");

        // then
        assertThat(answers).as(report.context("is_complete")).hasSize(4);
        assertThat(answers.get(0).status()).as(answers.get(0).describe()).isEqualTo("complete");
        assertThat(answers.get(1).status()).as(answers.get(1).describe()).isEqualTo("complete");
        assertThat(answers.get(2).status()).as(answers.get(2).describe()).isEqualTo("incomplete");
        assertThat(answers.get(2).reply().path("indent").asText()).as(answers.get(2).describe())
                .isNotEmpty().isBlank();
        assertThat(answers.get(3).status()).as(answers.get(3).describe()).isEqualTo("incomplete");
    }

    // ---- interrupt -----------------------------------------------------------------------------------------------

    @Test
    void interrupt_stops_an_infinite_loop_within_two_seconds_and_keeps_the_state() {
        // given while (true) {} ran for a second, then interrupt_request on the control channel
        Exchange loop = report.exchange("interrupt", "loop");
        Exchange after = report.exchange("interrupt", "state_after_loop");

        // then
        assertThat(loop.json().path("running_before_interrupt").asBoolean())
                .as("the loop was still running when interrupted\n" + loop.describe() + report.context("interrupt"))
                .isTrue();
        assertThat(loop.replied()).as(loop.describe() + report.context("interrupt")).isTrue();
        assertThat(loop.seconds()).as("seconds from interrupt_request to execute_reply").isLessThanOrEqualTo(2.0);
        assertThat(loop.status()).as(loop.describe()).isIn("error", "aborted");
        assertThat(loop.json().path("interrupt_reply_type").asText()).as(loop.describe())
                .isEqualTo("interrupt_reply");
        assertThat(after.result()).as("x survives the interrupt\n" + after.describe()).hasValue("41");
    }

    @Test
    void a_second_interrupt_stops_a_sleeping_cell_too() {
        // given Thread.sleep(600_000) after the first interrupt
        Exchange sleep = report.exchange("interrupt", "sleep");
        Exchange after = report.exchange("interrupt", "state_after_sleep");

        // then
        assertThat(sleep.replied()).as(sleep.describe() + report.context("interrupt")).isTrue();
        assertThat(sleep.seconds()).as("seconds from interrupt_request to execute_reply").isLessThanOrEqualTo(2.0);
        assertThat(after.result()).as(after.describe()).hasValue("41");
    }

    // ---- how notebooks use a kernel --------------------------------------------------------------------------

    @Test
    void run_all_aborts_the_cells_queued_after_an_error() {
        // given three cells sent at once, as Run All does; the first sleeps, then fails
        List<Exchange> cells = report.exchanges("notebook_habits", "run_all");
        Exchange after = report.exchange("notebook_habits", "after_run_all");

        // then
        assertThat(cells).as(report.context("notebook_habits")).hasSize(3);
        assertThat(cells.stream().map(Exchange::status).toList()).as(cells.get(1).describe())
                .containsExactly("error", "aborted", "aborted");
        assertThat(after.result()).as("the next cell runs normally\n" + after.describe()).hasValue("2");
    }

    @Test
    void empty_and_comment_only_cells_run_quietly() {
        for (String name : List.of("empty", "comment_only")) {
            // given
            Exchange cell = report.exchange("notebook_habits", name);

            // then
            assertThat(cell.status()).as(name + "\n" + cell.describe() + report.context("notebook_habits"))
                    .isEqualTo("ok");
            assertThat(cell.result()).as(cell.describe()).isEmpty();
            assertThat(cell.iopub("error")).as(cell.describe()).isEmpty();
        }
    }

    @Test
    void twenty_thousand_printed_lines_all_arrive_in_a_few_messages() {
        // given a loop printing 20 000 lines
        JsonNode flood = report.node("notebook_habits", "flood");

        // then every line arrives, batched rather than one message per line (which would freeze the browser)
        assertThat(flood.path("has_last").asBoolean()).as(flood.toPrettyString() + report.context("notebook_habits"))
                .isTrue();
        assertThat(flood.path("lines").asInt()).as(flood.toPrettyString()).isEqualTo(20_000);
        assertThat(flood.path("stream_messages").asInt()).as(flood.toPrettyString()).isLessThanOrEqualTo(200);
    }

    @Test
    void printed_lines_and_displays_keep_the_order_the_cell_made_them_in() {
        // given println("before"); display("middle"); println("after");
        JsonNode order = report.node("notebook_habits", "order");

        // then
        assertThat(order.toString()).as(report.node("notebook_habits", "ordered").toPrettyString())
                .isEqualTo("[\"stream:before\",\"display_data:\",\"stream:after\"]");
    }

    @Test
    void a_silent_execute_publishes_nothing_and_does_not_count() {
        // given 1 + 1, then int quiet = 7; with silent=true, then 1 + 1
        Exchange before = report.exchange("notebook_habits", "before_quiet");
        Exchange quiet = report.exchange("notebook_habits", "quiet");
        Exchange after = report.exchange("notebook_habits", "after_quiet");

        // then
        assertThat(quiet.status()).as(quiet.describe() + report.context("notebook_habits")).isEqualTo("ok");
        assertThat(quiet.iopub("execute_input")).as(quiet.describe()).isEmpty();
        assertThat(after.reply().path("execution_count").asInt()).as(after.describe())
                .isEqualTo(before.reply().path("execution_count").asInt() + 1);
    }

    @Test
    void comm_info_and_history_requests_are_answered_as_jupyterlab_and_the_console_send_them() {
        // given
        Exchange commInfo = report.exchange("notebook_habits", "comm_info");
        Exchange history = report.exchange("notebook_habits", "history");

        // then
        assertThat(commInfo.json().path("reply_type").asText()).as(commInfo.describe()
                + report.context("notebook_habits")).isEqualTo("comm_info_reply");
        assertThat(commInfo.status()).isEqualTo("ok");
        assertThat(commInfo.reply().path("comms").isObject()).as(commInfo.describe()).isTrue();
        assertThat(history.json().path("reply_type").asText()).as(history.describe()).isEqualTo("history_reply");
        assertThat(history.status()).isEqualTo("ok");
    }

    @Test
    void restart_starts_a_fresh_kernel_that_has_forgotten_everything() {
        // given x defined, then Kernel > Restart
        JsonNode restart = report.node("restart");
        Exchange next = new Exchange(restart.path("next_cell"));
        Exchange state = new Exchange(restart.path("state_after"));

        // then
        assertThat(restart.path("new_process").asBoolean()).as(restart.toPrettyString() + report.context("restart"))
                .isTrue();
        assertThat(next.result()).as(next.describe()).hasValue("2");
        assertThat(state.status()).as("x is gone after a restart\n" + state.describe()).isEqualTo("error");
    }

    // ---- hygiene -------------------------------------------------------------------------------------------------

    @Test
    void output_printed_by_a_background_thread_after_its_cell_ended_is_not_lost() {
        // given a thread that prints 0.4 s after its cell finished
        JsonNode late = report.node("late_output", "late_streams");

        // then
        assertThat(late.size()).as("stream messages carrying the late line\n" + report.node("late_output")
                .toPrettyString() + report.context("late_output")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void messages_with_a_bad_or_missing_signature_are_ignored_and_the_kernel_stays_up() {
        for (String probe : List.of("bad_signature", "no_signature")) {
            // given
            JsonNode result = report.node("hostile", probe);

            // then
            assertThat(result.path("answered_the_bad_message").asBoolean()).as(probe + ": " + result
                    + report.context("hostile")).isFalse();
            assertThat(result.path("kernel_info_after").asBoolean()).as(probe + ": " + result).isTrue();
        }
        Exchange hacked = report.exchange("hostile", "hacked_probe");
        assertThat(hacked.status()).as("the unsigned cell must not have run\n" + hacked.describe())
                .isEqualTo("error");
    }

    @Test
    void malformed_frames_and_unknown_message_types_do_not_kill_the_kernel() {
        for (String probe : List.of("too_few_frames", "not_json", "unknown_type")) {
            // given
            JsonNode result = report.node("hostile", probe);

            // then
            assertThat(result.path("alive_after").asBoolean()).as(probe + ": " + result + report.context("hostile"))
                    .isTrue();
            assertThat(result.path("kernel_info_after").asBoolean()).as(probe + ": " + result).isTrue();
        }
    }

    @Test
    void system_exit_does_not_silently_kill_the_kernel() {
        // given System.exit(0); in a cell
        JsonNode exit = report.node("system_exit");
        Exchange cell = new Exchange(exit.path("cell"));
        Exchange next = new Exchange(exit.path("next_cell"));
        Exchange state = new Exchange(exit.path("state_after"));

        // then the kernel answers, says what happened, and runs the next cell
        assertThat(exit.path("alive_after").asBoolean()).as(exit.toPrettyString() + report.context("system_exit"))
                .isTrue();
        assertThat(cell.replied()).as(cell.describe()).isTrue();
        assertThat(cell.visibleText()).as(cell.describe()).containsIgnoringCase("System.exit");
        assertThat(next.result()).as(next.describe()).hasValue("2");
        if (!state.result().equals(Optional.of("41"))) {
            assertThat(cell.visibleText()).as("state was lost, so the cell must say so\n" + cell.describe())
                    .containsIgnoringCase("lost");
        }
    }

    @Test
    void no_reply_arrives_that_nobody_asked_for() {
        assertThat(report.node("shell_strays").size()).as(report.node("shell_strays").toPrettyString()).isZero();
    }

    @Test
    void shutdown_is_answered_on_control_and_the_process_exits() {
        // given
        Exchange shutdown = report.exchange("shutdown");

        // then
        assertThat(shutdown.replied()).as(shutdown.describe() + report.context("shutdown")).isTrue();
        assertThat(shutdown.json().path("reply_type").asText()).isEqualTo("shutdown_reply");
        assertThat(shutdown.reply().path("restart").asBoolean(true)).isFalse();
        assertThat(shutdown.json().path("exited").asBoolean()).as(shutdown.describe()).isTrue();
        assertThat(shutdown.json().path("exit_seconds").asDouble()).as(shutdown.describe()).isLessThan(5.0);
    }

    /** The text under the caret line that follows {@code line} in a traceback, or "" when there is none. */
    static String markedSpan(String traceback, String line) {
        String[] lines = traceback.split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            int at = lines[i].indexOf(line);
            if (at >= 0 && lines[i + 1].contains("^")) {
                String marks = lines[i + 1];
                int from = marks.indexOf('^');
                int to = marks.lastIndexOf('^') + 1;
                if (from < at || to > lines[i].length()) {
                    return "";
                }
                return lines[i].substring(from, to);
            }
        }
        return "";
    }
}
