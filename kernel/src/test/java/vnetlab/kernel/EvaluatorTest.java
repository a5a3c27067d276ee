package vnetlab.kernel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluatorTest {
    private static Evaluator evaluator;

    @BeforeAll
    static void startJShell() {
        evaluator = new Evaluator(List.of("import vnetlab.kernel.*;", "import static vnetlab.kernel.Display.*;"));
    }

    @AfterAll
    static void stopJShell() {
        evaluator.close();
    }

    private static Object value(String cell) {
        Evaluator.Result result = evaluator.eval(cell, v -> { });
        assertThat(result).isInstanceOf(Evaluator.Result.Shown.class);
        return ((Evaluator.Result.Shown) result).value();
    }

    private static CellError error(String cell) {
        Evaluator.Result result = evaluator.eval(cell, v -> { });
        assertThat(result).isInstanceOf(Evaluator.Result.Failed.class);
        return ((Evaluator.Result.Failed) result).error();
    }

    @Test
    void the_last_expression_of_a_cell_is_its_value() {
        // given a cell of one expression
        // when it runs
        Object value = value("1 + 1");
        // then its value is the object itself
        assertThat(value).isEqualTo(2);
    }

    @Test
    void state_carries_across_cells() {
        // given a variable defined in one cell
        evaluator.eval("int carried = 40;", v -> { });
        // when another cell uses it
        Object value = value("carried + 2");
        // then it is still there
        assertThat(value).isEqualTo(42);
    }

    @Test
    void a_cell_may_hold_several_statements_and_shows_the_last_value() {
        // given several statements on several lines
        String cell = "var a = 20;\nvar b = 22;\nint sum = a + b;\nsum";
        // when the cell runs
        Object value = value(cell);
        // then the last expression is the result
        assertThat(value).isEqualTo(42);
    }

    @Test
    void expressions_on_earlier_lines_without_semicolon_are_shown_too() {
        // given three expressions on three lines, the second silenced by its semicolon
        List<Object> shown = new ArrayList<>();
        // when the cell runs
        Evaluator.Result result = evaluator.eval("\"first\"\n\"silent\";\n\"last\"", shown::add);
        // then the first is displayed on the way and the last is the result
        assertThat(shown).containsExactly("first");
        assertThat(result).isEqualTo(new Evaluator.Result.Shown("last"));
    }

    @Test
    void a_last_expression_ended_with_a_semicolon_shows_nothing_as_chapter_0_teaches() {
        // when
        Evaluator.Result result = evaluator.eval("var parts = new java.util.ArrayList<String>();\nparts.add(\"rule\");", x -> { });
        // then it ran, and the cell shows nothing
        assertThat(result).isEqualTo(new Evaluator.Result.Silent());
        assertThat(value("parts")).isEqualTo(List.of("rule"));
    }

    @Test
    void a_fluent_chain_continued_on_the_next_line_is_one_snippet() {
        // given a call chain broken before its dots
        String cell = "new StringBuilder(\"a\")\n    .append(\"b\")\n    .append(\"c\")\n    .toString()";
        // when it runs
        Object value = value(cell);
        // then it ran as one expression
        assertThat(value).isEqualTo("abc");
    }

    @Test
    void a_void_call_and_a_lambda_still_run_as_written() {
        // given cells the fast expression form cannot compile
        List<Object> shown = new ArrayList<>();
        // when they run
        Evaluator.Result voidCall = evaluator.eval("Thread.yield()", shown::add);
        Evaluator.Result lambda = evaluator.eval("Runnable r = () -> { };\nr.run()", shown::add);
        // then they run as JShell would, showing nothing
        assertThat(voidCall).isEqualTo(new Evaluator.Result.Silent());
        assertThat(lambda).isEqualTo(new Evaluator.Result.Silent());
        assertThat(shown).isEmpty();
    }

    @Test
    void an_expression_runs_once() {
        // given a counter
        evaluator.eval("int[] counted = {0};", v -> { });
        // when an expression with a side effect runs
        Object value = value("++counted[0]");
        // then it ran exactly once
        assertThat(value).isEqualTo(1);
        assertThat(value("counted[0]")).isEqualTo(1);
    }

    @Test
    void a_declaration_shows_nothing() {
        // given a declaration
        // when it runs
        Evaluator.Result result = evaluator.eval("var silentOne = 5;", v -> { });
        // then nothing is shown
        assertThat(result).isEqualTo(new Evaluator.Result.Silent());
    }

    @Test
    void objects_built_in_cells_are_the_kernels_own_classes() {
        // given a kernel class used in a cell
        // when the cell returns an instance
        Object lamp = value("Lamp.named(\"desk\")");
        // then it is an instance of the very class the renderers see
        assertThat(lamp).isInstanceOf(Lamp.class);
    }

    @Test
    void a_compile_error_marks_the_span_in_the_cell_line() {
        // given a cell with a type error on its second line
        String cell = "int fine = 1;\nint wrong = \"text\";";
        // when it runs
        CellError error = error(cell);
        // then the line is shown with the bad span marked, then the compiler's message
        assertThat(error.name()).isEqualTo("CompilationError");
        assertThat(error.plainText()).isEqualTo(
                "cell line 2: int wrong = \"text\";\n"
                        + "                         ^^^^^^\n"
                        + "error: this needs a number here; you passed a String \"text\"\n"
                        + "javac: incompatible types: java.lang.String cannot be converted to int");
    }

    @Test
    void an_unknown_name_says_which_symbol_is_missing() {
        // given a typo
        // when it runs
        CellError error = error("lampp.brightness()");
        // then the message names the missing variable on one line, and javac's words follow
        assertThat(error.value()).startsWith("lampp does not exist yet: run the cell that creates it");
        assertThat(error.plainText()).contains("javac: cannot find symbol", "symbol:   variable lampp");
    }

    @Test
    void an_exception_from_our_code_shows_only_its_message_and_the_cell_line() {
        // given a DSL-like call that rejects its argument on the second line
        String cell = "var desk = Lamp.named(\"desk\");\ndesk.brightness(120)";
        // when it runs
        CellError error = error(cell);
        // then no exception class and no stack frame is shown
        assertThat(error.plainText()).isEqualTo(
                "cell line 2: desk.brightness(120)\n"
                        + "brightness 120 is outside 0..100; use a percentage");
    }

    @Test
    void other_exceptions_show_only_the_learners_frames() {
        // given a learner method that divides by zero, called from the next line
        String cell = "int half(int x) {\n    return x / 0;\n}\nhalf(4)";
        // when it runs
        CellError error = error(cell);
        // then the class and message come first, then the learner's frames only
        assertThat(error.plainText()).isEqualTo(
                "java.lang.ArithmeticException: / by zero\n"
                        + "    at half (cell line 2: return x / 0;)\n"
                        + "    at (cell line 4: half(4))");
    }

    @Test
    void an_infinite_loop_is_interrupted_within_two_seconds_and_state_survives() throws Exception {
        // given a variable and a cell that never ends
        evaluator.eval("int survivor = 7;", v -> { });
        CompletableFuture<Evaluator.Result> running = CompletableFuture.supplyAsync(
                () -> evaluator.eval("while (true) {}", v -> { }));
        Thread.sleep(300);
        // when the notebook interrupts
        evaluator.interrupt();
        Evaluator.Result result = running.get(2, TimeUnit.SECONDS);
        // then the cell stops with a clear error and the variable is still there
        assertThat(((Evaluator.Result.Failed) result).error().name()).isEqualTo("Interrupted");
        assertThat(value("survivor")).isEqualTo(7);
    }

    @Test
    void a_sleeping_cell_is_interrupted_too() throws Exception {
        // given a cell blocked in sleep
        CompletableFuture<Evaluator.Result> running = CompletableFuture.supplyAsync(
                () -> evaluator.eval("Thread.sleep(60_000);", v -> { }));
        Thread.sleep(300);
        // when the notebook interrupts
        evaluator.interrupt();
        Evaluator.Result result = running.get(2, TimeUnit.SECONDS);
        // then it stops
        assertThat(result).isInstanceOf(Evaluator.Result.Failed.class);
    }

    @Test
    void system_exit_is_refused_with_a_clear_message_and_the_kernel_keeps_its_state() {
        // given state
        evaluator.eval("int kept = 3;", v -> { });
        // when a cell calls System.exit
        CellError error = error("System.exit(0)");
        // then the call is refused, naming the way to restart, and the state is still there
        assertThat(error.plainText()).isEqualTo("cell line 1: System.exit(0)\n"
                + "System.exit(0) would stop the kernel and lose every object built so far, so the kernel"
                + " refused it; to start afresh, use Kernel > Restart in Jupyter.");
        assertThat(value("kept")).isEqualTo(3);
    }

    @Test
    void runtime_halt_is_refused_as_well() {
        // given a cell that halts the JVM
        // when it runs
        CellError error = error("Runtime.getRuntime().halt(1)");
        // then it is refused
        assertThat(error.name()).isEqualTo("ExitRefused");
        assertThat(error.value()).startsWith("Runtime.halt(1) would stop the kernel");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "java.util.function.IntConsumer quit = System::exit;\nquit.accept(3);",
            "java.lang.invoke.MethodHandles.lookup().findStatic(System.class, \"exit\","
                    + " java.lang.invoke.MethodType.methodType(void.class, int.class)).invoke(4);",
            "System.class.getMethod(\"exit\", int.class).invoke(null, 5);",
            "java.util.function.IntConsumer halt = Runtime.getRuntime()::halt;\nhalt.accept(6);",
    })
    void exit_in_disguise_is_refused_as_well(String cell) {
        // given an exit through a method reference, a method handle or reflection
        // when it runs
        CellError error = error(cell);
        // then it is refused and the JVM lives on to say so
        assertThat(error.name()).isEqualTo("ExitRefused");
        assertThat(error.value()).contains("would stop the kernel");
    }

    @Test
    void endless_recursion_fails_in_one_line_naming_the_method() {
        // given a method without a base case
        evaluator.eval("int down(int n) { return down(n + 1) + 1; }", v -> { });
        // when called (on a thread with the kernel's cell stack)
        CompletableFuture<CellError> failed = new CompletableFuture<>();
        Thread cells = new Thread(null, () -> failed.complete(error("down(0)")), "cells", Kernel.CELL_STACK_BYTES);
        cells.start();
        // then
        CellError error = failed.join();
        assertThat(error.name()).isEqualTo("StackOverflowError");
        assertThat(error.plainText()).startsWith("StackOverflowError: the cell ran out of stack: probably endless"
                + " recursion in down()");
    }

    @Test
    void an_interrupt_while_idle_does_not_reach_a_background_thread_of_the_learner() throws Exception {
        // given a background thread in a loop of learner code
        evaluator.eval("var ticks = new java.util.concurrent.atomic.AtomicLong();\n"
                + "var ticker = new Thread(() -> { while (!Thread.currentThread().isInterrupted()) ticks.incrementAndGet(); });\n"
                + "ticker.setDaemon(true);\nticker.start();", v -> { });
        // when the notebook interrupts while no cell runs
        boolean running = evaluator.interrupt();
        Thread.sleep(200);
        // then nothing was running and the thread lives
        assertThat(running).isFalse();
        assertThat(value("ticker.isAlive()")).isEqualTo(true);
        evaluator.eval("ticker.interrupt();", v -> { });
    }
}
