package vnetlab.kernel.magic;

import java.util.Optional;

/**
 * What a magic may do with the session: evaluate Java as a cell would, and print.
 *
 * <pre>{@code
 * Optional<Object> value = context.eval("1 + 1");   // Optional[2]
 * }</pre>
 */
public interface MagicContext {
    /**
     * Evaluates code as a cell would (values of earlier lines are shown); returns the last expression's value.
     *
     * @throws MagicFailure when the code fails; the kernel shows the failure as the cell's error
     */
    Optional<Object> eval(String code);

    /** Prints a line under the cell (stdout). */
    void println(String line);
}
