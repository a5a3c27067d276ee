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
                        + r.path() + " (" + r.pathType() + ") to Service \"" + r.service() + "\"; change that rule's path or use another Ingress");
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
