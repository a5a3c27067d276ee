package vnetlab.model.snapshot;

import java.util.List;
import java.util.Optional;

import vnetlab.model.IngressRule;

/**
 * An Ingress (see {@link IngressRule#matchesHost(String)} and {@link IngressRule#matchesPath(String)} for matching;
 * the longest matching path wins and on a tie Exact beats Prefix; no match → the default backend, else 404).
 *
 * @param name               its name
 * @param namespace          its namespace
 * @param rules              its rules in the order given
 * @param defaultBackend     the default backend Service's name, if set
 * @param defaultBackendPort its port (0 if none)
 */
public record IngressState(String name, String namespace, List<IngressRule> rules, Optional<String> defaultBackend,
        int defaultBackendPort) {
    /** Copies the list. */
    public IngressState {
        rules = List.copyOf(rules);
    }
}
