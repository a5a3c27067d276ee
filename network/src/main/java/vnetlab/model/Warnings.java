package vnetlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Things that work but surprise (published ports discarded in host mode), collected per lab and passed to a listener.
 *
 * <p>The kernel registers one listener with {@link #listen(Consumer)} and shows each warning under the cell that caused it;
 * the listener hears a warning each time a call causes it, the lab's list keeps it once.
 *
 * <pre>{@code
 * Warnings.listen(message -> System.err.println("warning: " + message));
 * }</pre>
 */
public final class Warnings {
    private static volatile Consumer<String> listener = message -> { };
    private static final ThreadLocal<Boolean> MUTED = ThreadLocal.withInitial(() -> false);
    private final List<String> messages = new ArrayList<>();

    Warnings() {
    }

    /** Sets the one process-wide listener told about every new warning (the kernel's). */
    public static void listen(Consumer<String> newListener) {
        listener = Objects.requireNonNull(newListener, "listener");
    }

    /** Keeps the message once in the lab's list, and tells the listener every time (a re-run cell shows it again). */
    void add(String message) {
        if (!messages.contains(message)) {
            messages.add(message);
        }
        if (!MUTED.get()) {
            listener.accept(message);
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
