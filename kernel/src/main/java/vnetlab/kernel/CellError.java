package vnetlab.kernel;

import java.util.List;

/**
 * An error as the notebook shows it: a name, a one-line value and the lines of the traceback (with ANSI colours).
 *
 * <pre>{@code
 * new CellError("IllegalArgumentException", "192.168.2.5 is not in home (192.168.1.0/24)", lines)
 * }</pre>
 */
public record CellError(String name, String value, List<String> traceback) {
    /** Copies the traceback so that the error cannot change. */
    public CellError {
        traceback = List.copyOf(traceback);
    }

    /** The traceback without ANSI colour codes, as plain text. */
    public String plainText() {
        return String.join("\n", traceback).replaceAll("\u001B\\[[0-9;]*m", "");
    }
}
