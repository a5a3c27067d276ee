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
        running = Thread.currentThread();
        try {
            Object value = doit.invoke(null);
            String key = VALUE_KEY + counter.incrementAndGet();
            if (value != null) {
                values.put(key, value);
            }
            return key;
        } catch (InvocationTargetException e) {
            lastThrown = e.getCause();
            if (e.getCause() instanceof CellInterrupted) {
                throw new StoppedException();
            }
            throw e;
        } finally {
            running = null;
        }
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

    /** Starts a cell: forgets an earlier interrupt. */
    public void beginCell() {
        StopCheck.clear();
        values.clear();
        lastThrown = null;
    }

    /** Whether an interrupt was requested since the cell began. */
    public boolean interrupted() {
        return StopCheck.requested();
    }

    /**
     * Asks the running cell to stop: its loops and calls throw {@link CellInterrupted} from now on, and a thread
     * blocked in sleep, wait or I/O is interrupted. Harmless when no cell runs.
     */
    @Override
    public void stop() {
        StopCheck.request();
        Thread t = running;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public void close() {
        values.clear();
    }
}
