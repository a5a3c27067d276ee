package vnetlab.lessons.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.execution.LocalExecutionControlProvider;
import vnetlab.model.Workspace;

/**
 * A learner's kernel session, in process: a real JShell with the kernel's start-up imports and a workspace of its own
 * (so labs, progress and hints start empty, as after a kernel restart), bound while its cells run.
 *
 * <pre>{@code
 * try (var session = LessonSession.start()) {
 *     session.run("var lab = Net.lab(\"x\");");
 *     Outcome outcome = session.check("2.1");
 * }
 * }</pre>
 */
public final class LessonSession implements AutoCloseable {
    /** The imports the kernel runs at start-up (see the common brief). */
    public static final String IMPORTS = """
            import vnetlab.*;
            import vnetlab.model.*;
            import vnetlab.sim.*;
            import static vnetlab.Net.*;
            import static vnetlab.course.Course.*;
            """;

    private final JShell shell;
    private final Workspace workspace = Workspace.open();

    private LessonSession(JShell shell) {
        this.shell = shell;
    }

    /**
     * Starts a session with the kernel's imports already run.
     *
     * @return the session
     */
    public static LessonSession start() {
        return start(IMPORTS);
    }

    /**
     * Starts a session that runs the given imports first.
     *
     * @param imports the start-up code
     * @return the session
     */
    static LessonSession start(String imports) {
        JShell shell = JShell.builder()
                .executionEngine(new LocalExecutionControlProvider(), Map.of())
                .compilerOptions("--class-path", System.getProperty("java.class.path"))
                .build();
        var session = new LessonSession(shell);
        session.run(imports);
        return session;
    }

    /**
     * Runs a cell's code, snippet by snippet, as the kernel would.
     *
     * @param code the cell's code
     * @throws CellFailed when a snippet does not compile or throws
     */
    public void run(String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = code;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            if (!info.completeness().isComplete()) {
                throw new CellFailed("incomplete code: " + remaining.strip());
            }
            for (SnippetEvent event : eval(info.source())) {
                failOn(event);
            }
            remaining = info.remaining();
        }
    }

    /**
     * Runs a cell and tells whether its last value has a diagram (what the kernel shows as SVG for a "diagram" cell).
     *
     * @param code the cell's code, ending with an expression
     * @return true when {@code vnetlab.diagram.Diagrams.of(value)} has a picture
     */
    public boolean runShowsDiagram(String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        List<String> snippets = new ArrayList<>();
        String remaining = code;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            snippets.add(info.source());
            remaining = info.remaining();
        }
        if (snippets.isEmpty()) {
            throw new CellFailed("the cell has no code");
        }
        snippets.subList(0, snippets.size() - 1).forEach(this::run);
        String last = snippets.get(snippets.size() - 1).strip();
        if (last.endsWith(";")) {
            throw new CellFailed("the cell ends with a statement, so it shows no value: " + last);
        }
        run("var $shown = " + last + ";");
        run("vnetlab.lessons.harness.Mailbox.post(vnetlab.diagram.Diagrams.of($shown).isPresent(), String.valueOf($shown));");
        return Mailbox.passed();
    }

    /**
     * Runs a check inside the session and returns what the learner would see.
     *
     * @param id the exercise id
     * @return whether it passed and the feedback text
     */
    public Outcome check(String id) {
        run("vnetlab.lessons.harness.Mailbox.post(check(\"" + id + "\").passed(), check(\"" + id + "\").text());");
        return new Outcome(Mailbox.passed(), Mailbox.text());
    }

    /**
     * Evaluates one expression and returns its value as JShell prints it.
     *
     * @param expression a Java expression
     * @return its value's text (strings come back quoted)
     */
    public String value(String expression) {
        List<SnippetEvent> events = eval(expression);
        events.forEach(this::failOn);
        return events.get(events.size() - 1).value();
    }

    /** Evaluates one snippet with this session's workspace bound (the snippet's thread inherits it). */
    private List<SnippetEvent> eval(String source) {
        try (var bound = workspace.bind()) {
            return shell.eval(source);
        }
    }

    private void failOn(SnippetEvent event) {
        if (event.exception() != null) {
            Throwable e = event.exception();
            String type = e instanceof EvalException ee ? ee.getExceptionClassName() : e.getClass().getName();
            throw new CellFailed(type + ": " + e.getMessage() + "\n  in: " + event.snippet().source().strip());
        }
        if (event.status() == Snippet.Status.REJECTED) {
            List<String> diagnostics = new ArrayList<>();
            shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).forEach(diagnostics::add);
            throw new CellFailed("does not compile: " + String.join("; ", diagnostics)
                    + "\n  in: " + event.snippet().source().strip());
        }
    }

    @Override
    public void close() {
        shell.close();
    }

    /**
     * What a check said.
     *
     * @param passed whether it passed
     * @param text   the feedback text the learner sees
     */
    public record Outcome(boolean passed, String text) {
    }

    /** A cell that did not compile or threw; the message names the snippet. */
    public static final class CellFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CellFailed(String message) {
            super(message);
        }
    }
}
