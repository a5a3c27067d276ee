package vnetlab.kernel;

import java.util.List;

/**
 * The one-line errors for a cell that hit one of the JVM's limits (stack, heap) or had to be left behind
 * because it could not be stopped. Kept apart from {@link CellErrors}, which formats compile errors and exceptions.
 *
 * <pre>{@code
 * int f(int n) { return f(n + 1); }
 * f(0)    // the cell ran out of stack: probably endless recursion in f(); everything defined before is kept
 * }</pre>
 */
final class LimitErrors {
    private LimitErrors() {
    }

    /** A {@link StackOverflowError}: names the learner's method that recursed, when the stack shows one. */
    static CellError stack(Throwable error) {
        String method = null;
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith("REPL.")) { // JShell's package for snippet classes
                method = frame.getMethodName();
                break;
            }
        }
        String message = "the cell ran out of stack: "
                + (method == null ? "probably endless recursion" : "probably endless recursion in " + method + "()")
                + "; give the recursion a base case. Everything defined before this cell is kept";
        return line("StackOverflowError", message);
    }

    /** An {@link OutOfMemoryError}: the heap limit and what survives. */
    static CellError memory(Throwable error) {
        long max = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        String message = "the cell ran out of memory (" + error.getMessage() + "; the kernel's heap is limited to "
                + max + " MB). What the cell was building is gone; everything defined before it is kept";
        return line("OutOfMemoryError", message);
    }

    /** A cell that did not stop after an interrupt and was left running (or stopped) in the background. */
    static CellError abandoned(boolean stillRunning) {
        String message = "the cell did not stop when interrupted (it is inside Java's own code, e.g. a socket read"
                + " or a long stream)" + (stillRunning
                ? ", so the kernel left it running in the background and moved on; Kernel > Restart ends it"
                : " and was stopped") + ". Everything defined before it is kept";
        return line("Interrupted", message);
    }

    /** A request the kernel could not read: names the field and what it must be. */
    static CellError badRequest(String message) {
        return line("BadRequest", message);
    }

    private static CellError line(String name, String message) {
        return new CellError(name, message, List.of(CellErrors.RED + CellErrors.BOLD + name + ": " + CellErrors.RESET
                + message));
    }
}
