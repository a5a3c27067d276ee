package vnetlab.kernel.exec;

/**
 * The checks the kernel weaves into learners' code: a stop flag tested on every loop back-edge and method entry,
 * and replacements for {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt}.
 *
 * <p>Public because instrumented snippet classes call it; learners never need to.
 *
 * <pre>{@code
 * while (true) {}      // stops with "Interrupted." when the notebook's stop button is pressed
 * System.exit(0)       // fails: the kernel refuses, the lab built so far stays
 * }</pre>
 */
public final class StopCheck {
    private static volatile boolean stopRequested;

    private StopCheck() {
    }

    /** Throws {@link CellInterrupted} once an interrupt was requested for the running cell. */
    public static void check() {
        if (stopRequested) {
            throw new CellInterrupted();
        }
    }

    /** Stands in for {@code System.exit(status)} in learners' code. */
    public static void exit(int status) {
        throw new ExitRefused("System.exit(" + status + ")");
    }

    /** Stands in for {@code Runtime.getRuntime().exit(status)} in learners' code. */
    public static void exit(Runtime runtime, int status) {
        throw new ExitRefused("Runtime.exit(" + status + ")");
    }

    /** Stands in for {@code Runtime.getRuntime().halt(status)} in learners' code. */
    public static void halt(Runtime runtime, int status) {
        throw new ExitRefused("Runtime.halt(" + status + ")");
    }

    static void request() {
        stopRequested = true;
    }

    static void clear() {
        stopRequested = false;
    }

    static boolean requested() {
        return stopRequested;
    }
}
