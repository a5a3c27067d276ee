package vnetlab.kernel.exec;

/**
 * Thrown inside learners' code when the notebook asks to interrupt the running cell.
 *
 * <p>An {@link Error}, so that {@code catch (Exception e)} in a cell does not swallow it; a cell that catches
 * {@code Throwable} meets it again at its next loop iteration.
 *
 * <pre>{@code
 * while (true) {}   // interrupt → "Interrupted."; every variable defined before stays
 * }</pre>
 */
public final class CellInterrupted extends Error {
    private static final long serialVersionUID = 1L;

    /** Creates the error; it carries no stack trace, which would only show the kernel's frames. */
    public CellInterrupted() {
        super("Interrupted.", null, false, false);
    }
}
