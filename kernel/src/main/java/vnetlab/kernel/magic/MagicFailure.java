package vnetlab.kernel.magic;

/**
 * Signals that code a magic evaluated failed; carries the session's formatted error.
 *
 * <pre>{@code
 * %time 1 / 0   // the ArithmeticException is shown as for a plain cell
 * }</pre>
 */
public final class MagicFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Object error;

    /** Wraps the session's error object. */
    public MagicFailure(Object error) {
        super("the code in a magic failed", null, false, false);
        this.error = error;
    }

    /** The session's error (a {@code vnetlab.kernel.CellError} or an interrupt). */
    public Object error() {
        return error;
    }
}
