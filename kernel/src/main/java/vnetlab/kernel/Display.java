package vnetlab.kernel;

import vnetlab.model.Workspace;

import java.util.Objects;
import java.util.UUID;

/**
 * Shows values in the notebook from inside a cell, and updates a shown value in place: the way to animate.
 *
 * <p>Imported statically in every session, so cells call {@code display(x)} and {@code updateDisplay(id, x)}.
 * Packages above the kernel stay free of Jupyter: they return data (a list of steps, say) and the cell, or a
 * renderer registered in {@link Renderers}, animates it with {@link #animate}.
 *
 * <pre>{@code
 * var id = display("step 1");          // shows "step 1", returns its display id
 * updateDisplay(id, "step 2");         // the same output now reads "step 2"
 * animate(List.of("a", "b", "c"), 500) // shows a, then b, then c in the same place, half a second apart
 * clearOutput()                        // the cell's output so far is gone
 * help(lab)                            // the pager shows what a Lab is and what it can do
 * }</pre>
 */
public final class Display {
    /** Where displays go; the kernel installs one for the session. */
    public interface Sink {
        /** Shows a value under a display id. */
        void show(Object value, String displayId);

        /** Replaces what the display id shows. */
        void update(String displayId, Object value);

        /** Clears the cell's output, now or ({@code wait}) when the next output arrives. */
        default void clear(boolean wait) {
        }

        /** Shows a value's documentation in the notebook's pager. */
        default void page(Object value) {
        }
    }

    private Display() {
    }

    /** Installs the session's sink in its workspace (the kernel does this at startup). */
    public static void install(Sink session) {
        Workspace.current().replacePart(Sink.class, session);
    }

    private static Sink sink() {
        return Workspace.ifBound().flatMap(w -> w.existingPart(Sink.class)).orElseThrow(
                () -> new IllegalStateException("display(...) works in a notebook cell; no kernel is running here"));
    }

    /**
     * Shows a value now (before the cell ends) and returns its display id for {@link #updateDisplay}.
     *
     * <pre>{@code
     * var id = display(lab);   // the lab's diagram appears at once
     * }</pre>
     */
    public static String display(Object value) {
        String id = UUID.randomUUID().toString();
        sink().show(value, id);
        return id;
    }

    /**
     * Replaces, in place, what an earlier {@link #display} showed.
     *
     * <pre>{@code
     * updateDisplay(id, trace)   // works: the picture changes where it is
     * updateDisplay("nope", 1)   // fails: "nope" was not returned by display(...)
     * }</pre>
     *
     * @throws IllegalArgumentException when the id is blank
     */
    public static void updateDisplay(String displayId, Object value) {
        Objects.requireNonNull(displayId, "displayId");
        if (displayId.isBlank()) {
            throw new IllegalArgumentException("updateDisplay needs the id that display(...) returned, not \"\"");
        }
        sink().update(displayId, value);
    }

    /**
     * Shows each frame in turn in one place, waiting between frames: a step-by-step animation.
     *
     * <pre>{@code
     * animate(trace.steps(), 700)   // each hop of the trace, 0.7 s apart
     * }</pre>
     *
     * @throws IllegalArgumentException when the pause is negative
     */
    public static void animate(Iterable<?> frames, long millisBetweenFrames) {
        if (millisBetweenFrames < 0) {
            throw new IllegalArgumentException("the pause between frames must be 0 or more milliseconds, not "
                    + millisBetweenFrames);
        }
        String id = null;
        for (Object frame : frames) {
            if (id == null) {
                id = display(frame);
                continue;
            }
            try {
                Thread.sleep(millisBetweenFrames);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            updateDisplay(id, frame);
        }
    }

    /**
     * Clears what this cell has shown so far; the next output takes its place. Useful for step-through frames
     * printed one after the other.
     *
     * <pre>{@code
     * for (var step : trace.steps()) { clearOutput(); System.out.println(step); Thread.sleep(500); }
     * }</pre>
     */
    public static void clearOutput() {
        sink().clear(true);
    }

    /**
     * Opens the notebook's pager (the panel below the notebook) with the documentation of a value's type: its
     * Javadoc and its public methods. Pass a class to read about it before having one.
     *
     * <pre>{@code
     * help(lab)          // works: what a Lab is, and lan(...), trace(...), reachability() ...
     * help(Lab.class)    // works: the same, without a lab
     * }</pre>
     */
    public static void help(Object value) {
        sink().page(value);
    }
}
