package vnetlab.kernel;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import vnetlab.kernel.exec.KernelExecutionControl;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Evaluates notebook cells as Java through an in-process JShell whose state carries across cells.
 *
 * <p>A cell may hold several snippets. The value of its last expression is the cell's result; an expression on
 * an earlier line is shown too unless the learner ended it with a semicolon (so a cell of three
 * {@code lab.trace(...)} lines shows three traces, and {@code vbox.forward(2222, dev, 22);} shows nothing).
 *
 * <pre>{@code
 * var evaluator = new Evaluator(StartupImports.LIST);
 * evaluator.eval("var x = 20;\nx + 22", shown -> {})   // Result.Shown(42)
 * }</pre>
 */
public final class Evaluator implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Evaluator.class.getName());

    private final KernelExecutionControl control = new KernelExecutionControl();
    private final JShell shell;
    private final SourceCodeAnalysis analysis;
    private final CellSplitter splitter;
    /** Variables whose declaring cell threw, so they hold null (see {@link LearnerWords#nullVariable}). */
    private final java.util.Set<String> unset = new java.util.HashSet<>();
    /** Where each snippet came from, for error lines; the oldest are forgotten past {@link #ORIGINS_KEPT}. */
    private final Map<String, CellErrors.Origin> origins = new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CellErrors.Origin> eldest) {
            return size() > ORIGINS_KEPT;
        }
    };
    private static final int ORIGINS_KEPT = 2000;
    private long fastForms;

    /** The outcome of a cell. */
    public sealed interface Result {
        /** The cell's last expression produced this value. */
        record Shown(Object value) implements Result {
        }

        /** The cell ran and has nothing to show (a declaration, a statement, a {@code null}). */
        record Silent() implements Result {
        }

        /** The cell failed; the error is formatted for the notebook. */
        record Failed(CellError error) implements Result {
        }
    }

    /**
     * Starts JShell in this JVM and evaluates the startup imports; an import that fails is logged, not fatal.
     */
    public Evaluator(List<String> startupImports) {
        this.shell = JShell.builder()
                .executionEngine(control.provider(), Map.of())
                .compilerOptions("-parameters")
                .build();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
        this.analysis = shell.sourceCodeAnalysis();
        this.splitter = new CellSplitter(analysis);
        for (String line : startupImports) {
            List<SnippetEvent> events = shell.eval(line);
            boolean ok = !events.isEmpty() && events.stream().allMatch(e -> e.status().isDefined());
            if (!ok) {
                LOG.warning(() -> "startup import failed: " + line + " (" + describe(events) + ")");
            }
        }
    }

    private String describe(List<SnippetEvent> events) {
        List<String> messages = new ArrayList<>();
        for (SnippetEvent e : events) {
            shell.diagnostics(e.snippet()).forEach(d -> messages.add(d.getMessage(null)));
        }
        return String.join("; ", messages);
    }

    /**
     * Starts an evaluator on a thread of its own and warms it up, so that the kernel answers kernel_info meanwhile.
     */
    public static java.util.concurrent.CompletableFuture<Evaluator> start(List<String> startupImports) {
        java.util.concurrent.CompletableFuture<Evaluator> ready = new java.util.concurrent.CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                long t0 = System.nanoTime();
                Evaluator evaluator = new Evaluator(startupImports);
                long t1 = System.nanoTime();
                evaluator.warmUp();
                ready.complete(evaluator);
                LOG.info(() -> "Java engine ready " + (System.nanoTime() - t0) / 1_000_000 + " ms after its start ("
                        + (t1 - t0) / 1_000_000 + " ms JShell and imports); JVM up for "
                        + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
            } catch (RuntimeException | Error e) {
                ready.completeExceptionally(e);
            }
        }, "vnetlab-start");
        starter.setDaemon(true);
        starter.start();
        return ready;
    }

    /** Compiles and runs a throw-away snippet so that the first real cell is fast. */
    public void warmUp() {
        eval("String.valueOf(1 + 1).length()", value -> { }); // the cell path, fast form included
        analysis.analyzeCompletion("int warm = 1;");
        analysis.completionSuggestions("String.val", 10, new int[1]);
    }

    /**
     * Runs a cell.
     *
     * @param cell  the cell's source
     * @param shown receives the values of earlier expressions that are to be shown (not the last one)
     */
    public Result eval(String cell, Consumer<Object> shown) {
        control.beginCell();
        try {
            return evalPieces(cell, shown);
        } finally {
            control.endCell();
        }
    }

    private Result evalPieces(String cell, Consumer<Object> shown) {
        List<CellSplitter.Piece> pieces = splitter.split(cell);
        Result result = new Result.Silent();
        for (int i = 0; i < pieces.size(); i++) {
            CellSplitter.Piece piece = pieces.get(i);
            boolean last = i == pieces.size() - 1;
            Optional<List<SnippetEvent>> fast = evalFast(piece.source());
            List<SnippetEvent> events = fast.orElseGet(() -> shell.eval(piece.source()));
            if (control.interrupted()) {
                return new Result.Failed(CellErrors.interrupted());
            }
            Optional<CellError> failure = failure(cell, piece, events);
            if (failure.isPresent()) {
                return new Result.Failed(failure.get());
            }
            Optional<Object> value = fast.isPresent() ? fastValue(events) : value(events);
            if (last) {
                // a semicolon after the last expression keeps it quiet too, as chapter 0 teaches
                result = piece.closed() ? new Result.Silent()
                        : value.<Result>map(Result.Shown::new).orElse(new Result.Silent());
            } else if (!piece.closed()) {
                value.ifPresent(shown);
            }
        }
        return result;
    }

    /**
     * Evaluates an expression through {@link FastPath}'s declaration form. Empty when the snippet is not an
     * expression or the form did not compile (then nothing ran, and the form is dropped from JShell's state).
     */
    private Optional<List<SnippetEvent>> evalFast(String source) {
        Optional<String> form = FastPath.rewrite(source, FastPath.VARIABLE + (++fastForms));
        if (form.isEmpty()) {
            return Optional.empty();
        }
        List<SnippetEvent> events = shell.eval(form.get());
        for (SnippetEvent e : events) {
            if (e.causeSnippet() == null && e.status() != Snippet.Status.VALID) {
                if (e.status().isActive()) {
                    shell.drop(e.snippet());
                }
                return Optional.empty();
            }
        }
        return Optional.of(events);
    }

    private Optional<Object> fastValue(List<SnippetEvent> events) {
        Optional<Object> value = Optional.empty();
        for (SnippetEvent e : events) {
            if (e.causeSnippet() == null && KernelExecutionControl.isValueKey(e.value())) {
                value = control.takeValue(e.value());
            }
            if (e.causeSnippet() == null && e.status().isActive()) {
                shell.drop(e.snippet()); // the value is taken: its variable needs no class kept alive
            }
        }
        return value;
    }

    private Optional<Object> value(List<SnippetEvent> events) {
        for (SnippetEvent e : events) {
            if (e.causeSnippet() == null && KernelExecutionControl.isValueKey(e.value()) && showsValue(e.snippet())) {
                return control.takeValue(e.value());
            }
        }
        return Optional.empty();
    }

    private static boolean showsValue(Snippet snippet) {
        return switch (snippet.subKind()) {
            case TEMP_VAR_EXPRESSION_SUBKIND, VAR_VALUE_SUBKIND, ASSIGNMENT_SUBKIND, OTHER_EXPRESSION_SUBKIND -> true;
            default -> false;
        };
    }

    private Optional<CellError> failure(String cell, CellSplitter.Piece piece, List<SnippetEvent> events) {
        for (SnippetEvent e : events) {
            if (e.causeSnippet() != null) {
                continue;
            }
            origins.put(e.snippet().id(), new CellErrors.Origin(cell, piece.offset()));
            if (e.status() == Snippet.Status.REJECTED) {
                List<Diag> errors = shell.diagnostics(e.snippet()).filter(Diag::isError).toList();
                if (errors.isEmpty()) {
                    return Optional.of(CellErrors.rejected(cell, piece.offset(), piece.source()));
                }
                return Optional.of(CellErrors.compile(cell, piece.offset(), errors.get(0), piece.source(), variables()));
            }
            if (e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                return Optional.of(CellErrors.unresolved(cell, piece.offset(), shell.unresolvedDependencies(
                        (jdk.jshell.DeclarationSnippet) e.snippet()).toList()));
            }
            JShellException exception = e.exception();
            if (exception instanceof UnresolvedReferenceException unresolved) {
                return Optional.of(CellErrors.unresolved(cell, piece.offset(),
                        shell.unresolvedDependencies(unresolved.getSnippet()).toList()));
            }
            Optional<String> declared = e.snippet() instanceof jdk.jshell.VarSnippet v && !v.name().startsWith("$")
                    ? Optional.of(v.name()) : Optional.empty(); // $-names are the kernel's own (FastPath)
            if (exception instanceof EvalException thrown) {
                Throwable original = control.takeThrown().orElse(null);
                if (original instanceof StackOverflowError) {
                    declared.ifPresent(unset::add);
                    return Optional.of(LimitErrors.stack(original));
                }
                if (original instanceof OutOfMemoryError) {
                    declared.ifPresent(unset::add);
                    return Optional.of(LimitErrors.memory(original));
                }
                CellError error = CellErrors.thrown(cell, thrown, original, origins::get, declared, java.util.Set.copyOf(unset));
                declared.ifPresent(unset::add);
                return Optional.of(error);
            }
            declared.ifPresent(unset::remove);
        }
        return Optional.empty();
    }

    /** The session's variables and their types, for error messages that name them. */
    private Map<String, String> variables() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        shell.variables().filter(v -> shell.status(v).isActive()).forEach(v -> names.put(v.name(), v.typeName()));
        return names;
    }

    /** Completion, inspection and completeness of partial input. */
    public SourceCodeAnalysis analysis() {
        return analysis;
    }

    /**
     * Asks the running cell to stop; see {@link KernelExecutionControl#stopCell()}.
     *
     * @return whether a cell was running
     */
    public boolean interrupt() {
        return control.stopCell();
    }

    /** Gives up on a cell thread that did not stop; see {@link KernelExecutionControl#abandon(Thread)}. */
    boolean abandon(Thread cell) {
        return control.abandon(cell);
    }

    @Override
    public void close() {
        shell.close();
    }
}
