package vnetlab.kernel.exec;

/**
 * Thrown in place of {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} called from a cell.
 *
 * <pre>{@code
 * System.exit(0)   // fails: System.exit(0) would stop the kernel ...; use Kernel > Restart instead
 * }</pre>
 */
public final class ExitRefused extends Error {
    private static final long serialVersionUID = 1L;

    /** Creates the error for the refused call, e.g. {@code "System.exit(0)"}. */
    public ExitRefused(String call) {
        super(call + " would stop the kernel and lose every object built so far, so the kernel refused it;"
                + " to start afresh, use Kernel > Restart in Jupyter.");
    }
}
