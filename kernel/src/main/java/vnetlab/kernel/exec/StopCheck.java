package vnetlab.kernel.exec;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checks the kernel weaves into learners' code (see {@link Instrumenter}): a stop flag tested on every loop
 * back-edge and method entry of the cell's thread, replacements for {@code System.exit}, {@code Runtime.exit} and
 * {@code Runtime.halt} (called directly, as method references, through method handles or reflection), an
 * interrupt that leaves the kernel's own threads alone, and the blocking socket calls, whose sockets an interrupt
 * closes.
 *
 * <p>Public because instrumented snippet classes call it; learners never need to.
 *
 * <pre>{@code
 * while (true) {}      // stops with "Interrupted." when the notebook's stop button is pressed
 * System.exit(0)       // fails: the kernel refuses, the lab built so far stays
 * new ServerSocket(8080).accept()   // the stop button closes the socket: "Interrupted."
 * }</pre>
 */
public final class StopCheck {
    /** The cell thread an interrupt is for; null when nothing is to stop. Learners' other threads run on. */
    private static volatile Thread stopping;
    /** The thread running the current cell: the sockets it blocks on are closed by an interrupt. */
    private static volatile Thread cellThread;
    private static final Set<AutoCloseable> cellSockets = ConcurrentHashMap.newKeySet();
    private static final Set<Thread> kernelThreads = ConcurrentHashMap.newKeySet();

    private StopCheck() {
    }

    /** Throws {@link CellInterrupted} in the cell's thread once an interrupt was requested for it. */
    public static void check() {
        if (stopping == Thread.currentThread()) {
            throw new CellInterrupted();
        }
    }

    /** Stands in for {@code System.exit(status)} in learners' code. */
    public static void exit(int status) {
        throw new ExitRefused("System.exit(" + status + ")");
    }

    /** Stands in for {@code Runtime.getRuntime().exit(status)} in learners' code. */
    public static void exit(Runtime runtime, int status) {
        throw new ExitRefused("Runtime.exit(" + status + ")");
    }

    /** Stands in for {@code Runtime.getRuntime().halt(status)} in learners' code. */
    public static void halt(Runtime runtime, int status) {
        throw new ExitRefused("Runtime.halt(" + status + ")");
    }

    /** Stands in for {@code thread.interrupt()}: the kernel's own threads (sockets, heartbeat) are not touched. */
    public static void interrupt(Thread thread) {
        if (!kernelThreads.contains(thread)) {
            thread.interrupt();
        }
    }

    /** Stands in for {@code group.interrupt()}: interrupts the group's threads except the kernel's own. */
    public static void interrupt(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int n = group.enumerate(threads, true);
        for (int i = 0; i < n; i++) {
            interrupt(threads[i]);
        }
    }

    /** Stands in for {@code method.invoke(target, args)}: exit and halt stay refused through reflection. */
    public static Object invoke(Method method, Object target, Object... args)
            throws IllegalAccessException, InvocationTargetException {
        Class<?> owner = method.getDeclaringClass();
        String name = method.getName();
        if (ends(owner, name)) {
            throw new ExitRefused(owner.getSimpleName() + "." + name + " through reflection");
        }
        if (owner == Thread.class && name.equals("interrupt") && kernelThreads.contains(target)) {
            return null;
        }
        return method.invoke(target, args);
    }

    /** Stands in for {@code lookup.findStatic(...)}: no method handle to {@code System.exit}. */
    public static MethodHandle findStatic(MethodHandles.Lookup lookup, Class<?> owner, String name, MethodType type)
            throws NoSuchMethodException, IllegalAccessException {
        if (ends(owner, name)) {
            throw new ExitRefused(owner.getSimpleName() + "." + name + " through a method handle");
        }
        return lookup.findStatic(owner, name, type);
    }

    /** Stands in for {@code lookup.findVirtual(...)}: no method handle to {@code Runtime.exit} or {@code halt}. */
    public static MethodHandle findVirtual(MethodHandles.Lookup lookup, Class<?> owner, String name, MethodType type)
            throws NoSuchMethodException, IllegalAccessException {
        if (ends(owner, name)) {
            throw new ExitRefused(owner.getSimpleName() + "." + name + " through a method handle");
        }
        return lookup.findVirtual(owner, name, type);
    }

    /** Stands in for {@code lookup.unreflect(method)}. */
    public static MethodHandle unreflect(MethodHandles.Lookup lookup, Method method) throws IllegalAccessException {
        if (ends(method.getDeclaringClass(), method.getName())) {
            throw new ExitRefused(method.getDeclaringClass().getSimpleName() + "." + method.getName()
                    + " through a method handle");
        }
        return lookup.unreflect(method);
    }

    private static boolean ends(Class<?> owner, String name) {
        return owner == System.class && name.equals("exit")
                || owner == Runtime.class && (name.equals("exit") || name.equals("halt"));
    }

    /** Stands in for {@code server.accept()}: an interrupt of the cell closes the server socket. */
    public static Socket accept(ServerSocket server) throws IOException {
        return track(server, () -> server.accept());
    }

    /** Stands in for {@code socket.getInputStream()}: an interrupt of the cell closes the socket. */
    public static InputStream inputStream(Socket socket) throws IOException {
        track(socket, () -> null);
        return socket.getInputStream();
    }

    /** Stands in for {@code socket.receive(packet)}: an interrupt of the cell closes the socket. */
    public static void receive(DatagramSocket socket, DatagramPacket packet) throws IOException {
        track(socket, () -> {
            socket.receive(packet);
            return null;
        });
    }

    private interface Blocking<T> {
        T call() throws IOException;
    }

    private static <T> T track(AutoCloseable socket, Blocking<T> call) throws IOException {
        if (Thread.currentThread() == cellThread) {
            cellSockets.add(socket);
            if (stopping == cellThread) {
                throw new CellInterrupted();
            }
        }
        try {
            return call.call();
        } catch (IOException e) {
            if (stopping == Thread.currentThread()) {
                throw new CellInterrupted();
            }
            throw e;
        }
    }

    /** The kernel's own threads, which learners' interrupts do not reach. */
    public static void protect(Thread thread) {
        kernelThreads.add(thread);
    }

    /** Every thread alive now counts as the kernel's own (called before the first cell runs). */
    public static void protectAllAlive() {
        kernelThreads.addAll(Thread.getAllStackTraces().keySet());
    }

    static void begin(Thread cell) {
        stopping = null;
        cellSockets.clear();
        cellThread = cell;
    }

    static void end(Thread cell) {
        if (cellThread == cell) {
            cellThread = null;
            stopping = null;
            cellSockets.clear();
        }
    }

    /** Asks the cell's thread to stop and closes the sockets it was blocked on; false when no cell runs. */
    static boolean request() {
        Thread cell = cellThread;
        if (cell == null) {
            return false;
        }
        stopping = cell;
        for (AutoCloseable socket : cellSockets) {
            try {
                socket.close();
            } catch (Exception e) {
                // closing is how the blocked call ends; a socket that fails to close has nothing more to give
            }
        }
        return true;
    }

    static boolean requested() {
        Thread s = stopping;
        return s != null && s == Thread.currentThread();
    }
}
