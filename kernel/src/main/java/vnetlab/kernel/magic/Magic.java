package vnetlab.kernel.magic;

/**
 * A notebook magic: a line starting with {@code %name} (a line magic) or a cell starting with {@code %%name}
 * (a cell magic). One class per magic; register it in {@link Magics#standard()}.
 *
 * <pre>{@code
 * %time lab.reachability()      // a line magic: runs the rest of the line, then prints the wall time
 * %%time                        // a cell magic: runs the rest of the cell, then prints the wall time
 * }</pre>
 */
public interface Magic {
    /** The name after {@code %} or {@code %%}. */
    String name();

    /**
     * Runs the magic and returns what the notebook should show (or null for nothing).
     *
     * @param arguments the text after the magic's name on its line
     * @param body      the rest of the cell for a cell magic; null for a line magic
     * @param context   evaluation and output of the session
     */
    Object run(String arguments, String body, MagicContext context);
}
