package vnetlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A trace shown one hop at a time, for instructor demos: {@code next()}, {@code previous()}, and listeners that
 * redraw one display in place.
 *
 * <pre>{@code
 * var s = lab.trace(phone, laptop, 2222).steps();
 * s        // hop 1 of 3
 * s.next() // hop 2 of 3: the display above updates in place
 * }</pre>
 */
public final class Steps {

    private final Trace trace;
    private final List<Consumer<Steps>> listeners = new ArrayList<>();
    private int current;

    Steps(Trace trace) {
        this.trace = trace;
    }

    /** The trace being stepped through. */
    public Trace trace() {
        return trace;
    }

    /** The index (0-based) of the hop shown. */
    public int current() {
        return current;
    }

    /** The hop shown. */
    public Hop hop() {
        return trace.hops().get(current);
    }

    /** The hops shown so far (the first up to the current one). */
    public List<Hop> shown() {
        return trace.hops().subList(0, current + 1);
    }

    /** Whether the last hop is shown. */
    public boolean atEnd() {
        return current == trace.hops().size() - 1;
    }

    /** Shows the next hop (stays on the last) and tells the listeners. */
    public Steps next() {
        return go(Math.min(current + 1, trace.hops().size() - 1));
    }

    /** Shows the previous hop (stays on the first) and tells the listeners. */
    public Steps previous() {
        return go(Math.max(current - 1, 0));
    }

    /** Shows hop {@code index} (0-based) and tells the listeners. */
    public Steps go(int index) {
        if (index < 0 || index >= trace.hops().size()) {
            throw new IllegalArgumentException("hop " + index + " does not exist; this trace has hops 0.."
                    + (trace.hops().size() - 1));
        }
        current = index;
        listeners.forEach(l -> l.accept(this));
        return this;
    }

    /** Registers a listener called after every move (the kernel redraws the display with it). */
    public Steps onChange(Consumer<Steps> listener) {
        listeners.add(listener);
        return this;
    }

    /** The trace's summary, the position, and the table of the hops shown so far. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(trace.title()).append(": hop ").append(current + 1).append(" of ")
                .append(trace.hops().size()).append('\n');
        Trace.appendTable(out, trace.table().subList(0, current + 1));
        if (atEnd()) {
            out.append(trace.summary()).append('\n');
        }
        return out.toString();
    }
}
