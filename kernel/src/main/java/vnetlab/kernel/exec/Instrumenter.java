package vnetlab.kernel.exec;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites the bytecode of a snippet class before it is loaded: a call to {@link StopCheck#check()} at every
 * method entry and before every backward jump, and calls that could end the JVM, interrupt the kernel's threads or
 * block in a socket redirected to {@link StopCheck} (as calls, as method references and as method-handle constants).
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

    /** A call learners' code makes that goes to {@link StopCheck} instead: the receiver becomes the first argument. */
    private record Redirect(String name, String descriptor) {
    }

    /** Keyed by "opcode owner.name descriptor" of the original call. */
    private static final Map<String, Redirect> REDIRECTS = Map.ofEntries(
            redirect(Opcodes.INVOKESTATIC, "java/lang/System", "exit", "(I)V", "exit", "(I)V"),
            redirect(Opcodes.INVOKEVIRTUAL, "java/lang/Runtime", "exit", "(I)V", "exit", "(Ljava/lang/Runtime;I)V"),
            redirect(Opcodes.INVOKEVIRTUAL, "java/lang/Runtime", "halt", "(I)V", "halt", "(Ljava/lang/Runtime;I)V"),
            redirect(Opcodes.INVOKEVIRTUAL, "java/lang/Thread", "interrupt", "()V", "interrupt",
                    "(Ljava/lang/Thread;)V"),
            redirect(Opcodes.INVOKEVIRTUAL, "java/lang/ThreadGroup", "interrupt", "()V", "interrupt",
                    "(Ljava/lang/ThreadGroup;)V"),
            redirect(Opcodes.INVOKEVIRTUAL, "java/lang/reflect/Method", "invoke",
                    "(Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;", "invoke",
                    "(Ljava/lang/reflect/Method;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;"),
            redirect(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/MethodHandles$Lookup", "findStatic",
                    "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/MethodHandle;",
                    "findStatic", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/Class;Ljava/lang/String;"
                            + "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/MethodHandle;"),
            redirect(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/MethodHandles$Lookup", "findVirtual",
                    "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/MethodHandle;",
                    "findVirtual", "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/Class;Ljava/lang/String;"
                            + "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/MethodHandle;"),
            redirect(Opcodes.INVOKEVIRTUAL, "java/lang/invoke/MethodHandles$Lookup", "unreflect",
                    "(Ljava/lang/reflect/Method;)Ljava/lang/invoke/MethodHandle;", "unreflect",
                    "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/reflect/Method;)Ljava/lang/invoke/MethodHandle;"),
            redirect(Opcodes.INVOKEVIRTUAL, "java/net/ServerSocket", "accept", "()Ljava/net/Socket;", "accept",
                    "(Ljava/net/ServerSocket;)Ljava/net/Socket;"),
            redirect(Opcodes.INVOKEVIRTUAL, "java/net/Socket", "getInputStream", "()Ljava/io/InputStream;",
                    "inputStream", "(Ljava/net/Socket;)Ljava/io/InputStream;"),
            redirect(Opcodes.INVOKEVIRTUAL, "java/net/DatagramSocket", "receive", "(Ljava/net/DatagramPacket;)V",
                    "receive", "(Ljava/net/DatagramSocket;Ljava/net/DatagramPacket;)V"));

    /** Method-handle kinds as in a method reference, by the call opcode they stand for. */
    private static final Map<Integer, Integer> HANDLE_OPCODES = Map.of(
            Opcodes.H_INVOKESTATIC, Opcodes.INVOKESTATIC, Opcodes.H_INVOKEVIRTUAL, Opcodes.INVOKEVIRTUAL);

    private Instrumenter() {
    }

    private static Map.Entry<String, Redirect> redirect(int opcode, String owner, String name, String descriptor,
                                                        String to, String toDescriptor) {
        return Map.entry(opcode + " " + owner + "." + name + descriptor, new Redirect(to, toDescriptor));
    }

    /** A method handle constant (a method reference such as {@code System::exit}) redirected like a call. */
    private static Object redirect(Object constant) {
        if (constant instanceof Handle h && HANDLE_OPCODES.containsKey(h.getTag())) {
            Redirect r = REDIRECTS.get(HANDLE_OPCODES.get(h.getTag()) + " " + h.getOwner() + "." + h.getName()
                    + h.getDesc());
            if (r != null) {
                return new Handle(Opcodes.H_INVOKESTATIC, STOP_CHECK, r.name(), r.descriptor(), false);
            }
        }
        return constant;
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
            Redirect r = REDIRECTS.get(opcode + " " + owner + "." + name + descriptor);
            if (r != null) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, STOP_CHECK, r.name(), r.descriptor(), false);
            } else {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            Object[] redirected = arguments.clone();
            for (int i = 0; i < redirected.length; i++) {
                redirected[i] = redirect(redirected[i]);
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, redirected);
        }

        @Override
        public void visitLdcInsn(Object value) {
            super.visitLdcInsn(redirect(value));
        }

        private void check() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, STOP_CHECK, "check", "()V", false);
        }
    }
}
