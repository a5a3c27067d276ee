package vnetlab.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Kubernetes cluster: nodes on a network, a CNI that gives pods addresses, Deployments, Services, Ingresses and
 * cluster DNS at the service range's 10th address.
 *
 * <pre>{@code
 * var k8s = dc.kubernetes("shop", 3).cni(FLANNEL);   // pods 10.244.0.0/16 (a /24 per node); services 10.96.0.0/12
 * var shop = k8s.deployment("shop", "shop:1.4").replicas(3).port(8080);
 * k8s.ingress("public").rule("shop.example.com", "/", shop.expose(80));
 * k8s.addressPlan()                                  // the three ranges and a check that none overlap
 * }</pre>
 */
public final class KubernetesCluster {
    /** The NodePort range (kube-apiserver --service-node-port-range default). */
    public static final int NODE_PORT_FIRST = 30000;
    /** The last NodePort. */
    public static final int NODE_PORT_LAST = 32767;

    private final Topology topology;
    private final String name;
    private final Network network;
    private final ClusterFlavour flavour;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Cidr> mustReach = new ArrayList<>();
    private final PodNetwork podNetwork;
    private final ServiceNetwork serviceNetwork;
    private final Workloads workloads = new Workloads(this);
    private IngressController ingressController;
    private final Map<String, NetworkPolicy> policies = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> namespaceLabels = new LinkedHashMap<>();

    KubernetesCluster(Topology topology, String name, Network network, ClusterFlavour flavour) {
        this.topology = topology;
        this.name = name;
        this.network = network;
        this.flavour = flavour;
        this.podNetwork = new PodNetwork(network, flavour.defaultCni());
        this.serviceNetwork = new ServiceNetwork(flavour);
    }

    /** Nodes on a LAN, addresses from .10 up (kubeadm). */
    KubernetesCluster(Topology topology, String name, Lan lan, int count, ClusterFlavour flavour) {
        this(topology, name, lan, flavour);
        for (int i = 0; i < count; i++) {
            String nodeName = "node-" + (i + 1);
            Ipv4 ip = lan.nextStatic(10, "node \"" + nodeName + "\" of cluster \"" + name + "\"");
            addNode(nodeName, ip, i == 0, true, null);
        }
        finishNodes();
    }

    /** After the nodes are added: gives each node its pod slice, and warns if a default range overlaps something. */
    void finishNodes() {
        settle(ranges(), RangeRules.Subject.NONE);
        podNetwork.assignBlocks(nodes);
    }

    void addNode(String nodeName, Ipv4 ip, boolean controlPlane, boolean schedulable, Container container) {
        nodes.add(new Node(this, nodeName, nodes.size(), ip, controlPlane, schedulable, container));
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /** kubeadm, kind or minikube. */
    public ClusterFlavour flavour() {
        return flavour;
    }

    /** Its CNI plugin. */
    public Cni cni() {
        return podNetwork.cni();
    }

    /** The network its nodes are on: a LAN, or a Docker network for kind and minikube. */
    public Network network() {
        return network;
    }

    /** The node range: the network its nodes are on. */
    public Cidr nodeRange() {
        return network.cidr();
    }

    /** The pod range; empty with AWS VPC CNI (pods use the node subnet). */
    public Optional<Cidr> podRange() {
        return podNetwork.cidr();
    }

    /** The service range ClusterIPs come from. */
    public Cidr serviceRange() {
        return serviceNetwork.cidr();
    }

    /** Cluster DNS (the kube-dns Service): the 10th address of the service range, 10.96.0.10 by default (kubeadm). */
    public Ipv4 dns() {
        return serviceNetwork.dns();
    }

    /** The "kubernetes" Service for the API server: the service range's 1st address, 10.96.0.1 by default. */
    public Ipv4 apiServer() {
        return serviceNetwork.apiServer();
    }

    /** Networks the cluster must reach (see {@link #mustReach(String)}). */
    public List<Cidr> mustReachRanges() {
        return List.copyOf(mustReach);
    }

    /**
     * Chooses the CNI plugin; unless a pod range was set with {@link #podCidr(String)}, the CNI's default applies.
     * Ranges may be chosen in any order: only two chosen ranges that overlap fail; a default that overlaps is a
     * warning (and an overlap in the address plan) until a choice replaces it.
     *
     * <pre>{@code
     * k8s.cni(FLANNEL)                          // pods 10.244.0.0/16
     * k8s.cni(CILIUM).podCidr("172.20.0.0/16")  // works: Cilium's 10.0.0.0/8 is replaced before it matters
     * }</pre>
     *
     * @throws IllegalArgumentException for AWS VPC CNI on a Docker network
     */
    public KubernetesCluster cni(Cni newCni) {
        if (newCni == null) {
            throw new IllegalArgumentException("which CNI? use FLANNEL, CALICO, CILIUM or AWS_VPC");
        }
        if (newCni == podNetwork.cni()) {
            return this;
        }
        if (newCni == Cni.AWS_VPC && !(network instanceof Lan)) {
            throw new IllegalArgumentException("AWS VPC CNI needs nodes on a VPC subnet (a LAN); cluster \"" + name
                    + "\" runs in Docker on " + network.name());
        }
        RangeChoice range = podNetwork.rangeWith(newCni);
        settle(new RangeRules.Ranges(newCni, range, serviceNetwork.range(), mustReach), RangeRules.Subject.PODS);
        podNetwork.set(newCni, range, nodes, workloads.podList());
        topology.record(new KubernetesStep.CniStep(name, newCni, Optional.empty()));
        return this;
    }

    /**
     * Chooses the CNI plugin together with the pod range it should use (Cilium's {@code cluster-pool-ipv4-cidr},
     * Calico's IP pool …).
     *
     * <pre>{@code
     * k8s.cni(CILIUM, "10.244.0.0/16")   // works: Cilium's default 10.0.0.0/8 would overlap the service range
     * }</pre>
     *
     * @throws IllegalArgumentException if the range overlaps another chosen range, or the CNI is AWS VPC (no pod range)
     */
    public KubernetesCluster cni(Cni newCni, String podCidr) {
        Cidr range = Cidr.parse(podCidr);
        if (newCni == Cni.AWS_VPC) {
            throw new IllegalArgumentException("AWS VPC CNI gives pods addresses from the node subnet " + nodeRange()
                    + "; use k8s.cni(AWS_VPC) without a pod range");
        }
        if (newCni == null) {
            throw new IllegalArgumentException("which CNI? use FLANNEL, CALICO, CILIUM or AWS_VPC");
        }
        RangeChoice chosen = new RangeChoice.Chosen(range);
        if (newCni == podNetwork.cni() && chosen.equals(podNetwork.range())) {
            return this;
        }
        settle(new RangeRules.Ranges(newCni, chosen, serviceNetwork.range(), mustReach), RangeRules.Subject.PODS);
        podNetwork.set(newCni, chosen, nodes, workloads.podList());
        topology.record(new KubernetesStep.CniStep(name, newCni, Optional.of(range.toString())));
        return this;
    }

    /**
     * Sets the pod range (kubeadm {@code --pod-network-cidr}); each node gets a slice of it.
     *
     * <pre>{@code
     * k8s.podCidr("172.20.0.0/16")   // works
     * k8s.podCidr("192.168.10.0/16") // fails: overlaps the node network
     * }</pre>
     *
     * @throws IllegalArgumentException if it overlaps the node network, a chosen service range or a must-reach network
     */
    public KubernetesCluster podCidr(String cidr) {
        Cidr range = Cidr.parse(cidr);
        if (podNetwork.cni() == Cni.AWS_VPC) {
            throw new IllegalArgumentException("AWS VPC CNI gives pods addresses from the node subnet " + nodeRange()
                    + "; it has no pod range to set");
        }
        RangeChoice chosen = new RangeChoice.Chosen(range);
        if (chosen.equals(podNetwork.range())) {
            return this;
        }
        settle(new RangeRules.Ranges(podNetwork.cni(), chosen, serviceNetwork.range(), mustReach), RangeRules.Subject.PODS);
        podNetwork.set(podNetwork.cni(), chosen, nodes, workloads.podList());
        topology.record(new KubernetesStep.PodCidrStep(name, range.toString()));
        return this;
    }

    /**
     * Sets the service range (kubeadm {@code --service-cidr}); cluster DNS moves to its 10th address.
     *
     * <pre>{@code
     * k8s.serviceCidr("10.100.0.0/16")   // DNS 10.100.0.10
     * }</pre>
     *
     * @throws IllegalArgumentException if larger than /12 or overlapping another chosen range
     */
    public KubernetesCluster serviceCidr(String cidr) {
        Cidr range = Cidr.parse(cidr);
        RangeChoice chosen = new RangeChoice.Chosen(range);
        if (chosen.equals(serviceNetwork.range())) {
            return this;
        }
        if (range.prefix() < 12 || range.prefix() > 28) {
            throw new IllegalArgumentException("service range " + range + " must be /12 to /28 (kube-apiserver allows at most 20 host bits)");
        }
        settle(new RangeRules.Ranges(podNetwork.cni(), podNetwork.range(), chosen, mustReach), RangeRules.Subject.SERVICES);
        serviceNetwork.set(range, workloads.serviceValues());
        topology.record(new KubernetesStep.ServiceCidrStep(name, range.toString()));
        return this;
    }

    /**
     * Declares a network the cluster's pods must reach (a company network, a database subnet); pod and service ranges
     * must not overlap it, or replies to it would stay inside the cluster.
     *
     * <pre>{@code
     * k8s.podCidr("10.244.0.0/16").mustReach("10.0.0.0/8")   // fails: the chosen pod range is inside it
     * }</pre>
     */
    public KubernetesCluster mustReach(String cidr) {
        Cidr range = Cidr.parse(cidr);
        if (mustReach.contains(range)) {
            return this;
        }
        List<Cidr> next = new ArrayList<>(mustReach);
        next.add(range);
        settle(new RangeRules.Ranges(podNetwork.cni(), podNetwork.range(), serviceNetwork.range(), next), RangeRules.Subject.MUST_REACH);
        mustReach.add(range);
        topology.record(new KubernetesStep.MustReachStep(name, range.toString()));
        return this;
    }

    private RangeRules.Ranges ranges() {
        return new RangeRules.Ranges(podNetwork.cni(), podNetwork.range(), serviceNetwork.range(), mustReach);
    }

    /** Fails on an overlap of chosen ranges; warns about each overlap that a default still causes. */
    private void settle(RangeRules.Ranges next, RangeRules.Subject subject) {
        for (RangeRules.Clash c : RangeRules.check(this, topology.lanValues(), next, subject)) {
            topology.warn("cluster \"" + name + "\": " + c.message() + " (a default; the address plan shows it until you choose)");
        }
    }

    /**
     * Creates or returns a Deployment in the default namespace (one pod until {@link Deployment#replicas(int)}).
     *
     * <pre>{@code
     * k8s.deployment("shop", "shop:1.4").replicas(3).port(8080)   // works
     * k8s.deployment("shop", "shop:1.5")                          // fails: already runs shop:1.4
     * }</pre>
     */
    public Deployment deployment(String name, String image) {
        return deployment(name, image, "default");
    }

    Deployment deployment(String depName, String image, String namespace) {
        Texts.kubeName("a Deployment", depName);
        if (image == null || image.isBlank() || image.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("Deployment \"" + depName + "\" needs an image without spaces, e.g. \"nginx:1.27\", not "
                    + Texts.quote(image));
        }
        Deployment existing = workloads.deployment(namespace, depName).orElse(null);
        if (existing != null) {
            if (!existing.image().equals(image)) {
                throw new IllegalArgumentException("Deployment \"" + depName + "\" already runs " + existing.image() + ", not " + image
                        + "; remove it with k8s.removeDeployment(\"" + depName + "\"), or use another name for another Deployment");
            }
            return existing;
        }
        Deployment d = new Deployment(this, depName, namespace, image);
        workloads.add(d);
        topology.quietly(() -> d.replicas(1));
        topology.record(new KubernetesStep.DeploymentStep(name, namespace, depName, image));
        return d;
    }

    /**
     * Creates or returns a Service selecting pods by one label, e.g. "app=shop".
     *
     * <pre>{@code
     * k8s.service("shop-canary", 80, 8080, "app=shop")   // works
     * k8s.service("typo", 80, 8080, "app=shpo")          // fails: no pod has app=shpo
     * }</pre>
     *
     * @throws IllegalArgumentException if no pod matches the selector, or the name is taken with other settings
     */
    public Service service(String svcName, int port, int targetPort, String selector) {
        Texts.kubeName("a Service", svcName);
        Port.check(port, "Service port");
        Port.check(targetPort, "targetPort");
        String[] kv = selector == null ? new String[0] : selector.split("=", -1);
        if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
            throw new IllegalArgumentException("selector " + Texts.quote(selector) + " must be one label like \"app=shop\"");
        }
        Map<String, String> sel = Map.of(kv[0].strip(), kv[1].strip());
        Service existing = workloads.service("default", svcName).orElse(null);
        if (existing != null) {
            if (existing.port() != port || existing.targetPort() != targetPort || !existing.selector().equals(sel)) {
                throw new IllegalArgumentException("Service \"" + svcName + "\" already exists as " + existing.selector()
                        + " :" + existing.port() + " → :" + existing.targetPort() + "; remove it with " + removeServiceCall(svcName)
                        + ", or use another name");
            }
            return existing;
        }
        Service s = new Service(this, svcName, "default", sel, port, targetPort, true);
        if (s.endpoints().isEmpty()) {
            throw new IllegalArgumentException("Service \"" + svcName + "\" selects " + kv[0].strip() + "=" + kv[1].strip()
                    + ", but no pod in namespace default has that label; Deployment pods are labelled app=<deployment name>");
        }
        s.assignClusterIp(serviceNetwork.clusterIp(s));
        workloads.add(s);
        topology.record(new KubernetesStep.ServiceStep(name, svcName, port, targetPort, kv[0].strip() + "=" + kv[1].strip()));
        return s;
    }

    /**
     * Applies Kubernetes manifests, all or nothing, as {@code kubectl apply -f}: Deployments, StatefulSets, DaemonSets
     * and Pods (labels, replicas, container ports), Services (ClusterIP, NodePort, LoadBalancer; selector, named
     * targetPort, externalTrafficPolicy), Ingresses (networking.k8s.io/v1) and NetworkPolicies; other kinds are listed in
     * one line. Takes a file's path or the YAML itself (several documents separated by ---).
     *
     * <pre>{@code
     * k8s.apply("shop/manifests.yaml")   // deployment.apps/shop created, service/shop created ...
     * k8s.apply("kind: Service\nmetadata: {name: x}\nspec: {selector: {app: nope}, ports: [{port: 80}]}\n")
     *                                   // fails: manifests.yaml:1:1: Service x selects app=nope, but no pod ...
     * }</pre>
     *
     * @throws IllegalArgumentException at the first problem, with file, line, column and fix; the cluster is then unchanged
     */
    public AppliedManifests apply(String pathOrText) {
        ComposeSource src = ComposeSource.of(pathOrText, "manifests.yaml", "a set of manifests", "k8s.apply(\"shop.yaml\")");
        return apply(src.text(), src.name());
    }

    AppliedManifests apply(String text, String source) {
        vnetlab.model.manifest.Manifests m = vnetlab.model.manifest.Manifests.read(text, source);
        Topology copy = Warnings.muted(() -> LabFile.read(LabFile.write(topology), topology.name()));
        KubernetesCluster twin = copy.clusters().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        Warnings.muted(() -> copy.quietly(() -> new ManifestBuild(twin, m).run()));
        ManifestBuild build = topology.quietly(() -> new ManifestBuild(this, m).run());
        topology.record(new KubernetesStep.ApplyStep(name, source, text));
        List<String> warnings = new ArrayList<>(m.warnings());
        if (!m.unknownKinds().isEmpty()) {
            warnings.add(source + ": not built (vnetlab does not model them): " + String.join(", ", m.unknownKinds()));
        }
        warnings.forEach(topology::warn);
        return new AppliedManifests(build.created(), m.unknownKinds(), warnings);
    }

    /**
     * What {@code kubectl get ...} prints: {@code svc}, {@code endpoints}, {@code pods} (with {@code -o wide}), in the
     * default namespace, {@code -n NAMESPACE} or {@code -A}, as a table.
     *
     * <pre>{@code
     * k8s.get("svc")            // NAME  TYPE  CLUSTER-IP  EXTERNAL-IP  PORT(S)
     * k8s.get("pods -o wide")   // ... IP  NODE ...
     * k8s.get("nodes")          // fails: k8s.get knows svc, endpoints and pods, not "nodes"
     * }</pre>
     */
    public CommandOutput get(String what) {
        return KubectlGet.of(this, what);
    }

    /** Its NetworkPolicies, in the order they were applied. */
    public List<NetworkPolicy> networkPolicies() {
        return List.copyOf(policies.values());
    }

    /** The labels of a namespace: {@code kubernetes.io/metadata.name=<ns>} (set by Kubernetes since 1.21) and its own. */
    public Map<String, String> namespaceLabels(String namespace) {
        Map<String, String> out = new LinkedHashMap<>(namespaceLabels.getOrDefault(namespace, Map.of()));
        out.put("kubernetes.io/metadata.name", namespace);
        return out;
    }

    void namespaceLabels(String namespace, Map<String, String> labels) {
        namespaceLabels.put(namespace, Map.copyOf(labels));
    }

    void networkPolicy(NetworkPolicy p) {
        policies.put(p.namespace() + "/" + p.name(), p);
    }

    /** A Service from a manifest: any namespace, a selector of several labels (quietly; the import records itself). */
    Service service(String svcName, String namespace, Map<String, String> selector, int port, int targetPort) {
        Service existing = workloads.service(namespace, svcName).orElse(null);
        if (existing != null) {
            if (existing.port() != port || existing.targetPort() != targetPort || !existing.selector().equals(selector)) {
                throw new IllegalArgumentException("Service \"" + svcName + "\" already exists as " + existing.selector() + " :"
                        + existing.port() + " → :" + existing.targetPort() + "; use another name");
            }
            return existing;
        }
        Service s = new Service(this, svcName, namespace, selector, port, targetPort, true);
        s.assignClusterIp(serviceNetwork.clusterIp(s));
        workloads.add(s);
        return s;
    }

    /** An Ingress from a manifest, in its namespace. */
    Ingress ingress(String ingressName, String namespace) {
        Texts.kubeName("an Ingress", ingressName);
        ingressController();
        Optional<Ingress> existing = workloads.ingress(ingressName);
        if (existing.isPresent()) {
            if (!existing.get().namespace().equals(namespace)) {
                throw new IllegalArgumentException("an Ingress \"" + ingressName + "\" already exists in namespace "
                        + existing.get().namespace() + "; vnetlab keeps Ingress names unique across namespaces, rename one");
            }
            return existing.get();
        }
        Ingress i = new Ingress(this, ingressName, namespace);
        workloads.add(i);
        return i;
    }

    /**
     * Creates or returns an Ingress in the default namespace; the first one installs the ingress controller.
     *
     * <pre>{@code
     * k8s.ingress("public").rule("shop.example.com", "/", svc)
     * }</pre>
     */
    public Ingress ingress(String ingressName) {
        Texts.kubeName("an Ingress", ingressName);
        topology.quietly(this::ingressController);
        return workloads.ingress(ingressName).orElseGet(() -> {
            Ingress i = new Ingress(this, ingressName, "default");
            workloads.add(i);
            topology.record(new KubernetesStep.IngressStep(name, ingressName));
            return i;
        });
    }

    /**
     * Creates or returns the ingress controller: ingress-nginx, one pod, behind a LoadBalancer Service.
     *
     * <pre>{@code
     * k8s.ingressController().address()   // 198.51.100.10
     * }</pre>
     */
    public IngressController ingressController() {
        if (ingressController == null) {
            ingressController = topology.quietly(() -> {
                Deployment d = deployment(IngressController.NAME, "registry.k8s.io/ingress-nginx/controller:v1.11.2",
                        IngressController.NAMESPACE);
                Service s = expose(d, 80, 80).loadBalancer();
                return new IngressController(d, s);
            });
            topology.record(new KubernetesStep.IngressControllerStep(name));
        }
        return ingressController;
    }

    /** The ingress controller, if an Ingress installed it. */
    public Optional<IngressController> installedIngressController() {
        return Optional.ofNullable(ingressController);
    }

    /**
     * Deletes a Service of the default namespace (like {@code kubectl delete service}): its ClusterIP, NodePort and
     * external address are free again; the pods keep running.
     *
     * <pre>{@code
     * cart.expose(9090);            // meant port 80
     * k8s.removeService("cart");    // works
     * cart.expose(80);              // works
     * }</pre>
     *
     * @throws IllegalArgumentException if there is no such Service, or an Ingress still sends to it
     */
    public KubernetesCluster removeService(String svcName) {
        Service s = workloads.service("default", svcName).orElse(null);
        if (s == null) {
            throw new IllegalArgumentException("cluster \"" + name + "\" has no Service " + Texts.quote(svcName) + " in namespace default"
                    + (workloads.services().isEmpty() ? "" : "; it has " + workloads.services().stream().map(Service::name).toList()));
        }
        workloads.ingressUsing(s).ifPresent(i -> {
            throw new IllegalArgumentException("Ingress \"" + i.name() + "\" still sends to Service \"" + svcName
                    + "\"; remove its rules first (ingress.removeRule(host, path)) or remove it with k8s.removeIngress(\"" + i.name() + "\")");
        });
        s.free();
        serviceNetwork.release(s);
        workloads.remove(s);
        topology.record(new KubernetesStep.RemoveServiceStep(name, "default", svcName));
        return this;
    }

    /**
     * Deletes a Deployment of the default namespace and its pods (like {@code kubectl delete deployment}); Services
     * that selected them stay, with no endpoints.
     *
     * <pre>{@code
     * k8s.deployment("cart", "cart:2.0");     // meant cart:2.1
     * k8s.removeDeployment("cart");           // works
     * k8s.deployment("cart", "cart:2.1");     // works
     * }</pre>
     *
     * @throws IllegalArgumentException if there is no such Deployment
     */
    public KubernetesCluster removeDeployment(String depName) {
        Deployment d = workloads.deployment("default", depName).orElse(null);
        if (d == null) {
            throw new IllegalArgumentException("cluster \"" + name + "\" has no Deployment " + Texts.quote(depName) + " in namespace default"
                    + "; it has " + workloads.deployments().stream().filter(x -> x.namespace().equals("default")).map(Deployment::name).toList());
        }
        topology.quietly(() -> d.replicas(0));
        workloads.remove(d);
        topology.record(new KubernetesStep.RemoveDeploymentStep(name, "default", depName));
        return this;
    }

    /**
     * Deletes an Ingress; the ingress controller stays.
     *
     * <pre>{@code
     * k8s.removeIngress("public")
     * }</pre>
     *
     * @throws IllegalArgumentException if there is no such Ingress
     */
    public KubernetesCluster removeIngress(String ingressName) {
        if (!workloads.removeIngress(ingressName)) {
            throw new IllegalArgumentException("cluster \"" + name + "\" has no Ingress " + Texts.quote(ingressName)
                    + (workloads.ingresses().isEmpty() ? "" : "; it has " + workloads.ingresses().stream().map(Ingress::name).toList()));
        }
        topology.record(new KubernetesStep.RemoveIngressStep(name, ingressName));
        return this;
    }

    static String removeServiceCall(String svcName) {
        return "k8s.removeService(\"" + svcName + "\")";
    }

    /** The Deployment of this name in a namespace, if any. */
    Optional<Deployment> deploymentIn(String namespace, String depName) {
        return workloads.deployment(namespace, depName);
    }

    /** The Service of this name in a namespace, if any. */
    Optional<Service> serviceIn(String namespace, String svcName) {
        return workloads.service(namespace, svcName);
    }

    /** Its nodes. */
    public List<Node> nodes() {
        return List.copyOf(nodes);
    }

    /**
     * The node of this name.
     *
     * @throws IllegalArgumentException if there is none
     */
    public Node node(String nodeName) {
        return nodes.stream().filter(n -> n.name().equals(nodeName)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "cluster \"" + name + "\" has no node " + Texts.quote(nodeName) + "; it has " + nodes.stream().map(Node::name).toList()));
    }

    /** All pods, in creation order. */
    public List<Pod> pods() {
        return workloads.pods();
    }

    /** The Deployments. */
    public List<Deployment> deployments() {
        return workloads.deployments();
    }

    /** The Services. */
    public List<Service> services() {
        return workloads.services();
    }

    /**
     * The Service of this name (any namespace).
     *
     * @throws IllegalArgumentException if there is none
     */
    public Service service(String svcName) {
        return workloads.services().stream().filter(s -> s.name().equals(svcName)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("cluster \"" + name + "\" has no Service " + Texts.quote(svcName)
                        + "; create one with deployment.expose(80)"));
    }

    /** The Ingresses. */
    public List<Ingress> ingresses() {
        return workloads.ingresses();
    }

    /**
     * The address plan: node, pod and service ranges, each node's pod slice, and any overlaps.
     *
     * <pre>{@code
     * k8s.addressPlan()
     * }</pre>
     */
    public AddressPlan addressPlan() {
        return AddressPlan.of(this);
    }

    // ---- scheduling and allocation, used by Deployments and Services ----

    Topology topology() {
        return topology;
    }

    void schedule(Pod pod) {
        workloads.schedule(pod, nodes, podNetwork);
    }

    void unschedule(Pod pod) {
        workloads.unschedule(pod, podNetwork);
    }

    /** The overlaps the one range rule finds, for the address plan. */
    List<AddressPlan.Overlap> overlaps() {
        return RangeRules.clashes(this, topology.lanValues(), ranges()).stream().map(RangeRules.Clash::overlap).toList();
    }

    /** Where the pod range comes from: "chosen", "Flannel's default" … */
    String podRangeOrigin() {
        return podNetwork.range().origin();
    }

    Service expose(Deployment d, int port, int targetPort) {
        Port.check(port, "Service port");
        boolean explicit = targetPort > 0;
        int target = explicit ? Port.check(targetPort, "targetPort") : d.port();
        Service existing = workloads.service(d.namespace(), d.name()).orElse(null);
        if (existing != null) {
            if (existing.port() != port || (explicit && existing.targetPort() != target)) {
                throw new IllegalArgumentException("Service \"" + d.name() + "\" already exposes port " + existing.port() + " → pods :"
                        + existing.targetPort() + ", not " + port + " → :" + target + "; remove it with " + removeServiceCall(d.name())
                        + ", or use k8s.service(...) for a second Service");
            }
            return existing;
        }
        Service s = new Service(this, d.name(), d.namespace(), Map.of("app", d.name()), port, target, explicit);
        s.assignClusterIp(serviceNetwork.clusterIp(s));
        workloads.add(s);
        topology.record(new KubernetesStep.ExposeStep(name, d.namespace(), d.name(), port,
                explicit ? Optional.of(target) : Optional.empty()));
        return s;
    }

    void retarget(Deployment d) {
        workloads.retarget(d);
    }

    int allocateNodePort(Service s) {
        return serviceNetwork.nodePort(s, name);
    }

    void releaseNodePort(Service s) {
        serviceNetwork.releaseNodePort(s);
    }

    void claimNodePort(Service s, int port, int current) {
        serviceNetwork.claimNodePort(s, port, current);
    }

    /** {@code Kubernetes cluster shop (kubeadm, Flannel): 3 nodes on datacenter …}. */
    @Override
    public String toString() {
        long userPods = workloads.pods().stream().filter(p -> !p.namespace().equals(IngressController.NAMESPACE)).count();
        return "Kubernetes cluster " + name + " (" + flavour + ", " + cni() + "): " + Topology.count(nodes.size(), "node") + " on "
                + network.name() + " " + nodeRange() + ", pods " + podRange().map(Cidr::toString).orElse("from the node subnet")
                + ", services " + serviceRange() + ", DNS " + dns() + "; " + Topology.count(deployments().size(), "Deployment") + ", "
                + Topology.count((int) userPods, "pod") + ", " + Topology.count(services().size(), "Service");
    }
}
