package vnetlab.kernel;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code System.in} for cells: each time a cell needs more input, one line is asked of the notebook (Jupyter's
 * {@code input_request}, the box that {@code input()} opens in Python) and handed to the reader with a newline.
 *
 * <pre>{@code
 * var name = new java.util.Scanner(System.in).nextLine();   // the notebook shows an input box
 * }</pre>
 */
final class Stdin extends InputStream {
    /** Asks for one line (without its newline) with a prompt; throws when no line can be had. */
    interface Lines {
        String read(String prompt, boolean password);
    }

    private final Lines lines;
    private byte[] pending = new byte[0];
    private int next;

    Stdin(Lines lines) {
        this.lines = lines;
    }

    @Override
    public synchronized int read() {
        if (!fill()) {
            return -1;
        }
        return pending[next++] & 0xFF;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, pending.length - next);
        System.arraycopy(pending, next, b, off, n);
        next += n;
        return n;
    }

    @Override
    public synchronized int available() {
        return pending.length - next;
    }

    private boolean fill() {
        if (next < pending.length) {
            return true;
        }
        pending = (lines.read("", false) + "\n").getBytes(StandardCharsets.UTF_8);
        next = 0;
        return true;
    }
}
