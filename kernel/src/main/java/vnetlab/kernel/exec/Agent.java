package vnetlab.kernel.exec;

import java.lang.instrument.Instrumentation;
import java.util.Optional;

/**
 * The kernel jar's own Java agent (its manifest names this class as {@code Launcher-Agent-Class}, so
 * {@code java -jar vnetlab-kernel.jar} starts it before {@code main}): it keeps the JVM's {@link Instrumentation}
 * so that a snippet class can be redefined in place, the way JShell's separate-JVM mode does it through JDI.
 *
 * <p>Why it matters: re-running {@code var lab = Net.lab("intro")} recompiles every snippet that uses {@code lab}
 * (e.g. {@code var home = lab.lan(...)}); without redefinition JShell loads a fresh class and {@code home} becomes
 * {@code null}, losing what the learner built. With it the class is redefined and its variables keep their values.
 */
public final class Agent {
    private static volatile Instrumentation instrumentation;

    private Agent() {
    }

    /** Called by the launcher for {@code java -jar} (Launcher-Agent-Class). */
    public static void agentmain(String args, Instrumentation inst) {
        instrumentation = inst;
    }

    /** Called for {@code -javaagent:vnetlab-kernel.jar}. */
    public static void premain(String args, Instrumentation inst) {
        instrumentation = inst;
    }

    /** The JVM's instrumentation when the kernel runs from its jar; empty in process (e.g. unit tests). */
    public static Optional<Instrumentation> instrumentation() {
        return Optional.ofNullable(instrumentation);
    }
}
