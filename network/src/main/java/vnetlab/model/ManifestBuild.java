package vnetlab.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vnetlab.model.compose.ImportProblem;
import vnetlab.model.manifest.IngressSpec;
import vnetlab.model.manifest.Manifests;
import vnetlab.model.manifest.ServiceSpec;
import vnetlab.model.manifest.Workload;

/**
 * Builds checked manifests on a cluster, as {@code kubectl apply -f} would, in the order that lets each object find
 * what it refers to: namespaces, workloads, Services, Ingresses, NetworkPolicies. Errors name the document's place.
 */
final class ManifestBuild {
    private final KubernetesCluster cluster;
    private final Manifests m;
    private final List<String> created = new ArrayList<>();
    private final Map<String, Workload> workloads = new LinkedHashMap<>();

    ManifestBuild(KubernetesCluster cluster, Manifests manifests) {
        this.cluster = cluster;
        this.m = manifests;
    }

    List<String> created() {
        return List.copyOf(created);
    }

    ManifestBuild run() {
        m.namespaces().forEach((ns, labels) -> {
            cluster.namespaceLabels(ns, labels);
            created.add("namespace/" + ns);
        });
        for (Workload w : m.workloads()) {
            at(w.where(), () -> workload(w));
        }
        for (ServiceSpec s : m.services()) {
            at(s.where(), () -> service(s));
        }
        for (IngressSpec i : m.ingresses()) {
            at(i.where(), () -> ingress(i));
        }
        for (NetworkPolicy p : m.policies()) {
            cluster.networkPolicy(p);
            created.add("networkpolicy.networking.k8s.io/" + p.name());
        }
        return this;
    }

    private void workload(Workload w) {
        Deployment d = cluster.deployment(w.name(), w.image(), w.namespace());
        d.labels(w.labels());
        d.port(w.firstPort());
        int replicas = w.replicas() >= 0 ? w.replicas() : (int) cluster.nodes().stream().filter(Node::schedulable).count();
        d.replicas(replicas);
        workloads.put(w.namespace() + "/" + w.name(), w);
        created.add(switch (w.kind()) {
            case "Pod" -> "pod/";
            case "StatefulSet" -> "statefulset.apps/";
            case "DaemonSet" -> "daemonset.apps/";
            default -> "deployment.apps/";
        } + w.name());
    }

    private void service(ServiceSpec s) {
        List<Workload> selected = workloads.values().stream().filter(w -> w.namespace().equals(s.namespace())
                && w.matches(s.selector())).toList();
        boolean existing = cluster.pods().stream().anyMatch(p -> p.namespace().equals(s.namespace())
                && p.labels().entrySet().containsAll(s.selector().entrySet()));
        if (selected.isEmpty() && !existing) {
            List<String> have = workloads.values().stream().filter(w -> w.namespace().equals(s.namespace()))
                    .map(w -> w.kind() + " " + w.name() + " " + NetworkPolicy.labels(w.labels())).toList();
            throw new IllegalArgumentException("Service " + s.name() + " selects " + NetworkPolicy.labels(s.selector())
                    + ", but no pod in namespace " + s.namespace() + " has those labels" + (have.isEmpty() ? ""
                    : " (" + String.join("; ", have) + ")") + "; make the selector match the pod template's labels");
        }
        ServiceSpec.Port p = s.ports().get(0);
        int target = targetPort(s, p, selected);
        Service svc = cluster.service(s.name(), s.namespace(), s.selector(), p.port(), target);
        if (s.type().equals("NodePort") || s.type().equals("LoadBalancer")) {
            if (p.nodePort() > 0) {
                svc.nodePort(p.nodePort());
            } else {
                svc.nodePort();
            }
        }
        if (s.type().equals("LoadBalancer")) {
            svc.loadBalancer();
        }
        if (s.externalTrafficPolicy().equals("Local")) {
            svc.externalTrafficPolicy(TrafficPolicy.LOCAL);
        }
        created.add("service/" + s.name());
    }

    private static int targetPort(ServiceSpec s, ServiceSpec.Port p, List<Workload> selected) {
        if (p.targetPort().chars().allMatch(Character::isDigit)) {
            return Port.check(Integer.parseInt(p.targetPort()), "targetPort");
        }
        for (Workload w : selected) {
            Integer n = w.ports().get(p.targetPort());
            if (n != null) {
                return n;
            }
        }
        String defined = selected.stream().map(w -> w.kind() + " " + w.name() + " names " + (w.portNames().isEmpty()
                ? "no port" : String.join(", ", w.portNames()))).reduce((a, b) -> a + "; " + b).orElse("no pod is selected");
        throw new ImportProblem(p.where(), "Service " + s.name() + " port " + p.port() + " targets the port named \""
                + p.targetPort() + "\", which no container of its pods defines (" + defined + "); name a containerPort \""
                + p.targetPort() + "\" or give targetPort as a number");
    }

    private void ingress(IngressSpec i) {
        if (i.className().isPresent() && !i.className().get().equals("nginx")) {
            throw new IllegalArgumentException("Ingress " + i.name() + " asks for ingressClassName " + i.className().get()
                    + "; vnetlab's ingress controller is ingress-nginx (class nginx): write ingressClassName: nginx");
        }
        Ingress ing = cluster.ingress(i.name(), i.namespace());
        for (IngressSpec.Rule r : i.rules()) {
            Service svc = service(i, r.service(), r.where());
            PathType type = r.pathType().equals("Exact") ? PathType.EXACT : PathType.PREFIX;
            at(r.where(), () -> ing.rule(r.host(), r.path(), type, svc));
        }
        i.defaultBackend().ifPresent(b -> ing.defaultBackend(service(i, b, i.where())));
        created.add("ingress.networking.k8s.io/" + i.name());
    }

    private Service service(IngressSpec i, String name, String where) {
        Optional<Service> s = cluster.serviceIn(i.namespace(), name);
        return s.orElseThrow(() -> new ImportProblem(where, "Ingress " + i.name() + " sends to Service " + name + ", which"
                + " namespace " + i.namespace() + " does not have; define it (kind: Service) or fix the name"));
    }

    private static void at(String where, Runnable step) {
        try {
            step.run();
        } catch (ImportProblem e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ImportProblem(where, e.getMessage());
        }
    }
}
