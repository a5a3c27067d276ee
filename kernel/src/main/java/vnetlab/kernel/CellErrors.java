package vnetlab.kernel;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Turns compiler diagnostics and exceptions into short notebook errors: the learner's line with the bad span
 * marked, then the message. Exceptions thrown by our code (any {@code vnetlab.*} class: the DSL, display helpers)
 * show only their message and the cell line; other exceptions show only the learner's frames.
 *
 * <p>Colours: red and bold only, which read well on light and dark themes.
 *
 * <pre>{@code
 * cell line 1: home.host("nas", "192.168.2.5")
 * 192.168.2.5 is not in home (192.168.1.0/24)
 * }</pre>
 */
final class CellErrors {
    static final String RED = "\u001B[31m";
    static final String BOLD = "\u001B[1m";
    static final String RESET = "\u001B[0m";
    /** Dim, for javac's own words under ours: there for those who want them, out of the way for the rest. */
    static final String DIM = "\u001B[2m";
    private static final String OUR_PACKAGES = "vnetlab.";

    /** Where a snippet came from: the cell's text and the snippet's offset in it. */
    record Origin(String cell, int offset) {
    }

    private CellErrors() {
    }

    static CellError compile(String cell, int offset, Diag diag) {
        return compile(cell, offset, diag, "", java.util.Map.of());
    }

    /**
     * A compile error in the learner's words when {@link LearnerWords} has some (a misspelt method, an unknown
     * variable, a wrong argument), with javac's full message dimmed below it; else javac's message on one line.
     */
    static CellError compile(String cell, int offset, Diag diag, String source, java.util.Map<String, String> variables) {
        int start = offset + (int) Math.max(0, diag.getStartPosition());
        int end = offset + (int) Math.max(diag.getStartPosition(), diag.getEndPosition());
        String raw = message(diag);
        java.util.Optional<String> said = LearnerWords.explain(rawLines(diag), source,
                (int) Math.max(0, diag.getStartPosition()), (int) Math.max(diag.getStartPosition(), diag.getEndPosition()), variables);
        String message = said.orElse(raw);
        List<String> lines = marked(cell, start, end);
        lines.add(RED + BOLD + "error: " + RESET + BOLD + message + RESET);
        if (said.isPresent()) {
            String[] javac = diag.getMessage(Locale.ENGLISH).split("\n");
            for (int i = 0; i < javac.length; i++) {
                lines.add(DIM + (i == 0 ? "javac: " : "       ") + javac[i].stripTrailing() + RESET);
            }
        }
        return new CellError("CompilationError", message, lines);
    }

    /** javac's message with its lines joined by " | ", as {@link LearnerWords} reads it. */
    private static String rawLines(Diag diag) {
        return String.join(" | ", diag.getMessage(Locale.ENGLISH).split("\n"));
    }

    static CellError rejected(String cell, int offset, String source) {
        String message = "JShell cannot run this snippet: " + source.strip();
        List<String> lines = marked(cell, offset, offset + source.strip().length());
        lines.add(RED + BOLD + "error: " + RESET + BOLD + message + RESET);
        return new CellError("CompilationError", message, lines);
    }

    static CellError unresolved(String cell, int offset, List<String> missing) {
        String message = "this needs " + String.join(", ", missing) + ", which is not defined yet; define it first";
        List<String> lines = marked(cell, offset, offset);
        lines.add(RED + BOLD + "error: " + RESET + BOLD + message + RESET);
        return new CellError("UnresolvedReference", message, lines);
    }

    static CellError interrupted() {
        String message = "the cell was stopped; everything defined before it is still there";
        return new CellError("Interrupted", message, List.of(RED + BOLD + "Interrupted: " + RESET + message));
    }

    /**
     * An exception thrown by a cell. {@code original} is the thrown object when the kernel caught it (null when
     * unknown); {@code origins} finds the cell and offset of a snippet id.
     */
    static CellError thrown(String cell, EvalException thrown, Throwable original,
                            Function<String, Origin> origins) {
        return thrown(cell, thrown, original, origins, java.util.Optional.empty(), java.util.Set.of());
    }

    /**
     * An exception thrown by a cell; {@code declared} names the variable the failed snippet declares (it is left
     * null, and a note says so), {@code unset} the variables earlier failed cells left null (a null pointer on one of
     * them says which cell to run again).
     */
    static CellError thrown(String cell, EvalException thrown, Throwable original, Function<String, Origin> origins,
                            java.util.Optional<String> declared, java.util.Set<String> unset) {
        CellError error = thrownAlone(cell, thrown, original, origins);
        List<String> lines = new ArrayList<>();
        String value = error.value();
        java.util.Optional<String> nullNote = LearnerWords.nullVariable(thrown.getMessage(), unset);
        if (nullNote.isPresent()) {
            lines.add(RED + BOLD + nullNote.get() + RESET);
            value = nullNote.get();
            error.traceback().forEach(l -> lines.add(DIM + l.replaceAll("\u001B\\[[0-9;]*m", "") + RESET));
        } else {
            lines.addAll(error.traceback());
        }
        declared.ifPresent(name -> lines.add(BOLD + LearnerWords.leftUnset(name) + RESET));
        return new CellError(error.name(), value, lines);
    }

    private static CellError thrownAlone(String cell, EvalException thrown, Throwable original,
                                         Function<String, Origin> origins) {
        String className = thrown.getExceptionClassName();
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        String message = thrown.getMessage() == null ? "" : thrown.getMessage();
        StackTraceElement[] frames = thrown.getStackTrace();
        List<String> lines = new ArrayList<>();
        StackTraceElement learnerFrame = firstLearnerFrame(frames);
        if (original instanceof vnetlab.kernel.exec.ExitRefused) {
            addCellLine(lines, learnerFrame, origins);
            lines.add(RED + BOLD + message + RESET);
            return new CellError("ExitRefused", message, lines);
        }
        if (thrownByDsl(frames) && !message.isEmpty()) {
            addCellLine(lines, learnerFrame, origins);
            lines.add(RED + BOLD + message + RESET);
            return new CellError(simpleName, message, lines);
        }
        lines.add(RED + BOLD + className + RESET + (message.isEmpty() ? "" : BOLD + ": " + message + RESET));
        for (StackTraceElement frame : frames) {
            if (isLearnerFrame(frame)) {
                lines.add("    at " + where(frame, origins));
            }
        }
        return new CellError(simpleName, message, lines);
    }

    private static boolean thrownByDsl(StackTraceElement[] frames) {
        return frames.length > 0 && frames[0].getClassName().startsWith(OUR_PACKAGES);
    }

    private static StackTraceElement firstLearnerFrame(StackTraceElement[] frames) {
        for (StackTraceElement frame : frames) {
            if (isLearnerFrame(frame)) {
                return frame;
            }
        }
        return null;
    }

    private static boolean isLearnerFrame(StackTraceElement frame) {
        return frame.getFileName() != null && frame.getFileName().startsWith("#");
    }

    private static void addCellLine(List<String> lines, StackTraceElement frame, Function<String, Origin> origins) {
        if (frame == null) {
            return;
        }
        Origin origin = origins.apply(frame.getFileName().substring(1));
        if (origin == null) {
            return;
        }
        int lineNumber = lineOf(origin.cell(), origin.offset()) + frame.getLineNumber() - 1;
        String text = lineText(origin.cell(), lineNumber);
        lines.add(RED + "cell line " + (lineNumber + 1) + ": " + RESET + text.stripTrailing());
    }

    private static String where(StackTraceElement frame, Function<String, Origin> origins) {
        String method = frame.getMethodName().isEmpty() ? "" : frame.getMethodName() + " ";
        String type = frame.getClassName().isEmpty() ? "" : frame.getClassName() + ".";
        Origin origin = origins.apply(frame.getFileName().substring(1));
        if (origin == null) {
            return type + method + "(an earlier cell)";
        }
        int lineNumber = lineOf(origin.cell(), origin.offset()) + frame.getLineNumber() - 1;
        return type + method + "(cell line " + (lineNumber + 1) + ": "
                + lineText(origin.cell(), lineNumber).strip() + ")";
    }

    /** The cell's line containing {@code start}, with a caret line under {@code start..end}. */
    static List<String> marked(String cell, int start, int end) {
        start = Math.min(Math.max(0, start), cell.length());
        end = Math.min(Math.max(start, end), cell.length());
        int lineNumber = lineOf(cell, start);
        int lineStart = cell.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = cell.indexOf('\n', start);
        lineEnd = lineEnd < 0 ? cell.length() : lineEnd;
        if (start == lineEnd && start > lineStart && cell.substring(lineStart, lineEnd).isBlank() == false
                && start == cell.length()) {
            start = Math.max(lineStart, start - 1); // a span at the very end: mark the last character
        }
        String text = cell.substring(lineStart, lineEnd).stripTrailing().replace("\t", "    ");
        String label = "cell line " + (lineNumber + 1) + ": ";
        int width = Math.max(1, Math.min(end, lineEnd) - start);
        String pad = " ".repeat(label.length() + visualWidth(cell.substring(lineStart, start)));
        List<String> lines = new ArrayList<>();
        lines.add(RED + label + RESET + text);
        lines.add(pad + RED + BOLD + "^".repeat(width) + RESET);
        return lines;
    }

    private static int visualWidth(String prefix) {
        return prefix.replace("\t", "    ").length();
    }

    static int lineOf(String cell, int offset) {
        int line = 0;
        for (int i = 0; i < Math.min(offset, cell.length()); i++) {
            if (cell.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String lineText(String cell, int lineNumber) {
        String[] lines = cell.split("\n", -1);
        return lineNumber >= 0 && lineNumber < lines.length ? lines[lineNumber] : "";
    }

    /** The compiler's message on one line: "cannot find symbol: variable labb". */
    static String message(Diag diag) {
        String raw = diag.getMessage(Locale.ENGLISH);
        List<String> parts = new ArrayList<>();
        for (String line : raw.split("\n")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("location:")) {
                continue;
            }
            if (s.startsWith("symbol:")) {
                s = s.substring("symbol:".length()).strip();
            }
            parts.add(s);
        }
        return String.join(": ", parts);
    }
}
