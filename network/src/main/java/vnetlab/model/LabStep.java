package vnetlab.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One change a learner made to a lab, as a lab file stores it: a record per DSL call whose components are the call's
 * arguments, and which replays itself through the same public DSL ({@link #apply(Topology)}).
 *
 * <pre>{@code
 * new NetworkStep.HostStep("laptop", Optional.of("home"), Optional.of("192.168.1.2"))
 * // in a lab file: {"do": "host", "name": "laptop", "lan": "home", "address": "192.168.1.2"}
 * }</pre>
 *
 * A step's {@code "do"} name is its {@link Do} annotation; its fields are its record components, in order. Components
 * are text, whole numbers, lists of text, enum names, or {@code Optional} text or numbers (left out when empty).
 */
public sealed interface LabStep permits NetworkStep, VmStep, DockerStep, KubernetesStep {

    /** Makes the change again on a topology, through the public DSL, the same call the learner made. */
    void apply(Topology topology);

    /** The step's name in a lab file, e.g. {@code "host.attach"}. */
    default String action() {
        return action(getClass());
    }

    /** Its fields by name, in order, as a lab file writes them (empty optional fields left out). */
    default Map<String, Object> args() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var c : getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(this);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read field " + c.getName() + " of " + this, e);
            }
            if (v instanceof java.util.Optional<?> o) {
                o.ifPresent(x -> out.put(c.getName(), x));
            } else if (v instanceof Enum<?> e) {
                out.put(c.getName(), e.name());
            } else {
                out.put(c.getName(), v);
            }
        }
        return out;
    }

    /** The {@code "do"} name of a step type. */
    static String action(Class<?> type) {
        Do d = type.getAnnotation(Do.class);
        if (d == null) {
            throw new IllegalStateException(type.getName() + " has no @Do name");
        }
        return d.value();
    }

    /** Every kind of step there is, by its {@code "do"} name. */
    static Map<String, Class<? extends LabStep>> kinds() {
        Map<String, Class<? extends LabStep>> out = new LinkedHashMap<>();
        List<Class<?>> todo = new ArrayList<>(List.of(LabStep.class));
        while (!todo.isEmpty()) {
            Class<?> c = todo.remove(0);
            if (c.isRecord()) {
                @SuppressWarnings("unchecked")
                Class<? extends LabStep> step = (Class<? extends LabStep>) c;
                Class<? extends LabStep> twin = out.put(action(c), step);
                if (twin != null) {
                    throw new IllegalStateException(twin + " and " + c + " share the name " + action(c));
                }
            } else if (c.isSealed()) {
                todo.addAll(List.of(c.getPermittedSubclasses()));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The name a step type has in lab files. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface Do {
        /** The {@code "do"} value, e.g. {@code "lan"}. */
        String value();
    }
}
