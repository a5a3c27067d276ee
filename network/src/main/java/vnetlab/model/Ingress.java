package vnetlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Kubernetes Ingress: HTTP rules (host and path) that the cluster's ingress controller uses to pick a Service.
 *
 * <pre>{@code
 * k8s.ingress("public").rule("shop.example.com", "/", svc);                     // Prefix /
 * k8s.ingress("public").rule("shop.example.com", "/cart", PathType.EXACT, cart);
 * k8s.ingress("public").defaultBackend(notFound);
 * }</pre>
 */
public final class Ingress {
    private final KubernetesCluster cluster;
    private final String name;
    private final String namespace;
    private final List<IngressRule> rules = new ArrayList<>();
    private Service defaultBackend;

    Ingress(KubernetesCluster cluster, String name, String namespace) {
        this.cluster = cluster;
        this.name = name;
        this.namespace = namespace;
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /** Its namespace. */
    public String namespace() {
        return namespace;
    }

    /** Its rules in the order given. */
    public List<IngressRule> rules() {
        return List.copyOf(rules);
    }

    /** The Service for requests no rule matches, if set (else the controller answers 404). */
    public Optional<Service> defaultBackend() {
        return Optional.ofNullable(defaultBackend);
    }

    /**
     * Adds a Prefix rule: requests for {@code host} (exact, {@code *.example.com}, or "" for any) under {@code path} go to
     * the Service's port. Re-running is harmless.
     *
     * <pre>{@code
     * ingress.rule("shop.example.com", "/", svc)   // works
     * ingress.rule("shop example", "/", svc)       // fails: not a DNS name
     * }</pre>
     */
    public Ingress rule(String host, String path, Service service) {
        return rule(host, path, PathType.PREFIX, service);
    }

    /**
     * Adds a rule with a path type (PathType.EXACT or PathType.PREFIX).
     *
     * @throws IllegalArgumentException for a bad host or path, a Service in another cluster or namespace, or a rule
     *                                  for the same host and path that already goes elsewhere
     */
    public Ingress rule(String host, String path, PathType pathType, Service service) {
        checkService(service);
        IngressRule rule = new IngressRule(host, path, pathType, service.name(), service.port());
        for (IngressRule r : rules) {
            if (r.host().equals(rule.host()) && r.path().equals(rule.path()) && r.pathType() == rule.pathType()) {
                if (r.equals(rule)) {
                    return this;
                }
                throw new IllegalArgumentException("Ingress \"" + name + "\" already sends " + (r.host().isEmpty() ? "*" : r.host())
                        + r.path() + " (" + r.pathType() + ") to Service \"" + r.service() + "\"; remove that rule with " + removeRuleCall(r)
                        + ", or use another path or Ingress");
            }
        }
        rules.add(rule);
        cluster.topology().record(new KubernetesStep.IngressRuleStep(cluster.name(), name, rule.host(), path, pathType, service.name()));
        return this;
    }

    /**
     * Sets the Service for requests that match no rule.
     *
     * <pre>{@code
     * ingress.defaultBackend(notFound)
     * }</pre>
     */
    public Ingress defaultBackend(Service service) {
        checkService(service);
        if (defaultBackend != service) {
            this.defaultBackend = service;
            cluster.topology().record(new KubernetesStep.DefaultBackendStep(cluster.name(), name, service.name()));
        }
        return this;
    }

    /**
     * Removes the rules for a host and path (of either path type): the undo of {@link #rule(String, String, Service)}.
     *
     * <pre>{@code
     * ingress.rule("shop.example.com", "/cart", PathType.EXACT, svc);   // meant Prefix
     * ingress.removeRule("shop.example.com", "/cart");                  // works
     * ingress.rule("shop.example.com", "/cart", svc);                   // works
     * }</pre>
     *
     * @throws IllegalArgumentException if no rule has that host and path
     */
    public Ingress removeRule(String host, String path) {
        IngressRule wanted = new IngressRule(host, path, PathType.PREFIX, "-", 1);
        List<IngressRule> gone = rules.stream().filter(r -> r.host().equals(wanted.host()) && r.path().equals(wanted.path())).toList();
        if (gone.isEmpty()) {
            throw new IllegalArgumentException("Ingress \"" + name + "\" has no rule for " + (wanted.host().isEmpty() ? "*" : wanted.host())
                    + wanted.path() + (rules.isEmpty() ? "; it has none" : "; its rules: " + rules));
        }
        rules.removeAll(gone);
        cluster.topology().record(new KubernetesStep.RemoveIngressRuleStep(cluster.name(), name, wanted.host(), wanted.path()));
        return this;
    }

    /**
     * Removes the default backend: requests no rule matches get 404 from the controller again.
     *
     * <pre>{@code
     * ingress.removeDefaultBackend()
     * }</pre>
     *
     * @throws IllegalStateException if it has none
     */
    public Ingress removeDefaultBackend() {
        if (defaultBackend == null) {
            throw new IllegalStateException("Ingress \"" + name + "\" has no default backend to remove");
        }
        defaultBackend = null;
        cluster.topology().record(new KubernetesStep.RemoveDefaultBackendStep(cluster.name(), name));
        return this;
    }

    /** Whether a rule or the default backend sends to this Service. */
    boolean uses(Service service) {
        return defaultBackend == service || service.namespace().equals(namespace)
                && rules.stream().anyMatch(r -> r.service().equals(service.name()));
    }

    String removeRuleCall(IngressRule r) {
        return "k8s.ingress(\"" + name + "\").removeRule(\"" + r.host() + "\", \"" + r.path() + "\")";
    }

    private void checkService(Service service) {
        if (service == null) {
            throw new IllegalArgumentException("Ingress \"" + name + "\" needs a Service, e.g. shop.expose(80)");
        }
        if (service.cluster() != cluster || !service.namespace().equals(namespace)) {
            throw new IllegalArgumentException("Service \"" + service.name() + "\" is in " + service.cluster().name() + "/"
                    + service.namespace() + ", but Ingress \"" + name + "\" is in " + cluster.name() + "/" + namespace
                    + "; an Ingress sends only to Services of its own namespace");
        }
    }

    /** {@code Ingress public: shop.example.com/ (Prefix) → shop:80}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Ingress ").append(name).append(':');
        if (rules.isEmpty()) {
            b.append(" no rules");
        }
        String sep = " ";
        for (IngressRule r : rules) {
            b.append(sep).append(r);
            sep = "; ";
        }
        if (defaultBackend != null) {
            b.append("; default → ").append(defaultBackend.name()).append(':').append(defaultBackend.port());
        }
        return b.toString();
    }
}
