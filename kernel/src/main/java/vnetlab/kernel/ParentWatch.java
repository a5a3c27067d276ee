package vnetlab.kernel;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Ends the kernel when the process that started it is gone (a crashed Notebook server, a culled hub server), as
 * ipykernel does: the parent named by {@code JPY_PARENT_PID} (jupyter_client sets it) or, without it, the parent
 * process at start; also when the kernel's own parent changes (an orphan is handed to init or a subreaper). Without this an orphaned kernel keeps its memory until the machine restarts.
 *
 * <pre>{@code
 * ParentWatch.start(channels::stop);   // checks twice a second on a daemon thread
 * }</pre>
 */
final class ParentWatch {
    private static final Logger LOG = Logger.getLogger(ParentWatch.class.getName());
    private static final long EVERY_MILLIS = 500;
    /** After asking the kernel to stop, how long before the JVM is ended regardless (a cell may hold it). */
    private static final long GRACE_MILLIS = 2000;

    private ParentWatch() {
    }

    static void start(Runnable stop) {
        Optional<Long> parent = parentPid();
        if (parent.isEmpty() || parent.get() <= 1) {
            return; // started by init or a container's entry point: nobody to outlive
        }
        long pid = parent.get();
        long startedBy = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
        Thread watch = new Thread(() -> watch(pid, startedBy, stop), "vnetlab-parent");
        watch.setDaemon(true);
        watch.start();
    }

    private static Optional<Long> parentPid() {
        String variable = System.getenv("JPY_PARENT_PID");
        if (variable != null && variable.matches("\\d+")) {
            return Optional.of(Long.parseLong(variable));
        }
        return ProcessHandle.current().parent().map(ProcessHandle::pid);
    }

    private static void watch(long pid, long startedBy, Runnable stop) {
        while (alive(pid, startedBy)) {
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
        LOG.warning("the process that started this kernel (pid " + pid + ") is gone; the kernel exits");
        stop.run();
        try {
            Thread.sleep(GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(0); // the shell loop did not end in time (a stuck cell): end the JVM anyway
    }

    /** The watched process lives and this kernel was not handed to another parent (an orphan's new parent). */
    private static boolean alive(long pid, long startedBy) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                && ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == startedBy;
    }
}
