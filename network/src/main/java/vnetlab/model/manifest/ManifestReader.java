package vnetlab.model.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vnetlab.model.Cidr;
import vnetlab.model.NetworkPolicy;
import vnetlab.model.Protocol;
import vnetlab.model.compose.ImportProblem;
import vnetlab.model.compose.Yaml;
import vnetlab.model.compose.YamlValue;

/** Reads Kubernetes manifests (the API reference's field names) into {@link Manifests}. */
final class ManifestReader {
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Pod");

    private final String source;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private final Map<String, Map<String, String>> namespaces = new LinkedHashMap<>();
    private final List<Workload> workloads = new ArrayList<>();
    private final List<ServiceSpec> services = new ArrayList<>();
    private final List<IngressSpec> ingresses = new ArrayList<>();
    private final List<NetworkPolicy> policies = new ArrayList<>();

    ManifestReader(String source) {
        this.source = source;
    }

    Manifests read(String text) {
        List<YamlValue> docs = Yaml.documents(text, source);
        if (docs.isEmpty()) {
            throw new ImportProblem(source, "there is no manifest in it; a manifest starts with apiVersion: and kind:");
        }
        for (YamlValue doc : docs) {
            if (doc.isNull()) {
                continue;
            }
            YamlValue.Entries e = doc.map("a manifest");
            String kind = e.require("kind", "kind: Deployment").text("kind");
            if (kind.equals("List")) {
                for (YamlValue item : e.require("items", "items: [...]").list("items")) {
                    one(item.map("an item of a List"), item);
                }
            } else {
                one(e, doc);
            }
        }
        return new Manifests(namespaces, workloads, services, ingresses, policies, unknown, warnings);
    }

    private void one(YamlValue.Entries e, YamlValue doc) {
        String kind = e.require("kind", "kind: Deployment").text("kind");
        YamlValue.Entries meta = e.require("metadata", "metadata: {name: shop}").map("metadata");
        String name = meta.require("name", "name: shop").text("metadata.name");
        String ns = meta.get("namespace").map(v -> v.text("namespace")).orElse("default");
        switch (kind) {
            case "Namespace" -> namespaces.put(name, labels(meta.get("labels")));
            case "Deployment", "StatefulSet", "DaemonSet", "Pod" -> workloads.add(workload(kind, name, ns, e, meta, doc));
            case "Service" -> services.add(service(name, ns, e, doc));
            case "Ingress" -> ingresses.add(ingress(name, ns, e, doc));
            case "NetworkPolicy" -> policies.add(policy(name, ns, e));
            case "Endpoints", "EndpointSlice" -> warnings.add(doc.where() + ": ignored " + kind + " " + name
                    + " (the simulator derives endpoints from the Services' selectors)");
            default -> unknown.add(kind + " " + name);
        }
    }

    private static Map<String, String> labels(Optional<YamlValue> v) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v.isPresent() && !v.get().isNull()) {
            YamlValue.Entries m = v.get().map("labels");
            for (String k : m.keys()) {
                out.put(k, m.get(k).get().text("a label value"));
            }
        }
        return out;
    }

    private Workload workload(String kind, String name, String ns, YamlValue.Entries e, YamlValue.Entries meta, YamlValue doc) {
        YamlValue.Entries spec = e.require("spec", "spec: {...}").map(kind + " " + name + "'s spec");
        YamlValue.Entries podSpec;
        Map<String, String> podLabels;
        int replicas = 1;
        if (kind.equals("Pod")) {
            podSpec = spec;
            podLabels = labels(meta.get("labels"));
        } else {
            YamlValue.Entries template = spec.require("template", "template: {metadata: {labels: {app: " + name + "}}, spec: ...}")
                    .map("template");
            podLabels = labels(template.get("metadata").flatMap(m -> m.map("template.metadata").get("labels")));
            podSpec = template.require("spec", "spec: {containers: [...]}").map("template.spec");
            if (kind.equals("DaemonSet")) {
                replicas = -1;
            } else if (spec.get("replicas").isPresent()) {
                replicas = spec.get("replicas").get().integer("replicas");
                if (replicas < 0) {
                    throw spec.get("replicas").get().problem("replicas must be 0 or more, not " + replicas);
                }
            }
            Map<String, String> selector = spec.get("selector").map(s -> labels(s.map("selector").get("matchLabels")))
                    .orElse(Map.of());
            if (!selector.isEmpty() && !podLabels.entrySet().containsAll(selector.entrySet())) {
                throw spec.get("selector").get().problem(kind + " " + name + " selects " + selector + " but its pod template"
                        + " is labelled " + podLabels + "; Kubernetes rejects this (selector does not match template labels):"
                        + " give the template those labels");
            }
        }
        if (podLabels.isEmpty()) {
            podLabels = Map.of("app", name);
            warnings.add(doc.where() + ": " + kind + " " + name + " gives its pods no labels; vnetlab labels them app=" + name);
        }
        List<YamlValue> containers = podSpec.require("containers", "containers: [{name: app, image: nginx}]").list("containers");
        if (containers.isEmpty()) {
            throw doc.problem(kind + " " + name + " has no containers; add one with an image");
        }
        YamlValue.Entries first = containers.get(0).map("a container");
        String image = first.require("image", "image: nginx").text("image");
        Map<String, Integer> ports = new LinkedHashMap<>();
        Map<Integer, Integer> hostPorts = new LinkedHashMap<>();
        int firstPort = 0;
        for (YamlValue c : containers) {
            YamlValue.Entries ce = c.map("a container");
            if (ce.get("ports").isEmpty()) {
                continue;
            }
            for (YamlValue p : ce.get("ports").get().list("ports")) {
                YamlValue.Entries pe = p.map("a container port");
                int number = pe.require("containerPort", "containerPort: 8080").integer("containerPort");
                if (firstPort == 0) {
                    firstPort = number;
                }
                ports.put(pe.get("name").map(v -> v.text("name")).orElse(Integer.toString(number)), number);
                if (pe.get("hostPort").isPresent()) {
                    hostPorts.put(pe.get("hostPort").get().integer("hostPort"), number);
                }
            }
        }
        if (containers.size() > 1) {
            warnings.add(containers.get(1).where() + ": " + kind + " " + name + " has " + containers.size() + " containers;"
                    + " they share the pod's address, vnetlab draws the first (" + image + ")");
        }
        boolean hostNetwork = podSpec.get("hostNetwork").map(v -> v.bool("hostNetwork")).orElse(false);
        if (hostNetwork) {
            warnings.add(podSpec.key("hostNetwork").where() + ": " + kind + " " + name + " uses hostNetwork: its pods share"
                    + " their node's address in Kubernetes; vnetlab still gives them pod addresses (not modelled yet)");
        }
        if (!hostPorts.isEmpty()) {
            warnings.add(doc.where() + ": " + kind + " " + name + " asks for hostPort " + hostPorts.keySet() + "; vnetlab does"
                    + " not open host ports for pods yet (use a NodePort Service)");
        }
        if (kind.equals("StatefulSet") || kind.equals("Pod")) {
            warnings.add(doc.where() + ": " + kind + " " + name + ": vnetlab names its pods like a Deployment's ("
                    + name + "-<hash>-<id>), not " + (kind.equals("Pod") ? name : name + "-0, " + name + "-1 …"));
        }
        return new Workload(kind, name, ns, replicas, podLabels, image, ports, firstPort == 0 ? 80 : firstPort, hostNetwork,
                hostPorts, doc.where());
    }

    private ServiceSpec service(String name, String ns, YamlValue.Entries e, YamlValue doc) {
        YamlValue.Entries spec = e.require("spec", "spec: {selector: {app: shop}, ports: [{port: 80}]}").map("Service " + name
                + "'s spec");
        String type = spec.get("type").map(v -> v.text("type")).orElse("ClusterIP");
        if (!Set.of("ClusterIP", "NodePort", "LoadBalancer").contains(type)) {
            throw spec.get("type").get().problem("Service type \"" + type + "\" is not modelled; use ClusterIP, NodePort or"
                    + " LoadBalancer" + (type.equals("ExternalName") ? " (an ExternalName Service is only a DNS CNAME)" : ""));
        }
        boolean headless = spec.get("clusterIP").map(v -> v.text("clusterIP")).filter(v -> v.equals("None")).isPresent();
        Map<String, String> selector = labels(spec.get("selector"));
        if (selector.isEmpty()) {
            throw doc.problem("Service " + name + " has no selector; vnetlab builds endpoints from a selector, add one such as"
                    + " selector: {app: " + name + "}");
        }
        List<ServiceSpec.Port> ports = new ArrayList<>();
        for (YamlValue p : spec.require("ports", "ports: [{port: 80, targetPort: 8080}]").list("ports")) {
            YamlValue.Entries pe = p.map("a Service port");
            int port = pe.require("port", "port: 80").integer("port");
            String target = pe.get("targetPort").map(v -> v.text("targetPort")).orElse(Integer.toString(port));
            int nodePort = pe.get("nodePort").map(v -> v.integer("nodePort")).orElse(0);
            if (pe.get("protocol").isPresent() && !pe.get("protocol").get().text("protocol").equals("TCP")) {
                warnings.add(pe.key("protocol").where() + ": Service " + name + " port " + port + " is "
                        + pe.get("protocol").get().text("protocol") + "; vnetlab traces it as TCP");
            }
            ports.add(new ServiceSpec.Port(pe.get("name").map(v -> v.text("name")).orElse(""), port, target, nodePort,
                    p.where()));
        }
        String etp = spec.get("externalTrafficPolicy").map(v -> v.text("externalTrafficPolicy")).orElse("Cluster");
        if (!etp.equals("Cluster") && !etp.equals("Local")) {
            throw spec.get("externalTrafficPolicy").get().problem("externalTrafficPolicy must be Cluster or Local, not \"" + etp
                    + "\"");
        }
        String affinity = spec.get("sessionAffinity").map(v -> v.text("sessionAffinity")).orElse("None");
        if (affinity.equals("ClientIP")) {
            warnings.add(spec.key("sessionAffinity").where() + ": Service " + name + " has sessionAffinity ClientIP: kube-proxy"
                    + " sends a client to the same pod each time (iptables -m recent); each vnetlab trace picks with the lab's seed");
        }
        if (headless) {
            warnings.add(spec.key("clusterIP").where() + ": Service " + name + " is headless (clusterIP: None): its DNS name"
                    + " returns the pods' addresses; vnetlab gives it a ClusterIP still (not modelled yet)");
        }
        if (ports.size() > 1) {
            warnings.add(ports.get(1).where() + ": Service " + name + " has " + ports.size() + " ports; vnetlab models the"
                    + " first (" + ports.get(0).port() + ")");
        }
        return new ServiceSpec(name, ns, type, headless, selector, ports, etp, affinity, doc.where());
    }

    private IngressSpec ingress(String name, String ns, YamlValue.Entries e, YamlValue doc) {
        YamlValue.Entries spec = e.require("spec", "spec: {rules: [...]}").map("Ingress " + name + "'s spec");
        Optional<String> className = spec.get("ingressClassName").map(v -> v.text("ingressClassName"));
        Optional<String> def = spec.get("defaultBackend").map(v -> backend(v.map("defaultBackend")));
        List<IngressSpec.Rule> rules = new ArrayList<>();
        for (YamlValue r : spec.get("rules").map(v -> v.list("rules")).orElse(List.of())) {
            YamlValue.Entries re = r.map("a rule");
            String host = re.get("host").map(v -> v.text("host")).orElse("");
            YamlValue.Entries http = re.require("http", "http: {paths: [...]}").map("http");
            for (YamlValue p : http.require("paths", "paths: [{path: /, pathType: Prefix, backend: ...}]").list("paths")) {
                YamlValue.Entries pe = p.map("a path");
                String pathType = pe.require("pathType", "pathType: Prefix").text("pathType");
                if (!Set.of("Prefix", "Exact", "ImplementationSpecific").contains(pathType)) {
                    throw pe.get("pathType").get().problem("pathType must be Prefix, Exact or ImplementationSpecific, not \""
                            + pathType + "\"");
                }
                rules.add(new IngressSpec.Rule(host, pe.get("path").map(v -> v.text("path")).orElse("/"), pathType,
                        backend(pe.require("backend", "backend: {service: {name: shop, port: {number: 80}}}").map("backend")),
                        p.where()));
            }
        }
        List<String> tls = new ArrayList<>();
        for (YamlValue t : spec.get("tls").map(v -> v.list("tls")).orElse(List.of())) {
            t.map("a tls entry").get("hosts").ifPresent(h -> h.list("hosts").forEach(x -> tls.add(x.text("a host"))));
        }
        if (!tls.isEmpty()) {
            warnings.add(spec.key("tls").where() + ": Ingress " + name + " terminates TLS for " + tls + " at the ingress"
                    + " controller; vnetlab traces the request as http after it");
        }
        if (rules.isEmpty() && def.isEmpty()) {
            throw doc.problem("Ingress " + name + " has neither rules nor a defaultBackend; add one of them");
        }
        return new IngressSpec(name, ns, className, def, rules, tls, doc.where());
    }

    private static String backend(YamlValue.Entries b) {
        return b.require("service", "service: {name: shop, port: {number: 80}}").map("backend.service")
                .require("name", "name: shop").text("backend.service.name");
    }

    private NetworkPolicy policy(String name, String ns, YamlValue.Entries e) {
        YamlValue.Entries spec = e.require("spec", "spec: {podSelector: {}}").map("NetworkPolicy " + name + "'s spec");
        Map<String, String> pods = spec.get("podSelector").map(v -> matchLabels(v, "podSelector")).orElseThrow(() ->
                spec.value().problem("NetworkPolicy " + name + " needs podSelector (use podSelector: {} for every pod)"));
        List<NetworkPolicy.Rule> from = rules(spec.get("ingress"), "from");
        List<NetworkPolicy.Rule> to = rules(spec.get("egress"), "to");
        boolean ingress;
        boolean egress;
        if (spec.get("policyTypes").isPresent()) {
            List<String> types = spec.get("policyTypes").get().list("policyTypes").stream().map(v -> v.text("a policy type"))
                    .toList();
            for (String t : types) {
                if (!t.equals("Ingress") && !t.equals("Egress")) {
                    throw spec.get("policyTypes").get().problem("policyTypes holds Ingress and/or Egress, not \"" + t + "\"");
                }
            }
            ingress = types.contains("Ingress");
            egress = types.contains("Egress");
        } else {
            // API reference: policyTypes defaults to Ingress, plus Egress if the policy has egress rules.
            ingress = true;
            egress = spec.get("egress").isPresent();
        }
        return new NetworkPolicy(name, ns, pods, ingress, egress, from, to);
    }

    private static Map<String, String> matchLabels(YamlValue v, String what) {
        if (v.isNull()) {
            return Map.of();
        }
        YamlValue.Entries m = v.map(what);
        if (m.get("matchExpressions").isPresent()) {
            throw m.get("matchExpressions").get().problem(what + ".matchExpressions is not modelled; write matchLabels");
        }
        return labels(m.get("matchLabels"));
    }

    private static List<NetworkPolicy.Rule> rules(Optional<YamlValue> v, String peersKey) {
        List<NetworkPolicy.Rule> out = new ArrayList<>();
        if (v.isEmpty() || v.get().isNull()) {
            return out;
        }
        List<YamlValue> items = v.get().list("rules");
        for (int i = 0; i < items.size(); i++) {
            YamlValue item = items.get(i);
            YamlValue.Entries r = item.isNull() ? null : item.map("a rule");
            List<NetworkPolicy.Peer> peers = new ArrayList<>();
            List<NetworkPolicy.PolicyPort> ports = new ArrayList<>();
            if (r != null && r.get(peersKey).isPresent()) {
                for (YamlValue p : r.get(peersKey).get().list(peersKey)) {
                    peers.add(peer(p.map("a peer")));
                }
            }
            if (r != null && r.get("ports").isPresent()) {
                for (YamlValue p : r.get("ports").get().list("ports")) {
                    YamlValue.Entries pe = p.map("a port");
                    Protocol proto = pe.get("protocol").map(x -> Protocol.parse(x.text("protocol"))).orElse(Protocol.TCP);
                    Optional<String> named = Optional.empty();
                    int number = 0;
                    if (pe.get("port").isPresent()) {
                        YamlValue pv = pe.get("port").get();
                        String t = pv.text("port");
                        if (t.chars().allMatch(Character::isDigit)) {
                            number = pv.integer("port");
                        } else {
                            named = Optional.of(t);
                        }
                    }
                    int end = pe.get("endPort").map(x -> x.integer("endPort")).orElse(0);
                    ports.add(new NetworkPolicy.PolicyPort(proto, number, end, named));
                }
            }
            out.add(new NetworkPolicy.Rule(peers, ports, i));
        }
        return out;
    }

    private static NetworkPolicy.Peer peer(YamlValue.Entries p) {
        if (p.get("ipBlock").isPresent()) {
            YamlValue.Entries b = p.get("ipBlock").get().map("ipBlock");
            YamlValue c = b.require("cidr", "cidr: 10.0.0.0/8");
            Cidr cidr = Cidr.tryParse(c.text("cidr")).orElseThrow(() -> c.problem("\"" + c.text("cidr")
                    + "\" is not an IPv4 CIDR; write e.g. 172.17.0.0/16"));
            List<Cidr> except = new ArrayList<>();
            for (YamlValue x : b.get("except").map(v -> v.list("except")).orElse(List.of())) {
                Cidr ex = Cidr.tryParse(x.text("except")).orElseThrow(() -> x.problem("\"" + x.text("except")
                        + "\" is not an IPv4 CIDR"));
                if (!cidr.contains(ex.network()) || ex.prefix() < cidr.prefix()) {
                    throw x.problem("except " + ex + " must lie inside the ipBlock's cidr " + cidr);
                }
                except.add(ex);
            }
            return new NetworkPolicy.Peer(Optional.empty(), Optional.empty(), Optional.of(cidr), except);
        }
        Optional<Map<String, String>> pods = p.get("podSelector").map(v -> matchLabels(v, "podSelector"));
        Optional<Map<String, String>> nss = p.get("namespaceSelector").map(v -> matchLabels(v, "namespaceSelector"));
        if (pods.isEmpty() && nss.isEmpty()) {
            throw p.value().problem("a peer needs podSelector, namespaceSelector or ipBlock");
        }
        return new NetworkPolicy.Peer(pods, nss, Optional.empty(), List.of());
    }
}
