package vnetlab.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One change a learner made to a lab, as a lab file stores it: the DSL call and its arguments by name.
 *
 * <pre>{@code
 * {"do": "host", "lan": "home", "name": "laptop", "address": "192.168.1.2"}
 * }</pre>
 *
 * @param action the DSL call, e.g. {@code host} or {@code nic.mode}
 * @param args   its arguments in order; values are strings, numbers or lists of strings
 */
public record LabStep(String action, Map<String, Object> args) {

    /** Copies the arguments, keeping their order. */
    public LabStep {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    static LabStep of(String action, Object... keyValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            if (v != null) {
                args.put((String) keyValues[i], v instanceof Number || v instanceof java.util.List ? v : v.toString());
            }
        }
        return new LabStep(action, args);
    }
}
