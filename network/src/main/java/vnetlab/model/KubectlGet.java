package vnetlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code kubectl get} for a cluster: svc, endpoints, pods (with {@code -o wide}), in the default namespace, one
 * ({@code -n shop}) or all ({@code -A}), with kubectl's columns (AGE left out: a lab has no clock).
 */
final class KubectlGet {
    private KubectlGet() {
    }

    static CommandOutput of(KubernetesCluster k8s, String args) {
        List<String> words = new ArrayList<>(List.of(args == null ? new String[0] : args.strip().split("\\s+")));
        if (words.isEmpty() || words.get(0).isBlank()) {
            throw new IllegalArgumentException("k8s.get needs a resource, e.g. k8s.get(\"svc\"), k8s.get(\"pods -o wide\")");
        }
        String what = words.remove(0).toLowerCase(Locale.ROOT);
        String ns = "default";
        boolean all = false;
        boolean wide = false;
        for (int i = 0; i < words.size(); i++) {
            switch (words.get(i)) {
                case "-A", "--all-namespaces" -> all = true;
                case "-n", "--namespace" -> ns = i + 1 < words.size() ? words.get(++i) : ns;
                case "-o" -> wide = i + 1 < words.size() && words.get(++i).equals("wide");
                case "-owide" -> wide = true;
                default -> throw new IllegalArgumentException("k8s.get does not know " + Texts.quote(words.get(i))
                        + "; use -n NAMESPACE, -A or -o wide");
            }
        }
        String command = "kubectl get " + args.strip();
        return switch (what) {
            case "svc", "service", "services" -> services(k8s, command, ns, all);
            case "ep", "endpoints" -> endpoints(k8s, command, ns, all);
            case "po", "pod", "pods" -> pods(k8s, command, ns, all, wide);
            default -> throw new IllegalArgumentException("k8s.get knows svc, endpoints and pods, not " + Texts.quote(what));
        };
    }

    private static List<String> row(boolean all, String ns, String... cells) {
        List<String> r = new ArrayList<>();
        if (all) {
            r.add(ns);
        }
        r.addAll(List.of(cells));
        return r;
    }

    private static List<String> header(boolean all, String... cells) {
        return row(all, "NAMESPACE", cells);
    }

    private static CommandOutput services(KubernetesCluster k8s, String command, String ns, boolean all) {
        List<List<String>> rows = new ArrayList<>();
        if (all || ns.equals("default")) {
            // Every cluster has Service "kubernetes" at the first address of the service range (the API server).
            rows.add(row(all, "default", "kubernetes", "ClusterIP", k8s.apiServer().toString(), "<none>", "443/TCP"));
        }
        for (Service s : k8s.services()) {
            if (!all && !s.namespace().equals(ns)) {
                continue;
            }
            String external = s.loadBalancerAddress().map(Ipv4::toString).orElse(s.type() == ServiceType.LOAD_BALANCER
                    ? "<pending>" : "<none>");
            String ports = s.port() + s.nodePortNumber().map(n -> ":" + n).orElse("") + "/" + s.protocol().name();
            rows.add(row(all, s.namespace(), s.name(), s.type().toString(), s.clusterIp().toString(), external, ports));
        }
        return CommandOutput.table(command, header(all, "NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)"), rows);
    }

    private static CommandOutput endpoints(KubernetesCluster k8s, String command, String ns, boolean all) {
        List<List<String>> rows = new ArrayList<>();
        if (all || ns.equals("default")) {
            rows.add(row(all, "default", "kubernetes", k8s.nodes().get(0).address() + ":6443"));
        }
        for (Service s : k8s.services()) {
            if (!all && !s.namespace().equals(ns)) {
                continue;
            }
            List<String> eps = s.endpoints().stream().map(p -> p.address() + ":" + s.targetPort()).toList();
            // kubectl shows three endpoints and "+ N more..."
            String shown = eps.isEmpty() ? "<none>" : String.join(",", eps.subList(0, Math.min(3, eps.size())))
                    + (eps.size() > 3 ? " + " + (eps.size() - 3) + " more..." : "");
            rows.add(row(all, s.namespace(), s.name(), shown));
        }
        return CommandOutput.table(command, header(all, "NAME", "ENDPOINTS"), rows);
    }

    private static CommandOutput pods(KubernetesCluster k8s, String command, String ns, boolean all, boolean wide) {
        List<List<String>> rows = new ArrayList<>();
        for (Pod p : k8s.pods()) {
            if (!all && !p.namespace().equals(ns)) {
                continue;
            }
            String ready = p.containers().size() + "/" + p.containers().size();
            List<String> r = row(all, p.namespace(), p.name(), ready, "Running", "0");
            if (wide) {
                r.addAll(List.of(p.address().toString(), p.node().name(), "<none>", "<none>"));
            }
            rows.add(r);
        }
        List<String> h = header(all, "NAME", "READY", "STATUS", "RESTARTS");
        if (wide) {
            h.addAll(List.of("IP", "NODE", "NOMINATED NODE", "READINESS GATES"));
        }
        return CommandOutput.table(command, h, rows);
    }
}
