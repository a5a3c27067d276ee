package vnetlab.model;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Everything one learner's kernel session holds: its labs, where its warnings go, how it draws, its course progress.
 *
 * <p>Each layer keeps its own part here, keyed by the part's type ({@link #part}), so the model knows nothing of the
 * layers above it. The kernel opens one workspace when it starts and binds it to its threads; a test opens one per
 * test. A thread started by a bound thread (a cell's thread, a learner's own background thread) inherits the binding,
 * so no state of a session lives in a static field and two sessions in one JVM never see each other's labs.
 *
 * <pre>{@code
 * var workspace = Workspace.open();
 * try (var bound = workspace.bind()) {
 *     Net.lab("intro");                       // registered in this workspace only
 * }
 * }</pre>
 */
public final class Workspace {
    private static final InheritableThreadLocal<Workspace> BOUND = new InheritableThreadLocal<>();

    private final Map<Class<?>, Object> parts = new ConcurrentHashMap<>();

    private Workspace() {
    }

    /** A new, empty workspace: no labs, no warnings listener, no drawing engine chosen yet. */
    public static Workspace open() {
        return new Workspace();
    }

    /**
     * The workspace bound to this thread (inherited from the thread that started it).
     *
     * @throws IllegalStateException outside a kernel session or a test that opened one
     */
    public static Workspace current() {
        Workspace workspace = BOUND.get();
        if (workspace == null) {
            throw new IllegalStateException("vnetlab runs inside a kernel session: this thread has no workspace"
                    + " (outside the kernel, run Workspace.open().bind() first)");
        }
        return workspace;
    }

    /** The workspace bound to this thread, if any (for parts that have a harmless default without one). */
    public static java.util.Optional<Workspace> ifBound() {
        return java.util.Optional.ofNullable(BOUND.get());
    }

    /**
     * Binds this workspace to the calling thread, and so to every thread it starts from now on, until closed.
     *
     * @return the binding; closing it restores what the thread had before
     */
    public Binding bind() {
        Workspace before = BOUND.get();
        BOUND.set(this);
        return () -> {
            if (before == null) {
                BOUND.remove();
            } else {
                BOUND.set(before);
            }
        };
    }

    /**
     * This workspace's part of the given type, made on first use.
     *
     * @param type   the part's class (each layer's own: the labs, the warnings, the drawing engine, the coursework)
     * @param create makes the part the first time it is asked for
     * @return the part
     */
    public <T> T part(Class<T> type, Supplier<? extends T> create) {
        Objects.requireNonNull(create, "create");
        return type.cast(parts.computeIfAbsent(type, t -> Objects.requireNonNull(create.get(), "part")));
    }

    /** The part of the given type if it was made, else null-free empty. */
    public <T> java.util.Optional<T> existingPart(Class<T> type) {
        return java.util.Optional.ofNullable(type.cast(parts.get(type)));
    }

    /** Replaces a part (a kernel option, or a test that draws with a stand-in engine); returns the one replaced. */
    public <T> java.util.Optional<T> replacePart(Class<T> type, T part) {
        return java.util.Optional.ofNullable(type.cast(parts.put(type, Objects.requireNonNull(part, "part"))));
    }

    /** Forgets a part, so it is made afresh on next use. */
    public void forgetPart(Class<?> type) {
        parts.remove(type);
    }

    /** A workspace bound to a thread; closing it unbinds. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
