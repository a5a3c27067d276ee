package vnetlab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What runs on a machine, bottom up: hardware, the host OS kernel, then each hypervisor with its guests (each with its
 * own kernel) beside the container runtime, whose containers share the host kernel.
 *
 * <pre>{@code
 * laptop.layers()         // the stack, drawn by the kernel
 * laptop.layers().base()  // the hardware layer, with everything above it
 * }</pre>
 *
 * @param machine the machine's name
 * @param base    the bottom layer (hardware) with the layers above it
 */
public record LayerStack(String machine, Layer base) {

    /** What a layer is. */
    public enum Kind {
        /** CPU, memory, NICs. */
        HARDWARE,
        /** The host's operating-system kernel. */
        HOST_KERNEL,
        /** A hypervisor (VirtualBox, VMware, KVM). */
        HYPERVISOR,
        /** A VM's guest OS with its own kernel. */
        GUEST_OS,
        /** The container runtime (Docker engine, containerd). */
        CONTAINER_RUNTIME,
        /** A container: processes sharing the kernel below. */
        CONTAINER
    }

    /**
     * One layer and the layers that run on it.
     *
     * @param kind   what it is
     * @param name   e.g. "VirtualBox" or "web"
     * @param detail e.g. "own kernel" or "shares the host kernel"
     * @param above  the layers on top of it
     */
    public record Layer(Kind kind, String name, String detail, List<Layer> above) {
        /** Copies the list. */
        public Layer {
            above = List.copyOf(above);
        }
    }

    static LayerStack of(Host host) {
        List<Layer> onKernel = new ArrayList<>();
        for (Hypervisor h : host.hypervisors()) {
            List<Layer> guests = new ArrayList<>();
            for (Vm vm : h.vms()) {
                guests.add(guest(vm));
            }
            onKernel.add(new Layer(Kind.HYPERVISOR, h.kind().label(), h.kind() == HypervisorKind.KVM
                    ? "a module of the host kernel" : "runs on the host OS", guests));
        }
        host.dockerEngine().ifPresent(d -> onKernel.add(runtime(d, "the host kernel")));
        Layer kernel = new Layer(Kind.HOST_KERNEL, "host OS kernel", "the one kernel the host's processes and containers use", onKernel);
        return new LayerStack(host.name(), new Layer(Kind.HARDWARE, host.name() + " hardware",
                Topology.count(host.nics().size(), "NIC"), List.of(kernel)));
    }

    private static Layer guest(Vm vm) {
        List<Layer> above = new ArrayList<>();
        vm.dockerEngine().ifPresent(d -> above.add(runtime(d, "the guest kernel of " + vm.name())));
        return new Layer(Kind.GUEST_OS, vm.name(), "guest OS with its own kernel, " + vm.memory() + " MiB", above);
    }

    private static Layer runtime(DockerEngine d, String kernel) {
        List<Layer> containers = d.containers().stream()
                .map(c -> new Layer(Kind.CONTAINER, c.name(), c.image() + ", shares " + kernel, List.of())).toList();
        return new Layer(Kind.CONTAINER_RUNTIME, "Docker engine", "namespaces and cgroups on " + kernel, containers);
    }

    /** The stack as an indented tree, top layers last. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("layers of ").append(machine);
        print(b, base, 1);
        return b.toString();
    }

    private static void print(StringBuilder b, Layer layer, int depth) {
        b.append('\n').append("  ".repeat(depth)).append(layer.name()).append(" (").append(layer.detail()).append(')');
        for (Layer l : layer.above()) {
            print(b, l, depth + 1);
        }
    }
}
