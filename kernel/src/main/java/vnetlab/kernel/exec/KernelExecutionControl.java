package vnetlab.kernel.exec;

import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.lang.instrument.ClassDefinition;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs JShell snippets in the kernel's own JVM, on the thread that calls {@code JShell.eval}, with instrumented
 * bytecode (see {@link Instrumenter}) so that a cell can be interrupted on any JDK.
 *
 * <p>Values of expressions are kept as objects (JShell itself only passes strings around), so that the kernel's
 * renderers see the very objects the cell built. Snippet classes load through JShell's default loader, whose
 * parent is the application class loader: the classes a cell uses are the kernel's classes.
 *
 * <pre>{@code
 * var control = new KernelExecutionControl();
 * JShell.builder().executionEngine(control.provider(), Map.of()).build();
 * }</pre>
 */
public final class KernelExecutionControl extends DirectExecutionControl {
    private static final String VALUE_KEY = "@vnetlab-value#";

    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private volatile Thread running;
    private volatile Throwable lastThrown;
    /** Cell threads the kernel gave up waiting for (stuck inside the JDK): they never return into JShell. */
    private final java.util.Set<Thread> abandoned = ConcurrentHashMap.newKeySet();
    /** Abandoned threads that have left learners' code and wait for good. */
    private final java.util.Set<Thread> parked = ConcurrentHashMap.newKeySet();
    /**
     * Memory held back for the kernel: released when a cell runs out of memory, so that reporting the error and
     * answering the next requests can still allocate; taken again after the cell.
     */
    private volatile byte[] reserve = new byte[RESERVE_BYTES];
    private static final int RESERVE_BYTES = 4 * 1024 * 1024;

    /** Creates a control; hand {@link #provider()} to the JShell builder. */
    public KernelExecutionControl() {
    }

    /** A provider that returns this very control, so that the kernel keeps a handle on it. */
    public ExecutionControlProvider provider() {
        KernelExecutionControl self = this;
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "vnetlab";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return self;
            }
        };
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException,
            EngineTerminationException {
        ClassBytecodes[] instrumented = new ClassBytecodes[classes.length];
        for (int i = 0; i < classes.length; i++) {
            instrumented[i] = new ClassBytecodes(classes[i].name(), Instrumenter.instrument(classes[i].bytecodes()));
        }
        super.load(instrumented);
    }

    @Override
    public void redefine(ClassBytecodes[] classes) throws ClassInstallException, NotImplementedException,
            EngineTerminationException {
        Optional<Instrumentation> agent = Agent.instrumentation().filter(Instrumentation::isRedefineClassesSupported);
        if (agent.isEmpty()) {
            throw new NotImplementedException("redefine needs the kernel's agent (run the kernel with java -jar)");
        }
        ClassDefinition[] definitions = new ClassDefinition[classes.length];
        try {
            for (int i = 0; i < classes.length; i++) {
                definitions[i] = new ClassDefinition(findClass(classes[i].name()),
                        Instrumenter.instrument(classes[i].bytecodes()));
            }
            agent.get().redefineClasses(definitions);
        } catch (ClassNotFoundException | UnmodifiableClassException | UnsupportedOperationException
                 | LinkageError e) {
            // JShell then loads a replacement class, as it does when the shape of a declaration changed.
            throw new ClassInstallException("redefine failed: " + e.getMessage(), new boolean[classes.length]);
        }
        classesRedefined(classes);
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        Thread self = Thread.currentThread();
        running = self;
        try {
            Object value = doit.invoke(null);
            String key = VALUE_KEY + counter.incrementAndGet();
            if (value != null && !abandoned.contains(self)) {
                values.put(key, value);
            }
            return key;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError) {
                reserve = null; // room for the error's report; the cell's garbage is unreachable now
            }
            lastThrown = cause;
            if (cause instanceof CellInterrupted || cause instanceof ThreadDeath) {
                throw new StoppedException();
            }
            throw e;
        } finally {
            if (running == self) {
                running = null;
            }
            if (abandoned.contains(self)) {
                parked.add(self);
                parkForever(); // JShell has moved on without this thread: returning into it would race the next cell
            }
        }
    }

    private static void parkForever() {
        while (true) {
            java.util.concurrent.locks.LockSupport.park();
        }
    }

    /**
     * Gives up on the cell thread {@code cell}: whatever it is stuck in (a JDK loop, a socket the kernel cannot
     * close) it may finish, but it never returns into JShell, which the next cell uses from another thread.
     * On JDKs that still have {@code Thread.stop} (before 20) it is stopped first.
     *
     * @return whether the thread still runs learners' code after the attempt to stop it
     */
    @SuppressWarnings({"deprecation", "removal"})
    public boolean abandon(Thread cell) {
        abandoned.add(cell);
        if (Runtime.version().feature() < 20) {
            try {
                cell.stop();
                for (int i = 0; i < 50 && !parked.contains(cell) && cell.isAlive(); i++) {
                    Thread.sleep(10);
                }
            } catch (UnsupportedOperationException | InterruptedException e) {
                // JDK 20+: no Thread.stop; the thread runs on until it leaves learners' code
            }
        }
        return cell.isAlive() && !parked.contains(cell);
    }

    @Override
    protected void clientCodeLeave() {
        Thread.interrupted(); // an interrupt meant for the cell must not leak into the kernel's next request
    }

    /**
     * The object an expression snippet produced, given the value string JShell reported for it.
     * Empty for {@code null} and for statements; a value is handed out once.
     */
    public Optional<Object> takeValue(String valueString) {
        if (valueString == null || !valueString.startsWith(VALUE_KEY)) {
            return Optional.empty();
        }
        return Optional.ofNullable(values.remove(valueString));
    }

    /** Whether a JShell value string stands for a value kept by this control (possibly {@code null}). */
    public static boolean isValueKey(String valueString) {
        return valueString != null && valueString.startsWith(VALUE_KEY);
    }

    /** The exception the last failing snippet threw, as the object itself; cleared when read. */
    public Optional<Throwable> takeThrown() {
        Throwable t = lastThrown;
        lastThrown = null;
        return Optional.ofNullable(t);
    }

    /** Starts a cell on the calling thread: forgets an earlier interrupt. */
    public void beginCell() {
        StopCheck.begin(Thread.currentThread());
        values.clear();
        lastThrown = null;
    }

    /**
     * Ends the cell of the calling thread: an interrupt from now on finds nothing to stop (learners' background
     * threads run on), and after an out-of-memory error the heap is collected and given back to the system.
     */
    public void endCell() {
        StopCheck.end(Thread.currentThread());
        if (reserve == null) {
            // With -XX:MaxHeapFreeRatio the JVM returns an emptied heap to the system, but the serial collector
            // shrinks by a growing fraction per full collection (0 %, 10 %, 40 %, 100 %): a few of them.
            for (int i = 0; i < 4; i++) {
                long committed = Runtime.getRuntime().totalMemory();
                System.gc();
                if (i > 1 && Runtime.getRuntime().totalMemory() >= committed) {
                    break;
                }
            }
            try {
                reserve = new byte[RESERVE_BYTES];
            } catch (OutOfMemoryError e) {
                // a background thread still holds the memory: run without the reserve
            }
        }
    }

    /** Whether an interrupt was requested for the cell running on the calling thread. */
    public boolean interrupted() {
        return StopCheck.requested();
    }

    /**
     * Asks the running cell to stop: its loops and calls throw {@link CellInterrupted} from now on, the sockets it
     * is blocked on are closed, and a thread blocked in sleep or wait is interrupted. Nothing happens when no
     * cell runs: learners' background threads are not the kernel's to stop.
     *
     * @return whether a cell was running
     */
    public boolean stopCell() {
        if (!StopCheck.request()) {
            return false;
        }
        Thread t = running;
        if (t != null) {
            t.interrupt();
        }
        return true;
    }

    @Override
    public void stop() {
        stopCell();
    }

    @Override
    public void close() {
        values.clear();
    }
}
