package vnetlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Things that work but surprise (published ports discarded in host mode), collected per lab and passed to a listener.
 *
 * <p>The kernel registers its session's listener with {@link #listen(Consumer)} (kept in the session's
 * {@link Workspace}) and shows each warning under the cell that caused it; the listener hears a warning each time a
 * call causes it, the lab's list keeps it once. Without a listener the lab's list still keeps it.
 *
 * <pre>{@code
 * Warnings.listen(message -> System.err.println("warning: " + message));
 * }</pre>
 */
public final class Warnings {
    private static final ThreadLocal<Boolean> MUTED = ThreadLocal.withInitial(() -> false);
    private final List<String> messages = new ArrayList<>();

    Warnings() {
    }

    /** Sets the listener of the current session's workspace, told about every new warning (the kernel's). */
    public static void listen(Consumer<String> newListener) {
        Workspace.current().replacePart(Listener.class, new Listener(Objects.requireNonNull(newListener, "listener")));
    }

    /** The session's listener, as a workspace part. */
    private record Listener(Consumer<String> consumer) {
    }

    /** Keeps the message once in the lab's list, and tells the listener every time (a re-run cell shows it again). */
    void add(String message) {
        if (!messages.contains(message)) {
            messages.add(message);
        }
        if (!MUTED.get()) {
            Workspace.ifBound().flatMap(w -> w.existingPart(Listener.class)).ifPresent(l -> l.consumer().accept(message));
        }
    }

    /** Runs a dry run (an import built on a copy of the lab first) without telling the listener its warnings. */
    static <T> T muted(java.util.function.Supplier<T> body) {
        boolean before = MUTED.get();
        MUTED.set(true);
        try {
            return body.get();
        } finally {
            MUTED.set(before);
        }
    }

    List<String> list() {
        return List.copyOf(messages);
    }
}
