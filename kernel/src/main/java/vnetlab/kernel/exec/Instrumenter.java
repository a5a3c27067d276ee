package vnetlab.kernel.exec;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.HashSet;
import java.util.Set;

/**
 * Rewrites the bytecode of a snippet class before it is loaded: a call to {@link StopCheck#check()} at every
 * method entry and before every backward jump, and exit/halt calls redirected to {@link StopCheck}.
 *
 * <p>This is how {@code while (true) {}} stops on every JDK without {@code Thread.stop} (which throws on JDK 20+).
 * JDK 22+'s own LocalExecutionControl weaves a similar check, but only into code it loads itself.
 *
 * <pre>{@code
 * byte[] safe = Instrumenter.instrument(bytecode);
 * }</pre>
 */
public final class Instrumenter {
    private static final String STOP_CHECK = "vnetlab/kernel/exec/StopCheck";

    private Instrumenter() {
    }

    /** The instrumented class file; the input is not modified. */
    public static byte[] instrument(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        // No frame recomputation: the inserted calls take and leave an empty operand stack and add no branch.
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
                if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                    return next;
                }
                return new Weaver(next);
            }
        }, 0);
        return writer.toByteArray();
    }

    private static final class Weaver extends MethodVisitor {
        private final Set<Label> seen = new HashSet<>();

        Weaver(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            check(); // a static call is legal even before a constructor's super(): it does not touch `this`
        }

        @Override
        public void visitLabel(Label label) {
            super.visitLabel(label);
            seen.add(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            if (seen.contains(label)) {
                check();
            }
            super.visitJumpInsn(opcode, label);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            if (backward(dflt, labels)) {
                check();
            }
            super.visitTableSwitchInsn(min, max, dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            if (backward(dflt, labels)) {
                check();
            }
            super.visitLookupSwitchInsn(dflt, keys, labels);
        }

        private boolean backward(Label dflt, Label[] labels) {
            if (seen.contains(dflt)) {
                return true;
            }
            for (Label l : labels) {
                if (seen.contains(l)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            if (opcode == Opcodes.INVOKESTATIC && "java/lang/System".equals(owner) && "exit".equals(name)) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, STOP_CHECK, "exit", "(I)V", false);
            } else if (opcode == Opcodes.INVOKEVIRTUAL && "java/lang/Runtime".equals(owner)
                    && ("exit".equals(name) || "halt".equals(name)) && "(I)V".equals(descriptor)) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, STOP_CHECK, name, "(Ljava/lang/Runtime;I)V", false);
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        }

        private void check() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, STOP_CHECK, "check", "()V", false);
        }
    }
}
