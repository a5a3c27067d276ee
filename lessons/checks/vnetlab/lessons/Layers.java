package vnetlab.lessons;

import java.util.Optional;
import vnetlab.model.LayerStack;
import vnetlab.model.LayerStack.Kind;
import vnetlab.model.LayerStack.Layer;

/**
 * How checks read a machine's layer stack: how many kernels run, and which kernel a container shares.
 *
 * <pre>{@code
 * Layers.kernels(host.layers())              // 2: the host's and one guest's
 * Layers.kernelOf(host.layers(), "cache")    // Optional["the host kernel"] or Optional["legacy"]
 * }</pre>
 */
public final class Layers {
    private Layers() {
    }

    /**
     * How many kernels run in the stack: the host's plus one per guest OS.
     *
     * @param stack the stack
     * @return the number of kernels
     */
    public static int kernels(LayerStack stack) {
        return count(stack.base());
    }

    private static int count(Layer layer) {
        int own = layer.kind() == Kind.HOST_KERNEL || layer.kind() == Kind.GUEST_OS ? 1 : 0;
        return own + layer.above().stream().mapToInt(Layers::count).sum();
    }

    /**
     * Which kernel a container (or VM) of this name runs on: "the host kernel", or the name of the VM whose guest
     * kernel it shares.
     *
     * @param stack the stack
     * @param name  the container's (or VM's) name
     * @return the kernel's description, or empty when the stack has no such layer
     */
    public static Optional<String> kernelOf(LayerStack stack, String name) {
        return find(stack.base(), name, "?");
    }

    private static Optional<String> find(Layer layer, String name, String kernel) {
        String here = switch (layer.kind()) {
            case HOST_KERNEL -> "the host kernel";
            case GUEST_OS -> layer.name();
            default -> kernel;
        };
        for (Layer above : layer.above()) {
            if ((above.kind() == Kind.CONTAINER || above.kind() == Kind.GUEST_OS) && above.name().equals(name)) {
                return Optional.of(above.kind() == Kind.GUEST_OS ? "its own kernel" : here);
            }
            Optional<String> deeper = find(above, name, here);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    /**
     * The names of every workload in the stack: the VMs (guest OSes) and containers, at any depth.
     *
     * @param stack the stack
     * @return the names, in the stack's order
     */
    public static java.util.List<String> workloads(LayerStack stack) {
        var names = new java.util.ArrayList<String>();
        collect(stack.base(), names);
        return names;
    }

    private static void collect(Layer layer, java.util.List<String> names) {
        for (Layer above : layer.above()) {
            if (above.kind() == Kind.CONTAINER || above.kind() == Kind.GUEST_OS) {
                names.add(above.name());
            }
            collect(above, names);
        }
    }
}
